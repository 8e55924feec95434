package org.musicrec.recommend.eval;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Top-k ranking quality, with exactly these definitions (ranks are 1-based; H is the user's set of
 * held-out items; users with empty H are not counted; every figure is a mean over counted users):
 * <ul>
 * <li>precision@k = hits / k</li>
 * <li>recall@k = hits / |H|</li>
 * <li>NDCG@k = DCG / IDCG, DCG = sum over hit ranks r of 1 / log2(r + 1), IDCG the same over ranks 1..min(k, |H|)</li>
 * <li>MAP@k = (sum over hit ranks r of hits-up-to-r / r) / min(k, |H|)</li>
 * <li>coverage = distinct items in any user's top k / distinct items in training (not averaged)</li>
 * </ul>
 */
public final class RankingMetrics {
    /** The averaged figures. */
    public record Result(int k, int users, double precision, double recall, double ndcg, double map, double coverage) {
    }

    private final int k;
    private final int catalogueSize;
    private final BitSet recommended = new BitSet();
    private int users;
    private double precision;
    private double recall;
    private double ndcg;
    private double map;

    /** @param catalogueSize distinct items in training, the denominator of coverage */
    public RankingMetrics(int k, int catalogueSize) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1");
        }
        this.k = k;
        this.catalogueSize = catalogueSize;
    }

    /**
     * Adds one user's list. Only the first k entries count; a shorter list just has no hits past its end.
     *
     * @param heldOut the user's held-out items (any order, duplicates ignored); empty means the user is skipped
     */
    public void add(int[] ranked, int[] heldOut) {
        int[] held = Arrays.stream(heldOut).distinct().sorted().toArray();
        if (held.length == 0) {
            return;
        }
        int n = Math.min(k, ranked.length);
        int hits = 0;
        double dcg = 0;
        double ap = 0;
        for (int r = 1; r <= n; r++) {
            int item = ranked[r - 1];
            recommended.set(item);
            if (Arrays.binarySearch(held, item) >= 0) {
                hits++;
                dcg += discount(r);
                ap += (double) hits / r;
            }
        }
        int ideal = Math.min(k, held.length);
        double idcg = 0;
        for (int r = 1; r <= ideal; r++) {
            idcg += discount(r);
        }
        users++;
        precision += (double) hits / k;
        recall += (double) hits / held.length;
        ndcg += dcg / idcg;
        map += ap / ideal;
    }

    private static double discount(int rank) {
        return 1.0 / (Math.log(rank + 1) / Math.log(2));
    }

    public Result result() {
        double n = users == 0 ? Double.NaN : users;
        double coverage = catalogueSize == 0 ? Double.NaN : (double) recommended.cardinality() / catalogueSize;
        return new Result(k, users, precision / n, recall / n, ndcg / n, map / n, coverage);
    }
}
