package org.musicrec.recommend.als;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class Bm25Test {
    /**
     * User 0 played item 0 ten times and item 1 thirty; user 1 item 1 thirty; item 2 nobody. K1 = 1,
     * B = 0.5: item totals 10 and 60 (mean 35), so length norms 0.5 + 0.5 * 10/35 and 0.5 + 0.5 * 60/35;
     * idf ln(1 + 3/3) for user 0 (two items), ln(1 + 3/2) for user 1. Worked out by hand (calculator).
     */
    @Test
    void weighsCountsAsTheFormulaSays() {
        AlsData data = AlsData.of(2, 3, new int[] {0, 0, 1}, new int[] {0, 1, 1}, new float[] {10, 30, 30});
        AlsData w = Bm25.fit(data.byItem(), 1, 0.5).weigh(data);
        assertArrayEquals(new float[] {1.3025585f, 1.3262953f, 1.7532670f}, w.byUser().value(), 1e-6f);
        assertArrayEquals(new int[] {0, 0, 1}, w.byItem().index()); // both sides carry the weights
        assertEquals(1.3262953f, w.byItem().value()[1], 1e-6f);
        assertArrayEquals(new double[] {10, 60, 0}, Bm25.itemTotals(data.byItem()));
    }

    @Test
    void foldInWeighsANewUsersCountsWithTheTrainingTotals() {
        Bm25 b = Bm25.of(new double[] {10, 60, 0}, 1, 0.5);
        // A new user with the same items as user 0 gets user 0's weights; non-positive counts become 0.
        assertArrayEquals(new float[] {1.3025585f, 1.3262953f}, b.weigh(new int[] {0, 1}, new float[] {10, 30}), 1e-6f);
        assertArrayEquals(new float[] {0f, 0f}, b.weigh(new int[] {0, 1}, new float[] {0, -3}));
    }

    @Test
    void onlyBm25RunsAreWeighed() {
        AlsData data = AlsData.of(1, 1, new int[] {0}, new int[] {0}, new float[] {5});
        assertEquals(data, Bm25.prepare(data, new AlsParams(2, 0.1, 1, 1, 1L, true, Confidence.LOG)));
        assertEquals(data, Bm25.prepare(data, new AlsParams(2, 0.1, 1, 1, 1L, false, Confidence.BM25)));
    }
}
