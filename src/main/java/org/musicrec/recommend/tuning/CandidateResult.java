package org.musicrec.recommend.tuning;

import org.musicrec.recommend.als.AlsParams;

/**
 * One finished evaluation of a candidate at one rung of successive halving.
 *
 * @param candidate  the candidate's index in the search (its parameters follow from seed and index)
 * @param rung       0 for the cheapest rung; the last rung trains the candidate's full iterations
 * @param params     the candidate's parameters (full iterations)
 * @param iterations the iterations actually trained at this rung
 * @param metric     the validation metric (NDCG@k implicit, RMSE explicit)
 * @param seconds    training and scoring time of this evaluation
 */
public record CandidateResult(int candidate, int rung, AlsParams params, int iterations, double metric, double seconds) {
    /** The key a checkpoint store files this result under. */
    public String key() {
        return candidate + "/" + rung;
    }
}
