package org.musicrec.recommend.als;

/**
 * Eigenvalues and eigenvectors of a small symmetric matrix by cyclic Jacobi rotations: short, exact to
 * rounding, deterministic, and with no library on the tools' class path. Run once per half-iteration
 * on the k x k Gram matrix, so its O(k^3) per sweep does not matter.
 */
final class SymmetricEigen {
    private static final int MAX_SWEEPS = 60;

    final double[] values;
    /** Row-major k x k; column l is the eigenvector of {@code values[l]}. */
    final double[] vectors;

    private SymmetricEigen(double[] values, double[] vectors) {
        this.values = values;
        this.vectors = vectors;
    }

    static SymmetricEigen of(double[] symmetric, int k) {
        double[] a = symmetric.clone();
        double[] v = new double[k * k];
        for (int i = 0; i < k; i++) {
            v[i * k + i] = 1.0;
        }
        double scale = 0;
        for (double x : a) {
            scale += x * x;
        }
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            double off = 0;
            for (int p = 0; p < k; p++) {
                for (int q = p + 1; q < k; q++) {
                    off += a[p * k + q] * a[p * k + q];
                }
            }
            if (off <= 1e-30 * scale || off == 0) {
                break;
            }
            for (int p = 0; p < k; p++) {
                for (int q = p + 1; q < k; q++) {
                    rotate(a, v, k, p, q);
                }
            }
        }
        double[] values = new double[k];
        for (int i = 0; i < k; i++) {
            values[i] = a[i * k + i];
        }
        return new SymmetricEigen(values, v);
    }

    /** One rotation in the (p, q) plane that zeroes a[p][q] (Numerical Recipes' sign conventions). */
    private static void rotate(double[] a, double[] v, int k, int p, int q) {
        double apq = a[p * k + q];
        if (apq == 0) {
            return;
        }
        double theta = (a[q * k + q] - a[p * k + p]) / (2 * apq);
        double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        if (theta == 0) {
            t = 1;
        }
        double c = 1 / Math.sqrt(t * t + 1);
        double s = t * c;
        for (int r = 0; r < k; r++) {
            double arp = a[r * k + p];
            double arq = a[r * k + q];
            a[r * k + p] = c * arp - s * arq;
            a[r * k + q] = s * arp + c * arq;
        }
        for (int r = 0; r < k; r++) {
            double apr = a[p * k + r];
            double aqr = a[q * k + r];
            a[p * k + r] = c * apr - s * aqr;
            a[q * k + r] = s * apr + c * aqr;
        }
        for (int r = 0; r < k; r++) {
            double vrp = v[r * k + p];
            double vrq = v[r * k + q];
            v[r * k + p] = c * vrp - s * vrq;
            v[r * k + q] = s * vrp + c * vrq;
        }
    }
}
