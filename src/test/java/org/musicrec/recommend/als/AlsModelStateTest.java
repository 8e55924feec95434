package org.musicrec.recommend.als;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class AlsModelStateTest {
    @Test
    void initialVectorsAreSeededUnitVectors() {
        AlsModelState a = AlsModelState.initial(5, 7, 3, 42L);
        AlsModelState b = AlsModelState.initial(5, 7, 3, 42L);
        assertArrayEquals(a.userFactors(), b.userFactors());
        assertArrayEquals(a.itemFactors(), b.itemFactors());
        for (int r = 0; r < 7; r++) {
            assertEquals(1.0, AlsLoss.dot(a.userFactors(), r * 5, a.userFactors(), r * 5, 5), 1e-5);
        }
    }

    @Test
    void roundTripsThroughBytes() throws IOException {
        AlsModelState s = AlsModelState.initial(3, 10_000, 5, 1L);
        s.advanceTo(17);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.writeTo(out);
        AlsModelState back = AlsModelState.readFrom(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(17, back.nextUnit());
        assertEquals(3, back.rank());
        assertArrayEquals(s.userFactors(), back.userFactors());
        assertArrayEquals(s.itemFactors(), back.itemFactors());
    }

    @Test
    void refusesForeignOrTruncatedBytes() throws IOException {
        assertThrows(IOException.class, () -> AlsModelState.readFrom(new ByteArrayInputStream(new byte[] {1, 2, 3, 4, 5})));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AlsModelState.initial(3, 4, 5, 1L).writeTo(out);
        byte[] cut = java.util.Arrays.copyOf(out.toByteArray(), out.size() - 4);
        assertThrows(IOException.class, () -> AlsModelState.readFrom(new ByteArrayInputStream(cut)));
    }
}
