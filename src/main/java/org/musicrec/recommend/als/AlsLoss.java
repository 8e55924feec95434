package org.musicrec.recommend.als;

/**
 * The objective ALS minimises, with Spark's count-scaled regularisation. Each half-iteration minimises
 * it exactly over one side, so it must never increase: the tests use that as a correctness check.
 */
public final class AlsLoss {
    private AlsLoss() {
    }

    /** The objective of {@code state} on the raw training data (BM25-weighted first when params say so). */
    public static double of(AlsData rawData, AlsParams params, AlsModelState state) {
        AlsData data = Bm25.prepare(rawData, params);
        int k = params.rank();
        float[] x = state.userFactors();
        float[] y = state.itemFactors();
        CsrMatrix byUser = data.byUser();
        double loss = 0;
        double[] gram = params.implicit() ? Gram.of(y, k, null) : null;
        for (int u = 0; u < data.numUsers(); u++) {
            int xo = u * k;
            int count = 0;
            for (int p = byUser.rowStart()[u]; p < byUser.rowStart()[u + 1]; p++) {
                double w = byUser.value()[p];
                double s = dot(x, xo, y, byUser.index()[p] * k, k);
                if (params.implicit()) {
                    double c = 1.0 + params.confidence().extra(params.alpha(), w);
                    double pref = w > 0 ? 1.0 : 0.0;
                    loss += c * (pref - s) * (pref - s) - s * s;
                    count += w > 0 ? 1 : 0;
                } else {
                    loss += (w - s) * (w - s);
                    count++;
                }
            }
            if (gram != null) {
                loss += quadratic(gram, x, xo, k);
            }
            loss += params.reg() * count * dot(x, xo, x, xo, k);
        }
        CsrMatrix byItem = data.byItem();
        for (int i = 0; i < data.numItems(); i++) {
            int count = 0;
            for (int p = byItem.rowStart()[i]; p < byItem.rowStart()[i + 1]; p++) {
                count += !params.implicit() || byItem.value()[p] > 0 ? 1 : 0;
            }
            loss += params.reg() * count * dot(y, i * k, y, i * k, k);
        }
        return loss;
    }

    static double dot(float[] a, int ao, float[] b, int bo, int k) {
        double s = 0;
        for (int i = 0; i < k; i++) {
            s += (double) a[ao + i] * b[bo + i];
        }
        return s;
    }

    private static double quadratic(double[] g, float[] x, int xo, int k) {
        double s = 0;
        for (int i = 0; i < k; i++) {
            double row = 0;
            for (int j = 0; j < k; j++) {
                row += g[i * k + j] * x[xo + j];
            }
            s += row * x[xo + i];
        }
        return s;
    }
}
