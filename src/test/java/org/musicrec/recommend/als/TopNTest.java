package org.musicrec.recommend.als;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class TopNTest {
    // rank 2; scores for query (1, 0.5): item0 1.0, item1 2.5, item2 0.5, item3 2.5, item4 -1, item5 3.0
    private static final float[] ITEMS = {1, 0, 2, 1, 0, 1, 2, 1, -1, 0, 3, 0};
    private static final float[] QUERY = {1, 0.5f};

    @Test
    void ranksByScoreWithTiesToTheLowerItem() {
        TopN.Ranked r = TopN.of(QUERY, ITEMS, 2, 3, new int[0]);
        assertArrayEquals(new int[] {5, 1, 3}, r.items());
        assertArrayEquals(new float[] {3f, 2.5f, 2.5f}, r.scores());
    }

    @Test
    void skipsExcludedItemsEvenWithDuplicatesInTheList() {
        TopN.Ranked r = TopN.of(QUERY, ITEMS, 2, 3, new int[] {1, 1, 5});
        assertArrayEquals(new int[] {3, 0, 2}, r.items());
    }

    @Test
    void kLargerThanTheCandidatesReturnsThemAll() {
        TopN.Ranked r = TopN.of(QUERY, 0, ITEMS, 2, 6, 10, new int[] {0, 2}, 0, 2);
        assertArrayEquals(new int[] {5, 1, 3, 4}, r.items());
        assertArrayEquals(new int[0], TopN.of(QUERY, ITEMS, 2, 0, new int[0]).items());
    }
}
