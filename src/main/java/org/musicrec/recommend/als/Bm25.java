package org.musicrec.recommend.als;

/**
 * BM25 weighting of implicit counts before confidence ({@link Confidence#BM25}), the usual trick for
 * Last.fm play counts (benfred/implicit's {@code bm25_weight}): items are the documents and users the
 * terms, so a play count saturates with K1 against its item's total plays relative to the average
 * item (length normalisation B), and is scaled by the user's inverse document frequency:
 * <pre>w' = v (K1 + 1) / (K1 ((1 - B) + B total_i / avgTotal) + v) * ln(1 + N / (1 + n_u))</pre>
 * with N the number of items and n_u the user's number of items. The idf is ln(1 + N / (1 + n)) rather
 * than benfred's ln N - ln(1 + n) so that it stays positive for any n (the two agree when n is much
 * smaller than N). Non-positive counts become 0 (no preference). The item statistics come from the
 * training data and go with the model, so fold-in weighs a new user's counts exactly as training did.
 */
public final class Bm25 {
    private final double k1;
    private final double b;
    private final double[] itemNorm;

    private Bm25(double k1, double b, double[] itemNorm) {
        this.k1 = k1;
        this.b = b;
        this.itemNorm = itemNorm;
    }

    /** Statistics from the positive counts per item ({@code byItem}: rows = items). */
    public static Bm25 fit(CsrMatrix byItem, double k1, double b) {
        return of(itemTotals(byItem), k1, b);
    }

    /** From each item's total positive count in training (stored with a model for fold-in). */
    public static Bm25 of(double[] itemTotals, double k1, double b) {
        double sum = 0;
        int nonEmpty = 0;
        for (double t : itemTotals) {
            sum += t;
            nonEmpty += t > 0 ? 1 : 0;
        }
        double average = nonEmpty == 0 ? 1 : sum / nonEmpty;
        double[] norm = new double[itemTotals.length];
        for (int i = 0; i < norm.length; i++) {
            norm[i] = (1 - b) + b * itemTotals[i] / average;
        }
        return new Bm25(k1, b, norm);
    }

    public static double[] itemTotals(CsrMatrix byItem) {
        double[] totals = new double[byItem.rows()];
        for (int i = 0; i < totals.length; i++) {
            double t = 0;
            for (int p = byItem.rowStart()[i]; p < byItem.rowStart()[i + 1]; p++) {
                t += Math.max(0, byItem.value()[p]);
            }
            totals[i] = t;
        }
        return totals;
    }

    public int numItems() {
        return itemNorm.length;
    }

    /** The weighted counts of one user's row (entries {@code [from, to)}), written to {@code out[from..to)}. */
    void weighRow(int[] items, float[] values, int from, int to, float[] out) {
        double idf = Math.log1p(itemNorm.length / (1.0 + (to - from)));
        for (int p = from; p < to; p++) {
            double v = values[p];
            out[p] = v > 0 ? (float) (v * (k1 + 1) / (k1 * itemNorm[items[p]] + v) * idf) : 0f;
        }
    }

    /** A user's (item, count) pairs weighted as in training. */
    public float[] weigh(int[] items, float[] values) {
        float[] out = new float[values.length];
        weighRow(items, values, 0, values.length, out);
        return out;
    }

    /** The training matrix with every count replaced by its BM25 weight (both sides). */
    public AlsData weigh(AlsData data) {
        CsrMatrix u = data.byUser();
        float[] w = new float[u.nnz()];
        for (int r = 0; r < u.rows(); r++) {
            weighRow(u.index(), u.value(), u.rowStart()[r], u.rowStart()[r + 1], w);
        }
        CsrMatrix byUser = new CsrMatrix(u.rows(), u.cols(), u.rowStart(), u.index(), w);
        return new AlsData(byUser, byUser.transpose());
    }

    /** {@code data} as the trainer sees it under {@code params}: BM25-weighted for {@link Confidence#BM25}. */
    public static AlsData prepare(AlsData data, AlsParams params) {
        if (!params.implicit() || params.confidence() != Confidence.BM25) {
            return data;
        }
        return fit(data.byItem(), params.bm25K1(), params.bm25B()).weigh(data);
    }
}
