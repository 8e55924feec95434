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
 * <p>The row's part of A p, sum (c-1)(y.p) y, reads each fixed vector once per step straight from the
 * float factor table: one float dot product and one scaled addition per entry ({@link Lanes}, SIMD where
 * the Vector API is available, the same bits without it). Its float sums are moved into the step's
 * double vectors every {@link #FLUSH_ENTRIES} entries, so long rows keep double accuracy where it counts;
 * the CG scalars and vectors (x, r, p) stay double.
 */
final class ConjugateGradient {
    /** Stops early once the residual is this small (squared norm): the row is solved to rounding. */
    private static final double RESIDUAL_EPSILON = 1e-20;
    /** Entries whose float contributions are summed before they are added to a double vector. */
    static final int FLUSH_ENTRIES = 64;

    private final int k;
    private final Lanes lanes;
    private final double[] x;
    private final double[] r;
    private final double[] p;
    private final double[] ap;
    private final float[] vf;
    private final float[] acc;
    private double[] targets = new double[0];

    ConjugateGradient(int rank) {
        this(rank, Lanes.best());
    }

    ConjugateGradient(int rank, Lanes lanes) {
        this.k = rank;
        this.lanes = lanes;
        this.x = new double[rank];
        this.r = new double[rank];
        this.p = new double[rank];
        this.ap = new double[rank];
        this.vf = new float[rank];
        this.acc = new float[rank];
    }

    /**
     * Improves the vector at {@code out[outOffset..+k)} in place with {@code steps} CG steps on the row of
     * entries {@code [from, to)}; {@code extras} holds c - 1 of every entry ({@link Confidence#extras}). A
     * row without positive weights gets the zero vector, as the exact solve.
     */
    void solve(AlsParams params, FixedSide fixed, int[] index, float[] value, double[] extras, int from, int to,
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
        int n = to - from;
        if (targets.length < n) {
            targets = new double[n];
        }
        for (int j = 0; j < n; j++) {
            targets[j] = value[from + j] > 0 ? 1.0 + extras[from + j] : 0.0;
        }
        for (int i = 0; i < k; i++) {
            x[i] = out[outOffset + i];
        }
        // r = b - A x = sum (t - (c-1)(y.x)) y - Y^T Y x - ridge x, with t = c for positive weights.
        dense(fixed.gram, x, r, ridge);
        for (int i = 0; i < k; i++) {
            r[i] = -r[i];
        }
        sparse(fixed.factors, index, extras, from, n, x, r, -1.0, true);
        System.arraycopy(r, 0, p, 0, k);
        double rsOld = dot(r, r);
        for (int step = 0; step < steps && rsOld > RESIDUAL_EPSILON; step++) {
            dense(fixed.gram, p, ap, ridge);
            sparse(fixed.factors, index, extras, from, n, p, ap, 1.0, false);
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

    /** out += sum_e (sign (c_e - 1)(y_e . v) + [withTargets] t_e) y_e over the row's n entries. */
    private void sparse(float[] y, int[] index, double[] extras, int from, int n, double[] v, double[] out,
                        double sign, boolean withTargets) {
        for (int i = 0; i < k; i++) {
            vf[i] = (float) v[i];
        }
        for (int e = 0; e < n; e++) {
            int yo = index[from + e] * k;
            double c = sign * extras[from + e] * lanes.dot(y, yo, vf, k) + (withTargets ? targets[e] : 0.0);
            lanes.addScaled(acc, (float) c, y, yo, k);
            if (e % FLUSH_ENTRIES == FLUSH_ENTRIES - 1) {
                lanes.drain(acc, out, k);
            }
        }
        lanes.drain(acc, out, k);
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
