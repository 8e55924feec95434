package org.musicrec.recommend.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.musicrec.recommend.als.CsrMatrix;

/**
 * Recommends the items with the most training interactions (a count of rows, not a sum of weights),
 * skipping the user's own training items; ties go to the lower item index.
 */
public final class PopularityBaseline {
    private final int[] byPopularity;

    public PopularityBaseline(CsrMatrix byItem) {
        List<Integer> items = new ArrayList<>();
        for (int i = 0; i < byItem.rows(); i++) {
            if (byItem.rowLength(i) > 0) {
                items.add(i);
            }
        }
        items.sort(Comparator.comparingInt((Integer i) -> -byItem.rowLength(i)).thenComparingInt(i -> i));
        this.byPopularity = items.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The top k, excluding ascending item indices {@code exclude[from..to)}. */
    public int[] recommend(int k, int[] exclude, int from, int to) {
        int[] out = new int[Math.min(k, byPopularity.length)];
        int n = 0;
        for (int p = 0; p < byPopularity.length && n < out.length; p++) {
            int item = byPopularity[p];
            if (!contains(exclude, from, to, item)) {
                out[n++] = item;
            }
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    private static boolean contains(int[] sorted, int from, int to, int key) {
        return java.util.Arrays.binarySearch(sorted, from, to, key) >= 0;
    }
}
