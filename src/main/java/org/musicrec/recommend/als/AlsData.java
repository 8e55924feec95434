package org.musicrec.recommend.als;

/**
 * The training ratings seen from both sides: by user (rows = users, entries = items) and by item.
 * Both are sorted by index within a row, so exclusion lists for top-N can be taken straight from them.
 */
public record AlsData(CsrMatrix byUser, CsrMatrix byItem) {

    public AlsData {
        if (byUser.rows() != byItem.cols() || byUser.cols() != byItem.rows() || byUser.nnz() != byItem.nnz()) {
            throw new IllegalArgumentException("the two sides do not describe the same matrix");
        }
    }

    public static AlsData of(int numUsers, int numItems, int[] users, int[] items, float[] values) {
        CsrMatrix itemsFirst = CsrMatrix.of(numItems, numUsers, items, users, values);
        CsrMatrix byUser = itemsFirst.transpose();
        return new AlsData(byUser, byUser.transpose());
    }

    public int numUsers() {
        return byUser.rows();
    }

    public int numItems() {
        return byItem.rows();
    }

    /** The ratings whose rows are {@code side}. */
    public CsrMatrix rows(Side side) {
        return side == Side.USER ? byUser : byItem;
    }
}
