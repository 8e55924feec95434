package org.musicrec.recommend.als;

/**
 * Solves a symmetric positive-definite k x k system in place. Only the lower triangle of the
 * row-major matrix is read; it is overwritten by the factor L (A = L L^T). Written out by hand
 * because these small dense solves are the inner loop of ALS (see bench/als.sh for the comparison).
 */
final class Cholesky {
    private Cholesky() {
    }

    /**
     * Factors {@code a} and solves {@code a x = b}, leaving x in {@code b}.
     *
     * @return false when a pivot is not positive (matrix not positive definite); {@code a} and {@code b} are then garbage
     */
    static boolean solve(double[] a, double[] b, int k) {
        for (int j = 0; j < k; j++) {
            int rj = j * k;
            double s = a[rj + j] - dot(a, rj, rj, j);
            if (!(s > 0)) {
                return false;
            }
            double d = Math.sqrt(s);
            a[rj + j] = d;
            double inv = 1.0 / d;
            for (int i = j + 1; i < k; i++) {
                int ri = i * k;
                a[ri + j] = (a[ri + j] - dot(a, ri, rj, j)) * inv;
            }
        }
        for (int i = 0; i < k; i++) {
            int ri = i * k;
            double t = b[i];
            for (int p = 0; p < i; p++) {
                t -= a[ri + p] * b[p];
            }
            b[i] = t / a[ri + i];
        }
        for (int i = k - 1; i >= 0; i--) {
            double t = b[i];
            for (int p = i + 1; p < k; p++) {
                t -= a[p * k + i] * b[p];
            }
            b[i] = t / a[i * k + i];
        }
        return true;
    }

    /**
     * Sum of a[r1+p] * a[r2+p] for p < n with four running sums: the JIT does not vectorise a
     * floating-point reduction, and independent sums let the multiplies overlap. The order is fixed,
     * so results stay deterministic.
     */
    private static double dot(double[] a, int r1, int r2, int n) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int p = 0;
        for (; p + 3 < n; p += 4) {
            s0 += a[r1 + p] * a[r2 + p];
            s1 += a[r1 + p + 1] * a[r2 + p + 1];
            s2 += a[r1 + p + 2] * a[r2 + p + 2];
            s3 += a[r1 + p + 3] * a[r2 + p + 3];
        }
        for (; p < n; p++) {
            s0 += a[r1 + p] * a[r2 + p];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
