package org.musicrec.recommend.als;

import java.util.Arrays;

/**
 * Approximately solves one implicit row's system (Y^T Y + sum (c-1) y y^T + reg n I) x = sum_{w>0} c y
 * by a few conjugate-gradient steps started from the row's current vector (Takacs, Pilaszy and Tikk
 * 2011, as in benfred/implicit). The k x k matrix is never formed: A p = Y^T Y p + sum (c-1)(y.p) y +
 * reg n p costs k^2 + 2 m k per step instead of the m k^2 / 2 + k^3 / 6 of building and factoring it.
 * Every step lowers the row's objective (CG minimises it over a growing Krylov space around the start),
 * so training's loss still never rises. The arithmetic order is fixed per row, so the result is
 * deterministic and independent of threads. Not thread-safe: one per thread.
 *
 * <p>The row's fixed vectors are widened to double once per row, kept both as rows and transposed so
 * that the row's dot products y.p run as one vectorised pass. Rows whose widened copy would not stay in
 * the cache ({@link #handles}: m k above {@link #MAX_WIDE}) are left to the exact direct solve by the
 * trainer: there CG re-reads every fixed vector from memory in every step (measured on the synthetic set:
 * no faster than the direct solve), while the direct solve reads each once.
 */
final class ConjugateGradient {
    /** Stops early once the residual is this small (squared norm): the row is solved to rounding. */
    private static final double RESIDUAL_EPSILON = 1e-20;
    /** Largest m k (doubles per widened copy, 256 KB) that CG takes on. */
    static final int MAX_WIDE = 32_768;

    private final int k;
    private final double[] x;
    private final double[] r;
    private final double[] p;
    private final double[] ap;
    private double[] ys = new double[0];
    private double[] yt = new double[0];
    private double[] dots = new double[0];
    private double[] weights = new double[0];
    private double[] targets = new double[0];
    private int n;

    ConjugateGradient(int rank) {
        this.k = rank;
        this.x = new double[rank];
        this.r = new double[rank];
        this.p = new double[rank];
        this.ap = new double[rank];
    }

    /** Whether CG takes a row of {@code entries} entries at rank k (else the trainer solves it exactly). */
    static boolean handles(long entries, int k) {
        return entries * k <= MAX_WIDE;
    }

    /**
     * Improves the vector at {@code out[outOffset..+k)} in place with {@code steps} CG steps on the row of
     * entries {@code [from, to)}. A row without positive weights gets the zero vector, as the exact solve.
     */
    void solve(AlsParams params, FixedSide fixed, int[] index, float[] value, int from, int to,
               float[] out, int outOffset, int steps) {
        int count = 0;
        for (int e = from; e < to; e++) {
            count += value[e] > 0 ? 1 : 0;
        }
        if (count == 0) {
            Arrays.fill(out, outOffset, outOffset + k, 0f);
            return;
        }
        double ridge = params.reg() * count;
        n = to - from;
        if (weights.length < n) {
            weights = new double[n];
            targets = new double[n];
            dots = new double[n];
        }
        if (ys.length < n * k) {
            ys = new double[n * k];
            yt = new double[n * k];
        }
        float[] y = fixed.factors;
        for (int j = 0; j < n; j++) {
            float w = value[from + j];
            weights[j] = params.confidence().extra(params.alpha(), w);
            targets[j] = w > 0 ? 1.0 + weights[j] : 0.0;
            int yo = index[from + j] * k;
            int o = j * k;
            for (int i = 0; i < k; i++) {
                ys[o + i] = y[yo + i]; // widened once per row: the steps then run on doubles only
            }
        }
        // The transpose, eight entries (one cache line of yt) at a time while their rows are in L1.
        for (int j0 = 0; j0 < n; j0 += 8) {
            int j1 = Math.min(n, j0 + 8);
            for (int i = 0; i < k; i++) {
                int t = i * n;
                for (int j = j0; j < j1; j++) {
                    yt[t + j] = ys[j * k + i];
                }
            }
        }
        for (int i = 0; i < k; i++) {
            x[i] = out[outOffset + i];
        }
        // r = b - A x = sum (t - (c-1)(y.x)) y - Y^T Y x - ridge x, with t = c for positive weights.
        dense(fixed.gram, x, r, ridge);
        for (int i = 0; i < k; i++) {
            r[i] = -r[i];
        }
        sparse(x, r, -1.0, true);
        System.arraycopy(r, 0, p, 0, k);
        double rsOld = dot(r, r);
        for (int step = 0; step < steps && rsOld > RESIDUAL_EPSILON; step++) {
            dense(fixed.gram, p, ap, ridge);
            sparse(p, ap, 1.0, false);
            double pAp = dot(p, ap);
            if (!(pAp > 0)) {
                break; // only with reg = 0 and a singular system; keep the best vector so far
            }
            double a = rsOld / pAp;
            for (int i = 0; i < k; i++) {
                x[i] += a * p[i];
                r[i] -= a * ap[i];
            }
            double rsNew = dot(r, r);
            double beta = rsNew / rsOld;
            for (int i = 0; i < k; i++) {
                p[i] = r[i] + beta * p[i];
            }
            rsOld = rsNew;
        }
        for (int i = 0; i < k; i++) {
            out[outOffset + i] = (float) x[i];
        }
    }

    /**
     * out = G v + ridge v, G = Y^T Y (full, symmetric) summed by rows of G, four at a time so that each
     * element of {@code out} is loaded and stored once per four rows. The summation order is fixed.
     */
    private void dense(double[] g, double[] v, double[] out, double ridge) {
        for (int i = 0; i < k; i++) {
            out[i] = ridge * v[i];
        }
        RowCombination.addTo(out, k, v, k, g);
    }

    /** out += sum_e (sign (c_e - 1)(y_e . v) + [withTargets] t_e) y_e over the row. */
    private void sparse(double[] v, double[] out, double sign, boolean withTargets) {
        // The row's products y_e . v as one pass over its transpose, four rows of it at a time.
        Arrays.fill(dots, 0, n, 0.0);
        RowCombination.addTo(dots, n, v, k, yt);
        for (int e = 0; e < n; e++) {
            dots[e] = sign * weights[e] * dots[e] + (withTargets ? targets[e] : 0.0);
        }
        // out += sum_e dots_e y_e, four entries per pass over out.
        RowCombination.addTo(out, k, dots, n, ys);
    }

    /** Sum of a[i] * b[i] with four running sums (the JIT does not vectorise a reduction); fixed order. */
    private double dot(double[] a, double[] b) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < k; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < k; i++) {
            s0 += a[i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
