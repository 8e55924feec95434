package org.musicrec.recommend.als;

import java.util.Arrays;

/**
 * Builds and solves the k x k least-squares system of one row (a user against fixed item factors, or
 * an item against fixed user factors) exactly. Fold-in and {@link Solver#CHOLESKY} training both go
 * through {@link #solve}, so a user folded in later gets exactly the vector such training would give
 * it ({@link Solver#CG} training uses it only for the rows where the exact solve is the cheaper one).
 * Not thread-safe: one per thread.
 *
 * <ul>
 * <li>explicit: (sum y y^T + reg n I) x = sum r y, n = number of ratings;</li>
 * <li>implicit (Hu, Koren, Volinsky): (Y^T Y + sum (c-1) y y^T + reg n I) x = sum_{w>0} c y, with
 * c = 1 + confidence(w), preference 1 for w > 0, and n = number of positive weights (Spark's rule).</li>
 * </ul>
 *
 * <p>An implicit row with few entries (m well below k, typical of the item side) is solved through the
 * Woodbury identity in the eigenbasis of Y^T Y: an m x m Cholesky instead of k x k, the same answer up to
 * rounding. Which path a row takes depends only on m and k, so the result stays deterministic.
 */
final class NormalEquations {
    private final int k;
    private final double[] a;
    private final double[] b;
    private final double[] d;
    private final double[] u;
    private final double[] u1;
    private final double[] u2;
    private final double[] u3;
    private final double[] weights = new double[4];
    private final double[] targets = new double[4];
    private double[] zs = new double[0];
    private double[] m = new double[0];
    private double[] v = new double[0];

    NormalEquations(int rank) {
        this.k = rank;
        this.a = new double[rank * rank];
        this.b = new double[rank];
        this.d = new double[rank];
        this.u = new double[rank];
        this.u1 = new double[rank];
        this.u2 = new double[rank];
        this.u3 = new double[rank];
    }

    /**
     * Solves one row from entries {@code [from, to)} of {@code index}/{@code value}, writing the vector
     * into {@code out} at {@code outOffset}. A row without usable ratings gets the zero vector.
     */
    void solve(AlsParams params, FixedSide fixed, int[] index, float[] value, int from, int to,
               float[] out, int outOffset) {
        solve(params, fixed, Side.USER, 0, index, value, from, to, out, outOffset);
    }

    /**
     * As above for a row of {@code side}; {@code mean} is the training ratings' mean, which an item's bias
     * column carries (only read for an item row under {@link AlsParams#biases}).
     */
    void solve(AlsParams params, FixedSide fixed, Side side, double mean, int[] index, float[] value, int from, int to,
               float[] out, int outOffset) {
        if (params.biases()) {
            solveBiased(params.reg(), fixed, side, mean, index, value, from, to, out, outOffset);
            return;
        }
        int count = 0;
        for (int p = from; p < to; p++) {
            count += !params.implicit() || value[p] > 0 ? 1 : 0;
        }
        if (count == 0) {
            Arrays.fill(out, outOffset, outOffset + k, 0f);
            return;
        }
        double ridge = params.reg() * count;
        int entries = to - from;
        if (params.implicit() && fixed.basis != null && ridge > 0 && lowRankIsCheaper(entries)
                && solveLowRank(params, fixed, index, value, from, to, ridge, out, outOffset)) {
            return;
        }
        solveDirect(params, fixed, index, value, from, to, ridge, out, outOffset);
    }

    /**
     * Explicit with biases. A user is [x, b_u, 1] and an item [y, 1, mean + b_i]; the row's own constant
     * column (user: last, item: second to last) stays 1, so the row solves k - 1 unknowns against the
     * other side's vectors without the column that pairs with that constant, whose value (the item's
     * mean + b_i, or the user's b_u plus the mean) is taken off the rating first. Every unknown, the bias
     * too, gets the ridge reg x ratings, so an item's bias shrinks towards the mean, not towards 0.
     */
    private void solveBiased(double reg, FixedSide fixed, Side side, double mean, int[] index, float[] value,
                             int from, int to, float[] out, int outOffset) {
        int n = k - 1;
        int constant = side == Side.USER ? k - 1 : k - 2;
        double shift = side == Side.ITEM ? mean : 0;
        float[] other = fixed.factors;
        Arrays.fill(a, 0, n * n, 0.0);
        Arrays.fill(b, 0, n, 0.0);
        double[] row = u;
        for (int p = from; p < to; p++) {
            int off = index[p] * k;
            for (int j = 0, c = 0; j < k; j++) {
                if (j != constant) {
                    row[c++] = other[off + j];
                }
            }
            double target = value[p] - other[off + constant] - shift;
            for (int i = 0; i < n; i++) {
                double yi = row[i];
                b[i] += target * yi;
                int ri = i * n;
                for (int j = 0; j <= i; j++) {
                    a[ri + j] += yi * row[j];
                }
            }
        }
        int count = to - from;
        for (int i = 0; i < n; i++) {
            a[i * n + i] += reg * count;
        }
        // No ratings (or reg 0 and too few): no latent part and no bias of its own.
        boolean solved = count > 0 && Cholesky.solve(a, b, n);
        for (int j = 0, c = 0; j < k; j++) {
            out[outOffset + j] = j == constant ? 1f : solved ? (float) b[c++] : 0f;
        }
        if (side == Side.ITEM) {
            out[outOffset + k - 1] = (float) (out[outOffset + k - 1] + mean);
        }
    }

    private boolean lowRankIsCheaper(long entries) {
        return lowRankIsCheaper(entries, k);
    }

    /** Whether an implicit row of {@code entries} entries takes the low-rank path at rank k (when it can). */
    static boolean lowRankIsCheaper(long entries, int k) {
        return lowRankCost(entries, k) < entries * k * k / 2 + (long) k * k * k / 6 + (long) k * k;
    }

    /**
     * Whether, under {@link Solver#CG} with {@code steps} steps, a row of {@code entries} entries is solved
     * exactly by the low-rank path instead: true for short rows (most item rows), where that exact solve
     * costs less than the k x k products of the CG steps. Depends only on the sizes (deterministic).
     */
    static boolean lowRankBeatsCg(long entries, int k, int steps) {
        long cg = (steps + 1L) * ((long) k * k + 2L * entries * k) + entries * k;
        return lowRankIsCheaper(entries, k) && lowRankCost(entries, k) < cg;
    }

    private static long lowRankCost(long entries, int k) {
        return entries * entries * k + entries * entries * entries / 6 + 3L * entries * k + 2L * k * k;
    }

    private void solveDirect(AlsParams params, FixedSide fixed, int[] index, float[] value, int from, int to,
                             double ridge, float[] out, int outOffset) {
        if (params.implicit()) {
            System.arraycopy(fixed.gram, 0, a, 0, k * k);
        } else {
            Arrays.fill(a, 0.0);
        }
        Arrays.fill(b, 0.0);
        float[] other = fixed.factors;
        int p = from;
        for (; p + 3 < to; p += 4) {
            for (int e = 0; e < 4; e++) {
                double w = value[p + e];
                weights[e] = params.implicit() ? params.confidence().extra(params.alpha(), w) : 1.0;
                targets[e] = params.implicit() ? (w > 0 ? 1.0 + weights[e] : 0.0) : w;
            }
            accumulate4(other, index, p);
        }
        for (; p < to; p++) {
            double w = value[p];
            double weight;
            double target;
            if (params.implicit()) {
                weight = params.confidence().extra(params.alpha(), w);
                target = w > 0 ? 1.0 + weight : 0.0;
            } else {
                weight = 1.0;
                target = w;
            }
            accumulate(other, index[p] * k, weight, target);
        }
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

    /**
     * Four {@link #accumulate} calls for entries p..p+3 in one pass over {@code a}: each element gets
     * the four terms added left to right, exactly the sums of four single calls, with a quarter of the
     * loads and stores of {@code a} (which bound the single update).
     */
    private void accumulate4(float[] y, int[] index, int p) {
        double[] r0 = u;
        double[] r1 = u1;
        double[] r2 = u2;
        double[] r3 = u3;
        int o0 = index[p] * k;
        int o1 = index[p + 1] * k;
        int o2 = index[p + 2] * k;
        int o3 = index[p + 3] * k;
        for (int j = 0; j < k; j++) {
            r0[j] = y[o0 + j];
            r1[j] = y[o1 + j];
            r2[j] = y[o2 + j];
            r3[j] = y[o3 + j];
        }
        double w0 = weights[0];
        double w1 = weights[1];
        double w2 = weights[2];
        double w3 = weights[3];
        for (int i = 0; i < k; i++) {
            b[i] = b[i] + targets[0] * r0[i] + targets[1] * r1[i] + targets[2] * r2[i] + targets[3] * r3[i];
            double a0 = w0 * r0[i];
            double a1 = w1 * r1[i];
            double a2 = w2 * r2[i];
            double a3 = w3 * r3[i];
            int ri = i * k;
            for (int j = 0; j <= i; j++) {
                a[ri + j] = a[ri + j] + a0 * r0[j] + a1 * r1[j] + a2 * r2[j] + a3 * r3[j];
            }
        }
    }

    /**
     * a += weight * y y^T (lower triangle), b += target * y. The row is widened to double first: the
     * float-to-double conversion is exact, so the sums are unchanged, and a pure double inner loop is
     * the form the JIT vectorises (BENCHMARKS.md).
     */
    private void accumulate(float[] y, int off, double weight, double target) {
        double[] row = u;
        for (int j = 0; j < k; j++) {
            row[j] = y[off + j];
        }
        for (int i = 0; i < k; i++) {
            double yi = row[i];
            b[i] += target * yi;
            double wy = weight * yi;
            int ri = i * k;
            for (int j = 0; j <= i; j++) {
                a[ri + j] += wy * row[j];
            }
        }
    }

    /**
     * With Y^T Y = Q L Q^T and D = (L + ridge)^-1, in the eigenbasis the system is (D^-1 + Zs^T Zs) x' = b'
     * where row j of Zs is sqrt(c_j - 1) y_j^T Q. Woodbury: x' = u - D Zs^T (I + Zs D Zs^T)^-1 Zs u, u = D b'.
     */
    private boolean solveLowRank(AlsParams params, FixedSide fixed, int[] index, float[] value, int from, int to,
                                 double ridge, float[] out, int outOffset) {
        int n = to - from;
        if (zs.length < n * k) {
            zs = new double[n * k];
            m = new double[n * n];
            v = new double[n];
        }
        if (!(fixed.smallestEigenvalue + ridge > 0)) {
            return false;
        }
        double[] eigenvalues = fixed.eigenvalues;
        for (int l = 0; l < k; l++) {
            d[l] = 1.0 / (eigenvalues[l] + ridge); // a branch-free loop: vectorised divisions
        }
        Arrays.fill(b, 0.0);
        for (int j = 0; j < n; j++) {
            int p = from + j;
            double w = value[p];
            double extra = params.confidence().extra(params.alpha(), w);
            double target = w > 0 ? 1.0 + extra : 0.0;
            int zo = j * k;
            if (fixed.projected != null) {
                System.arraycopy(fixed.projected, index[p] * k, zs, zo, k);
            } else {
                fixed.project(index[p], zs, zo);
            }
            double scale = Math.sqrt(extra);
            for (int l = 0; l < k; l++) {
                double z = zs[zo + l];
                b[l] += target * z;
                zs[zo + l] = scale * z;
            }
        }
        for (int l = 0; l < k; l++) {
            u[l] = d[l] * b[l];
        }
        for (int j = 0; j < n; j++) {
            int zj = j * k;
            double vj = 0;
            for (int l = 0; l < k; l++) {
                vj += zs[zj + l] * u[l];
            }
            v[j] = vj;
            for (int i = 0; i <= j; i++) {
                int zi = i * k;
                double s = 0;
                for (int l = 0; l < k; l++) {
                    s += zs[zj + l] * d[l] * zs[zi + l];
                }
                m[j * n + i] = s + (i == j ? 1.0 : 0.0);
            }
        }
        if (!Cholesky.solve(m, v, n)) {
            return false;
        }
        for (int l = 0; l < k; l++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += zs[j * k + l] * v[j];
            }
            b[l] = u[l] - d[l] * s;
        }
        // x = Q x' as a sum of rows of Q^T, four per pass over x (vectorisable, a quarter of x's loads and
        // stores); the order is fixed, so trainer and fold-in agree bit for bit.
        double[] qt = fixed.basisTransposed;
        double[] x = u1;
        Arrays.fill(x, 0.0);
        RowCombination.addTo(x, k, b, k, qt);
        for (int i = 0; i < k; i++) {
            out[outOffset + i] = (float) x[i];
        }
        return true;
    }
}
