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
        Lanes.best().addRows(out, width, coef, rows, m);
    }

    /** The plain-Java form; {@link VectorLanes#addRows} does the same operations in the same order. */
    static void addToScalar(double[] out, int width, double[] coef, int rows, double[] m) {
        int r = 0;
        for (; r + 3 < rows; r += 4) {
            double c0 = coef[r];
            double c1 = coef[r + 1];
            double c2 = coef[r + 2];
            double c3 = coef[r + 3];
            int o0 = r * width;
            int o1 = o0 + width;
            int o2 = o1 + width;
            int o3 = o2 + width;
            for (int i = 0; i < width; i++) {
                out[i] = out[i] + c0 * m[o0 + i] + c1 * m[o1 + i] + c2 * m[o2 + i] + c3 * m[o3 + i];
            }
        }
        for (; r < rows; r++) {
            double c = coef[r];
            int o = r * width;
            for (int i = 0; i < width; i++) {
                out[i] += c * m[o + i];
            }
        }
    }
}
