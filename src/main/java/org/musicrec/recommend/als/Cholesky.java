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
            double s = a[rj + j];
            for (int p = 0; p < j; p++) {
                s -= a[rj + p] * a[rj + p];
            }
            if (!(s > 0)) {
                return false;
            }
            double d = Math.sqrt(s);
            a[rj + j] = d;
            double inv = 1.0 / d;
            for (int i = j + 1; i < k; i++) {
                int ri = i * k;
                double t = a[ri + j];
                for (int p = 0; p < j; p++) {
                    t -= a[ri + p] * a[rj + p];
                }
                a[ri + j] = t * inv;
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
}
