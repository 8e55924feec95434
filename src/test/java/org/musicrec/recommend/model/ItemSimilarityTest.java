package org.musicrec.recommend.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ItemSimilarityTest {

    @Test
    void cosineAndMostSimilarByHand() {
        // rows: (1,0) (0,1) (1,1) (0,0)
        ItemSimilarity s = new ItemSimilarity(new float[] {1, 0, 0, 1, 1, 1, 0, 0}, 2);
        assertEquals(0.0, s.cosine(0, 1), 1e-9);
        assertEquals(Math.sqrt(0.5), s.cosine(0, 2), 1e-6);
        assertEquals(0.0, s.cosine(0, 3), 1e-9, "a zero vector is similar to nothing");
        assertEquals(2, s.mostSimilar(0, new int[] {1, 2, 3}));
        assertEquals(-1, s.mostSimilar(0, new int[0]));
    }
}
