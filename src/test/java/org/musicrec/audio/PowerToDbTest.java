package org.musicrec.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PowerToDbTest {
    @Test
    void tenLog10WithAminAndAClipWideTopDbFloor() {
        double[][] p = {{1.0, 100.0, 1e-3}, {1e-7, 0.0, 10.0}};
        double max = PowerToDb.applyInPlace(p);
        assertEquals(20.0, max, 1e-12);
        // floor = 20 - 80 = -60 dB: 1e-7 (-70 dB) and 0 (amin: -100 dB) are raised to it
        assertArrayEquals(new double[] {0.0, 20.0, -30.0}, p[0], 1e-12);
        assertArrayEquals(new double[] {-60.0, -60.0, 10.0}, p[1], 1e-12);
    }

    @Test
    void silenceIsAminInDecibels() {
        double[][] p = {{0.0, 0.0}};
        PowerToDb.applyInPlace(p);
        assertArrayEquals(new double[] {-100.0, -100.0}, p[0], 1e-12);
    }
}
