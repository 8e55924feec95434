package org.musicrec.recommend.als;

/**
 * A sparse matrix in compressed sparse rows: row r's entries are {@code index[rowStart[r] .. rowStart[r+1])}
 * with values alongside. Built by stable counting sorts, so the layout depends only on the input order.
 */
public record CsrMatrix(int rows, int cols, int[] rowStart, int[] index, float[] value) {

    public CsrMatrix {
        if (rowStart.length != rows + 1 || index.length != value.length || rowStart[rows] != index.length) {
            throw new IllegalArgumentException("inconsistent CSR arrays");
        }
    }

    /** Rows from triples; each row keeps its entries in input order (duplicates kept, as Spark does). */
    public static CsrMatrix of(int rows, int cols, int[] r, int[] c, float[] v) {
        if (r.length != c.length || r.length != v.length) {
            throw new IllegalArgumentException("triple arrays differ in length");
        }
        int[] start = new int[rows + 1];
        for (int n = 0; n < r.length; n++) {
            if (r[n] < 0 || r[n] >= rows || c[n] < 0 || c[n] >= cols) {
                throw new IllegalArgumentException("entry " + n + " (" + r[n] + ", " + c[n] + ") outside "
                        + rows + " x " + cols);
            }
            start[r[n] + 1]++;
        }
        for (int i = 0; i < rows; i++) {
            start[i + 1] += start[i];
        }
        int[] next = start.clone();
        int[] index = new int[r.length];
        float[] value = new float[r.length];
        for (int n = 0; n < r.length; n++) {
            int at = next[r[n]]++;
            index[at] = c[n];
            value[at] = v[n];
        }
        return new CsrMatrix(rows, cols, start, index, value);
    }

    /** The transpose; because rows are scanned in order, each new row's entries come out sorted by index. */
    public CsrMatrix transpose() {
        int[] start = new int[cols + 1];
        for (int c : index) {
            start[c + 1]++;
        }
        for (int i = 0; i < cols; i++) {
            start[i + 1] += start[i];
        }
        int[] next = start.clone();
        int[] tIndex = new int[index.length];
        float[] tValue = new float[index.length];
        for (int row = 0; row < rows; row++) {
            for (int p = rowStart[row]; p < rowStart[row + 1]; p++) {
                int at = next[index[p]]++;
                tIndex[at] = row;
                tValue[at] = value[p];
            }
        }
        return new CsrMatrix(cols, rows, start, tIndex, tValue);
    }

    public int nnz() {
        return index.length;
    }

    public int rowLength(int row) {
        return rowStart[row + 1] - rowStart[row];
    }
}
