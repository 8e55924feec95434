package org.musicrec.recommend.tuning;

import org.musicrec.recommend.als.AlsParams;
import org.musicrec.recommend.eval.Interactions;
import org.musicrec.recommend.eval.OfflineEvaluation;
import org.musicrec.recommend.eval.Split;

/**
 * The search on real data: candidates are scored on a validation split carved from the training part
 * exactly as the test split was carved from all rows (per user 20% implicit, 20% of rows explicit), with
 * seed {@code seed + 1000}; implicit candidates by NDCG@k, explicit ones by RMSE. The winner is then
 * retrained on the whole training part and scored once on the test part.
 */
public final class AlsTuning {
    public static final long VALIDATION_SEED_OFFSET = 1000;

    /** The search's outcome and the winner's single evaluation on the test part. */
    public record Result(HyperparameterSearch.Outcome search, OfflineEvaluation.Outcome test, double seconds) {
    }

    private AlsTuning() {
    }

    /** The validation split of a training part (numbered fit-first, as OfflineEvaluation needs). */
    public static Split validationSplit(Interactions train, boolean implicit, long seed) {
        Split s = implicit ? Split.implicit(train, seed + VALIDATION_SEED_OFFSET)
                : Split.explicit(train, seed + VALIDATION_SEED_OFFSET);
        return s.trainFirst();
    }

    /** Scores candidates on {@code validation}: NDCG@k (implicit) or RMSE (explicit). */
    public static HyperparameterSearch.Evaluator evaluator(Split validation, int k) {
        return (params, iterations, threads) -> {
            AlsParams p = params.withIterations(iterations);
            OfflineEvaluation.Outcome o = OfflineEvaluation.run(validation, p, k, threads, null, null, null);
            return p.implicit() ? o.als().ndcg() : o.rmse();
        };
    }

    /**
     * @param split the train/test split, numbered train-first ({@link Split#trainFirst()})
     */
    public static Result tune(Split split, HyperparameterSearch.Settings settings, int k, CandidateStore store,
                              HyperparameterSearch.Progress progress) throws Exception {
        long start = System.nanoTime();
        Split validation = validationSplit(split.train(), settings.space().implicit(), settings.seed());
        HyperparameterSearch.Outcome outcome = HyperparameterSearch.search(settings, evaluator(validation, k), store,
                progress);
        OfflineEvaluation.Outcome test = OfflineEvaluation.run(split, outcome.winner().params(), k,
                settings.parallel() * settings.threads(), null, null, null);
        return new Result(outcome, test, (System.nanoTime() - start) / 1e9);
    }
}
