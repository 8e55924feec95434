package org.musicrec.recommend.als;

/**
 * {@code out[0..width) += sum_r coef[r] * m[r * width .. r * width + width)}: a combination of the rows of
 * a row-major matrix, four rows per pass so each element of {@code out} is loaded and stored once per four
 * rows (the inner loop is the form the JIT vectorises). The terms are added in one fixed order, left to
 * right, so every caller gets the same bits on every run and thread count: the trainer and the fold-in
 * agree exactly where they share a path.
 */
final class RowCombination {
    private RowCombination() {
    }

    static void addTo(double[] out, int width, double[] coef, int rows, double[] m) {
        addTo(Lanes.best(), out, width, coef, rows, m);
    }

    /** As {@link #addTo(double[], int, double[], int, double[])} with the given kernels (same bits with any). */
    static void addTo(Lanes lanes, double[] out, int width, double[] coef, int rows, double[] m) {
        int r = 0;
        for (; r + 3 < rows; r += 4) {
            lanes.addFourRows(out, width, m, r * width, coef[r], coef[r + 1], coef[r + 2], coef[r + 3]);
        }
        for (; r < rows; r++) {
            lanes.addRow(out, width, m, r * width, coef[r]);
        }
    }
}
