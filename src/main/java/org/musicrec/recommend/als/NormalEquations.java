package org.musicrec.recommend.als;

import java.util.Arrays;

/**
 * Builds and solves the k x k least-squares system of one row (a user against fixed item factors, or
 * an item against fixed user factors). Training and fold-in both go through {@link #solve}, so a user
 * folded in later gets exactly the vector training would give it. Not thread-safe: one per thread.
 *
 * <ul>
 * <li>explicit: (sum y y^T + reg n I) x = sum r y, n = number of ratings;</li>
 * <li>implicit (Hu, Koren, Volinsky): (Y^T Y + sum (c-1) y y^T + reg n I) x = sum_{w>0} c y, with
 * c = 1 + confidence(w), preference 1 for w > 0, and n = number of positive weights (Spark's rule).</li>
 * </ul>
 */
final class NormalEquations {
    private final int k;
    private final double[] a;
    private final double[] b;

    NormalEquations(int rank) {
        this.k = rank;
        this.a = new double[rank * rank];
        this.b = new double[rank];
    }

    /**
     * Solves one row from entries {@code [from, to)} of {@code index}/{@code value}, writing the vector
     * into {@code out} at {@code outOffset}. A row without usable ratings gets the zero vector.
     *
     * @param gram the other side's Y^T Y (k x k, row-major), required for implicit, ignored for explicit
     */
    void solve(AlsParams params, float[] other, int[] index, float[] value, int from, int to,
               double[] gram, float[] out, int outOffset) {
        int count = 0;
        if (params.implicit()) {
            System.arraycopy(gram, 0, a, 0, k * k);
        } else {
            Arrays.fill(a, 0.0);
        }
        Arrays.fill(b, 0.0);
        for (int p = from; p < to; p++) {
            double w = value[p];
            int off = index[p] * k;
            double weight;
            double target;
            if (params.implicit()) {
                double extra = params.confidence().extra(params.alpha(), w);
                weight = extra;
                target = w > 0 ? 1.0 + extra : 0.0;
                if (w > 0) {
                    count++;
                }
            } else {
                weight = 1.0;
                target = w;
                count++;
            }
            accumulate(other, off, weight, target);
        }
        if (count == 0) {
            Arrays.fill(out, outOffset, outOffset + k, 0f);
            return;
        }
        double ridge = params.reg() * count;
        for (int i = 0; i < k; i++) {
            a[i * k + i] += ridge;
        }
        if (!Cholesky.solve(a, b, k)) {
            // Only reachable with reg = 0 and too few ratings; a zero vector is the honest answer.
            Arrays.fill(out, outOffset, outOffset + k, 0f);
            return;
        }
        for (int i = 0; i < k; i++) {
            out[outOffset + i] = (float) b[i];
        }
    }

    /** a += weight * y y^T (lower triangle), b += target * y. */
    private void accumulate(float[] y, int off, double weight, double target) {
        for (int i = 0; i < k; i++) {
            double yi = y[off + i];
            b[i] += target * yi;
            double wy = weight * yi;
            int ri = i * k;
            for (int j = 0; j <= i; j++) {
                a[ri + j] += wy * y[off + j];
            }
        }
    }
}
