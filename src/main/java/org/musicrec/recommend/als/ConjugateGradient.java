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
 */
final class ConjugateGradient {
    /** Stops early once the residual is this small (squared norm): the row is solved to rounding. */
    private static final double RESIDUAL_EPSILON = 1e-20;

    private final int k;
    private final double[] x;
    private final double[] r;
    private final double[] p;
    private final double[] ap;
    private double[] ys = new double[0];
    private double[] weights = new double[0];

    ConjugateGradient(int rank) {
        this.k = rank;
        this.x = new double[rank];
        this.r = new double[rank];
        this.p = new double[rank];
        this.ap = new double[rank];
    }

    /**
     * Improves the vector at {@code out[outOffset..+k)} in place with {@code steps} CG steps on the row of
     * entries {@code [from, to)}. A row without positive weights gets the zero vector, as the exact solve.
     */
    void solve(AlsParams params, FixedSide fixed, int[] index, float[] value, int from, int to,
               float[] out, int outOffset, int steps) {
        int n = to - from;
        int count = 0;
        for (int e = from; e < to; e++) {
            count += value[e] > 0 ? 1 : 0;
        }
        if (count == 0) {
            Arrays.fill(out, outOffset, outOffset + k, 0f);
            return;
        }
        double ridge = params.reg() * count;
        if (ys.length < n * k) {
            ys = new double[n * k];
            weights = new double[n];
        }
        float[] y = fixed.factors;
        for (int j = 0; j < n; j++) {
            int e = from + j;
            int yo = index[e] * k;
            int o = j * k;
            for (int i = 0; i < k; i++) {
                ys[o + i] = y[yo + i]; // widened once per row: the steps then run on doubles only
            }
            weights[j] = params.confidence().extra(params.alpha(), value[e]);
        }
        for (int i = 0; i < k; i++) {
            x[i] = out[outOffset + i];
        }
        // r = b - A x, with b = sum (1 + (c-1)) y over positive weights.
        multiply(fixed.gram, x, r, ridge, n);
        for (int i = 0; i < k; i++) {
            r[i] = -r[i];
        }
        for (int j = 0; j < n; j++) {
            if (value[from + j] > 0) {
                axpy(1.0 + weights[j], ys, j * k, r);
            }
        }
        System.arraycopy(r, 0, p, 0, k);
        double rsOld = dot(r, r);
        for (int step = 0; step < steps && rsOld > RESIDUAL_EPSILON; step++) {
            multiply(fixed.gram, p, ap, ridge, n);
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
     * out = G v + ridge v + sum_j w_j (y_j . v) y_j; G = Y^T Y (full, symmetric) summed by rows of G,
     * four at a time so that each element of {@code out} is loaded and stored once per four rows (the
     * single-row update is bound by those loads and stores). The summation order is fixed.
     */
    private void multiply(double[] g, double[] v, double[] out, double ridge, int n) {
        for (int i = 0; i < k; i++) {
            out[i] = ridge * v[i];
        }
        int j = 0;
        for (; j + 3 < k; j += 4) {
            double v0 = v[j];
            double v1 = v[j + 1];
            double v2 = v[j + 2];
            double v3 = v[j + 3];
            int g0 = j * k;
            int g1 = g0 + k;
            int g2 = g1 + k;
            int g3 = g2 + k;
            for (int i = 0; i < k; i++) {
                out[i] = out[i] + v0 * g[g0 + i] + v1 * g[g1 + i] + v2 * g[g2 + i] + v3 * g[g3 + i];
            }
        }
        for (; j < k; j++) {
            double vj = v[j];
            int gj = j * k;
            for (int i = 0; i < k; i++) {
                out[i] += vj * g[gj + i];
            }
        }
        for (int e = 0; e < n; e++) {
            double w = weights[e];
            if (w != 0) {
                int o = e * k;
                axpy(w * dot(ys, o, v), ys, o, out);
            }
        }
    }

    /** out += a * src[off..off+k). */
    private void axpy(double a, double[] src, int off, double[] out) {
        for (int i = 0; i < k; i++) {
            out[i] += a * src[off + i];
        }
    }

    private double dot(double[] a, double[] b) {
        return dot(a, 0, b);
    }

    /** Sum of a[off+i] * b[i] with four running sums (the JIT does not vectorise a reduction); fixed order. */
    private double dot(double[] a, int off, double[] b) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < k; i += 4) {
            s0 += a[off + i] * b[i];
            s1 += a[off + i + 1] * b[i + 1];
            s2 += a[off + i + 2] * b[i + 2];
            s3 += a[off + i + 3] * b[i + 3];
        }
        for (; i < k; i++) {
            s0 += a[off + i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
