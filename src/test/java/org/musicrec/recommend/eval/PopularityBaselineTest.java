package org.musicrec.recommend.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;
import org.musicrec.recommend.als.AlsData;

class PopularityBaselineTest {
    @Test
    void ranksByInteractionCountNotWeightAndSkipsTheUsersOwnItems() {
        // item 2: 3 users; item 0: 2 users (huge weights); items 1 and 3: 1 user each; item 4 never seen.
        AlsData d = AlsData.of(3, 5,
                new int[] {0, 1, 2, 0, 1, 2, 1},
                new int[] {2, 2, 2, 0, 0, 3, 1},
                new float[] {1, 1, 1, 1000, 1000, 1, 1});
        PopularityBaseline p = new PopularityBaseline(d.byItem());
        assertArrayEquals(new int[] {2, 0, 1, 3}, p.recommend(10, new int[0], 0, 0));
        assertArrayEquals(new int[] {0, 1}, p.recommend(2, new int[] {2, 3}, 0, 2));
    }
}
