package org.musicrec.recommend.als;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;

/**
 * The factors held fixed during a half-iteration (or by fold-in), with what the implicit solves
 * need computed once: the Gram matrix Y^T Y and, for the low-rank shortcut in
 * {@link NormalEquations}, its eigenbasis Q and every row projected onto it (y^T Q). All of it is a
 * deterministic function of the factors, so a restart that recomputes it gets identical bits.
 */
public final class FixedSide {
    private static final int CHUNK_ROWS = 512;

    final float[] factors;
    final int rank;
    final int rows;
    final double[] gram;
    final double[] basis;
    /** Q^T, row-major (row l = eigenvector l), for the back-transform x = Q x'. */
    final double[] basisTransposed;
    final double[] eigenvalues;
    /** The least of {@link #eigenvalues} (NaN if any is NaN), or NaN without an eigenbasis. */
    final double smallestEigenvalue;
    final double[] projected;

    private FixedSide(float[] factors, int rank, double[] gram, double[] basis, double[] eigenvalues, double[] projected) {
        this.factors = factors;
        this.rank = rank;
        this.rows = factors.length / rank;
        this.gram = gram;
        this.basis = basis;
        this.basisTransposed = basis == null ? null : transpose(basis, rank);
        this.eigenvalues = eigenvalues;
        this.smallestEigenvalue = smallest(eigenvalues);
        this.projected = projected;
    }

    /** For explicit feedback: nothing to precompute. */
    public static FixedSide explicit(float[] factors, int rank) {
        return new FixedSide(factors, rank, null, null, null, null);
    }

    /**
     * For implicit feedback. {@code pool} may be null; {@code projectAll} precomputes y^T Q for every
     * row (rows x rank doubles), worth it when many rows will be solved against these factors.
     */
    public static FixedSide implicit(float[] factors, int rank, ExecutorService pool, boolean projectAll) {
        return implicit(factors, rank, pool, true, projectAll);
    }

    /**
     * As {@link #implicit(float[], int, ExecutorService, boolean)}; without {@code shortcut} no eigenbasis
     * is computed, which is only right when no row solved against this side would take the low-rank path
     * (then every solve is the direct one anyway and the result is the same).
     */
    static FixedSide implicit(float[] factors, int rank, ExecutorService pool, boolean shortcut, boolean projectAll) {
        double[] gram = Gram.of(factors, rank, pool);
        if (!shortcut) {
            return new FixedSide(factors, rank, gram, null, null, null);
        }
        SymmetricEigen eigen = SymmetricEigen.of(gram, rank);
        double[] values = eigen.values;
        double[] basis = eigen.vectors;
        FixedSide side = new FixedSide(factors, rank, gram, basis, values, null);
        if (!projectAll) {
            return side;
        }
        double[] projected = new double[factors.length];
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int from = 0; from < side.rows; from += CHUNK_ROWS) {
            int start = from;
            int end = Math.min(side.rows, from + CHUNK_ROWS);
            tasks.add(() -> {
                for (int r = start; r < end; r++) {
                    side.project(r, projected, r * rank);
                }
                return null;
            });
        }
        Parallel.invokeAll(pool, tasks);
        return new FixedSide(factors, rank, gram, basis, values, projected);
    }

    private static double smallest(double[] values) {
        if (values == null) {
            return Double.NaN;
        }
        double min = Double.POSITIVE_INFINITY;
        for (double v : values) {
            if (Double.isNaN(v)) {
                return Double.NaN;
            }
            min = Math.min(min, v);
        }
        return min;
    }

    private static double[] transpose(double[] m, int k) {
        double[] t = new double[k * k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                t[j * k + i] = m[i * k + j];
            }
        }
        return t;
    }

    /** The same factors without the eigenbasis, forcing every solve onto the direct k x k path (for tests). */
    FixedSide withoutShortcut() {
        return new FixedSide(factors, rank, gram, null, null, null);
    }

    /** Y^T Y (k x k, row-major), or null for explicit feedback. */
    public double[] gram() {
        return gram;
    }

    /** Writes y_row^T Q into {@code out}; trainer and fold-in share it so their values agree bit for bit. */
    void project(int row, double[] out, int outOffset) {
        int off = row * rank;
        for (int l = 0; l < rank; l++) {
            out[outOffset + l] = 0;
        }
        for (int i = 0; i < rank; i++) {
            double yi = factors[off + i];
            int qi = i * rank;
            for (int l = 0; l < rank; l++) {
                out[outOffset + l] += yi * basis[qi + l];
            }
        }
    }
}
