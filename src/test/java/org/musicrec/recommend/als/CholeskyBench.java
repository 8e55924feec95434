package org.musicrec.recommend.als;

import java.util.Locale;
import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealVector;

/**
 * Times one k x k SPD solve: our Cholesky against commons-math3's CholeskyDecomposition on the same
 * matrices (run by bench/als.sh; a main, not a test).
 */
public final class CholeskyBench {
    private CholeskyBench() {
    }

    public static void main(String[] args) {
        for (int k : new int[] {10, 50, 100}) {
            int n = Math.max(200, 2_000_000 / (k * k));
            double[][] systems = new double[16][];
            Random r = new Random(k);
            for (int s = 0; s < systems.length; s++) {
                double[] a = new double[k * k];
                for (int m = 0; m < 3 * k; m++) {
                    double[] y = new double[k];
                    for (int i = 0; i < k; i++) {
                        y[i] = r.nextGaussian();
                    }
                    for (int i = 0; i < k; i++) {
                        for (int j = 0; j < k; j++) {
                            a[i * k + j] += y[i] * y[j];
                        }
                    }
                }
                systems[s] = a;
            }
            double[] b0 = new double[k];
            java.util.Arrays.fill(b0, 1.0);
            double ours = 0;
            double theirs = 0;
            for (int round = 0; round < 3; round++) { // the first rounds warm the JIT; the last one counts
                long t0 = System.nanoTime();
                double sink = 0;
                for (int it = 0; it < n; it++) {
                    double[] a = systems[it % systems.length].clone();
                    double[] b = b0.clone();
                    Cholesky.solve(a, b, k);
                    sink += b[0];
                }
                long t1 = System.nanoTime();
                for (int it = 0; it < n; it++) {
                    double[] a = systems[it % systems.length];
                    Array2DRowRealMatrix m = new Array2DRowRealMatrix(k, k);
                    for (int i = 0; i < k; i++) {
                        for (int j = 0; j < k; j++) {
                            m.setEntry(i, j, a[i * k + j]);
                        }
                    }
                    RealVector x = new CholeskyDecomposition(m, 1e-10, 1e-12).getSolver().solve(new ArrayRealVector(b0));
                    sink -= x.getEntry(0);
                }
                long t2 = System.nanoTime();
                ours = (t1 - t0) / 1e3 / n;
                theirs = (t2 - t1) / 1e3 / n;
                if (Math.abs(sink) > 1e-6 * n) {
                    throw new IllegalStateException("the two solvers disagree");
                }
            }
            System.out.printf(Locale.ROOT, "cholesky k=%d: ours %.2f us/solve, commons-math3 %.2f us/solve, ratio %.1fx%n",
                    k, ours, theirs, theirs / ours);
        }
    }
}
