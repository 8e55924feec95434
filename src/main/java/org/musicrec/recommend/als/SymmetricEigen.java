package org.musicrec.recommend.als;

/**
 * Eigenvalues and eigenvectors of a small symmetric matrix: Householder reduction to tridiagonal form
 * and the implicit QL method (the EISPACK tred2/tql2 algorithm), about 3 k^3 flops in all, against about
 * 3 k^3 per sweep of cyclic Jacobi rotations (8-10 sweeps), which remains the fallback should QL not
 * converge. Deterministic, and with no library on the tools' class path. Run once per half-iteration on
 * the k x k Gram matrix, serially, so its cost is wall time on every core.
 */
final class SymmetricEigen {
    private static final int MAX_SWEEPS = 60;
    private static final int MAX_QL_ITERATIONS = 60;

    final double[] values;
    /** Row-major k x k; column l is the eigenvector of {@code values[l]}. */
    final double[] vectors;

    private SymmetricEigen(double[] values, double[] vectors) {
        this.values = values;
        this.vectors = vectors;
    }

    static SymmetricEigen of(double[] symmetric, int k) {
        SymmetricEigen ql = tridiagonalQl(symmetric, k);
        return ql != null ? ql : jacobi(symmetric, k);
    }

    /** Householder tridiagonalisation then implicit QL with shifts; null if QL fails to converge. */
    static SymmetricEigen tridiagonalQl(double[] symmetric, int n) {
        double[] v = symmetric.clone();
        double[] d = new double[n];
        double[] e = new double[n];
        householder(v, d, e, n);
        // The QL rotations combine pairs of eigenvector columns; on the transpose those are contiguous rows.
        double[] w = transpose(v, n);
        if (!ql(w, d, e, n)) {
            return null;
        }
        return new SymmetricEigen(d, transpose(w, n));
    }

    private static double[] transpose(double[] m, int n) {
        double[] t = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                t[j * n + i] = m[i * n + j];
            }
        }
        return t;
    }

    /** Reduces v (symmetric, row-major) to tridiagonal form: diagonal d, sub-diagonal e, v = the transform. */
    private static void householder(double[] v, double[] d, double[] e, int n) {
        for (int j = 0; j < n; j++) {
            d[j] = v[(n - 1) * n + j];
        }
        for (int i = n - 1; i > 0; i--) {
            double scale = 0;
            double h = 0;
            for (int k = 0; k < i; k++) {
                scale += Math.abs(d[k]);
            }
            if (scale == 0) {
                e[i] = d[i - 1];
                for (int j = 0; j < i; j++) {
                    d[j] = v[(i - 1) * n + j];
                    v[i * n + j] = 0;
                    v[j * n + i] = 0;
                }
            } else {
                for (int k = 0; k < i; k++) {
                    d[k] /= scale;
                    h += d[k] * d[k];
                }
                double f = d[i - 1];
                double g = Math.sqrt(h);
                if (f > 0) {
                    g = -g;
                }
                e[i] = scale * g;
                h = h - f * g;
                d[i - 1] = f - g;
                for (int j = 0; j < i; j++) {
                    e[j] = 0;
                }
                for (int j = 0; j < i; j++) {
                    f = d[j];
                    v[j * n + i] = f;
                    g = e[j] + v[j * n + j] * f;
                    for (int k = j + 1; k <= i - 1; k++) {
                        g += v[k * n + j] * d[k];
                        e[k] += v[k * n + j] * f;
                    }
                    e[j] = g;
                }
                f = 0;
                for (int j = 0; j < i; j++) {
                    e[j] /= h;
                    f += e[j] * d[j];
                }
                double hh = f / (h + h);
                for (int j = 0; j < i; j++) {
                    e[j] -= hh * d[j];
                }
                for (int j = 0; j < i; j++) {
                    f = d[j];
                    g = e[j];
                    for (int k = j; k <= i - 1; k++) {
                        v[k * n + j] -= f * e[k] + g * d[k];
                    }
                    d[j] = v[(i - 1) * n + j];
                    v[i * n + j] = 0;
                }
            }
            d[i] = h;
        }
        for (int i = 0; i < n - 1; i++) {
            v[(n - 1) * n + i] = v[i * n + i];
            v[i * n + i] = 1;
            double h = d[i + 1];
            if (h != 0) {
                for (int k = 0; k <= i; k++) {
                    d[k] = v[k * n + i + 1] / h;
                }
                for (int j = 0; j <= i; j++) {
                    double g = 0;
                    for (int k = 0; k <= i; k++) {
                        g += v[k * n + i + 1] * v[k * n + j];
                    }
                    for (int k = 0; k <= i; k++) {
                        v[k * n + j] -= g * d[k];
                    }
                }
            }
            for (int k = 0; k <= i; k++) {
                v[k * n + i + 1] = 0;
            }
        }
        for (int j = 0; j < n; j++) {
            d[j] = v[(n - 1) * n + j];
            v[(n - 1) * n + j] = 0;
        }
        v[(n - 1) * n + n - 1] = 1;
        e[0] = 0;
    }

    /** Implicit QL on the tridiagonal (d, e); w holds the eigenvectors as rows. False if it does not converge. */
    private static boolean ql(double[] w, double[] d, double[] e, int n) {
        for (int i = 1; i < n; i++) {
            e[i - 1] = e[i];
        }
        e[n - 1] = 0;
        double f = 0;
        double tst1 = 0;
        double eps = Math.ulp(1.0);
        for (int l = 0; l < n; l++) {
            tst1 = Math.max(tst1, Math.abs(d[l]) + Math.abs(e[l]));
            int m = l;
            while (m < n && Math.abs(e[m]) > eps * tst1) {
                m++;
            }
            if (m == n) {
                m = n - 1; // e[n-1] is 0, so the loop above always stops by then; guards rounding
            }
            if (m > l) {
                int iterations = 0;
                do {
                    if (++iterations > MAX_QL_ITERATIONS) {
                        return false;
                    }
                    double g = d[l];
                    double p = (d[l + 1] - g) / (2 * e[l]);
                    double r = Math.hypot(p, 1);
                    if (p < 0) {
                        r = -r;
                    }
                    d[l] = e[l] / (p + r);
                    d[l + 1] = e[l] * (p + r);
                    double dl1 = d[l + 1];
                    double h = g - d[l];
                    for (int i = l + 2; i < n; i++) {
                        d[i] -= h;
                    }
                    f += h;
                    p = d[m];
                    double c = 1;
                    double c2 = c;
                    double c3 = c;
                    double el1 = e[l + 1];
                    double s = 0;
                    double s2 = 0;
                    for (int i = m - 1; i >= l; i--) {
                        c3 = c2;
                        c2 = c;
                        s2 = s;
                        g = c * e[i];
                        h = c * p;
                        r = Math.hypot(p, e[i]);
                        e[i + 1] = s * r;
                        s = e[i] / r;
                        c = p / r;
                        p = c * d[i] - s * g;
                        d[i + 1] = h + s * (c * g + s * d[i]);
                        int a = (i + 1) * n;
                        int b = i * n;
                        for (int k = 0; k < n; k++) {
                            double wk = w[a + k];
                            w[a + k] = s * w[b + k] + c * wk;
                            w[b + k] = c * w[b + k] - s * wk;
                        }
                    }
                    p = -s * s2 * c3 * el1 * e[l] / dl1;
                    e[l] = s * p;
                    d[l] = c * p;
                } while (Math.abs(e[l]) > eps * tst1);
            }
            d[l] = d[l] + f;
            e[l] = 0;
        }
        for (double x : d) {
            if (!Double.isFinite(x)) {
                return false;
            }
        }
        return true;
    }

    /** Cyclic Jacobi rotations (the fallback). */
    static SymmetricEigen jacobi(double[] symmetric, int k) {
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
