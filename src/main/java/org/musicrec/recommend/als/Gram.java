package org.musicrec.recommend.als;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;

/**
 * Y^T Y of a factor matrix (the implicit-feedback trick: the cost of all unobserved entries in one
 * k x k matrix). Rows are summed in fixed chunks whose partial sums are added in chunk order, so the
 * result is bit-identical whatever the number of threads.
 */
public final class Gram {
    private static final int CHUNK_ROWS = 2048;

    private Gram() {
    }

    /** Y^T Y, row-major k x k, full (both triangles); {@code pool} may be null to run in the caller. */
    public static double[] of(float[] factors, int rank, ExecutorService pool) {
        int rows = factors.length / rank;
        int chunks = Math.max(1, (rows + CHUNK_ROWS - 1) / CHUNK_ROWS);
        List<Callable<double[]>> tasks = new ArrayList<>(chunks);
        for (int c = 0; c < chunks; c++) {
            int from = c * CHUNK_ROWS;
            int to = Math.min(rows, from + CHUNK_ROWS);
            tasks.add(() -> partial(factors, rank, from, to));
        }
        List<double[]> parts = Parallel.invokeAll(pool, tasks);
        double[] sum = new double[rank * rank];
        for (double[] part : parts) {
            for (int i = 0; i < sum.length; i++) {
                sum[i] += part[i];
            }
        }
        for (int i = 0; i < rank; i++) {
            for (int j = 0; j < i; j++) {
                sum[j * rank + i] = sum[i * rank + j];
            }
        }
        return sum;
    }

    /**
     * Lower triangle of the chunk's sum y y^T. Rows are added four at a time, each element getting the
     * four products left to right: a quarter of the loads and stores of {@code g}, which bound the
     * one-row update. The order is fixed, so the sum is the same on every run.
     */
    private static double[] partial(float[] f, int k, int from, int to) {
        double[] g = new double[k * k];
        double[] r0 = new double[k];
        double[] r1 = new double[k];
        double[] r2 = new double[k];
        double[] r3 = new double[k];
        int r = from;
        for (; r + 3 < to; r += 4) {
            int o = r * k;
            for (int j = 0; j < k; j++) {
                r0[j] = f[o + j];
                r1[j] = f[o + k + j];
                r2[j] = f[o + 2 * k + j];
                r3[j] = f[o + 3 * k + j];
            }
            for (int i = 0; i < k; i++) {
                double a0 = r0[i];
                double a1 = r1[i];
                double a2 = r2[i];
                double a3 = r3[i];
                int ri = i * k;
                for (int j = 0; j <= i; j++) {
                    g[ri + j] = g[ri + j] + a0 * r0[j] + a1 * r1[j] + a2 * r2[j] + a3 * r3[j];
                }
            }
        }
        for (; r < to; r++) {
            int off = r * k;
            for (int j = 0; j < k; j++) {
                r0[j] = f[off + j];
            }
            for (int i = 0; i < k; i++) {
                double yi = r0[i];
                int ri = i * k;
                for (int j = 0; j <= i; j++) {
                    g[ri + j] += yi * r0[j];
                }
            }
        }
        return g;
    }
}
