package org.musicrec.recommend.als;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CsrMatrixTest {
    @Test
    void bothSidesAreSortedByIndexWithinARow() {
        // users x items: (1,2)=5 (0,1)=3 (1,0)=4 (0,2)=1
        AlsData d = AlsData.of(2, 3, new int[] {1, 0, 1, 0}, new int[] {2, 1, 0, 2}, new float[] {5, 3, 4, 1});
        assertArrayEquals(new int[] {0, 2, 4}, d.byUser().rowStart());
        assertArrayEquals(new int[] {1, 2, 0, 2}, d.byUser().index());
        assertArrayEquals(new float[] {3, 1, 4, 5}, d.byUser().value());
        assertArrayEquals(new int[] {0, 1, 2, 4}, d.byItem().rowStart());
        assertArrayEquals(new int[] {1, 0, 0, 1}, d.byItem().index());
        assertArrayEquals(new float[] {4, 3, 1, 5}, d.byItem().value());
        assertEquals(2, d.byItem().rowLength(2));
    }

    @Test
    void rejectsIndicesOutsideTheShape() {
        assertThrows(IllegalArgumentException.class,
                () -> AlsData.of(2, 3, new int[] {2}, new int[] {0}, new float[] {1}));
        assertThrows(IllegalArgumentException.class,
                () -> AlsData.of(2, 3, new int[] {0}, new int[] {-1}, new float[] {1}));
    }
}
