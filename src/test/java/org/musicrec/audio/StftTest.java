package org.musicrec.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StftTest {
    @Test
    void periodicHannMatchesScipyDefinition() {
        double[] w = Stft.periodicHann(8);
        // 0.5 - 0.5 cos(2 pi n / 8): 0, 0.1464, 0.5, 0.8536, 1, 0.8536, 0.5, 0.1464 (periodic: no final zero)
        double[] expected = {0, 0.5 - 0.5 * Math.sqrt(0.5), 0.5, 0.5 + 0.5 * Math.sqrt(0.5), 1, 0.5 + 0.5 * Math.sqrt(0.5), 0.5,
                0.5 - 0.5 * Math.sqrt(0.5)};
        assertArrayEquals(expected, w, 1e-15);
    }

    @Test
    void reflectPaddingMirrorsWithoutRepeatingTheEdge() {
        // numpy.pad([0,1,2,3], 3, 'reflect') = [3,2,1, 0,1,2,3, 2,1,0]
        int[] expected = {3, 2, 1, 0, 1, 2, 3, 2, 1, 0};
        for (int i = -3; i <= 6; i++) {
            assertEquals(expected[i + 3], Stft.reflect(i, 4), "index " + i);
        }
        assertEquals(0, Stft.reflect(-5, 1));
    }

    @Test
    void frameCountIsLibrosas() {
        assertEquals(1, Stft.frameCount(1));
        assertEquals(1, Stft.frameCount(511));
        assertEquals(2, Stft.frameCount(512));
        assertEquals(2584, Stft.frameCount(1_323_000));
    }

    @Test
    void constantSignalPutsEverythingInBinZero() {
        float[] y = new float[8192];
        java.util.Arrays.fill(y, 0.5f);
        double[] mag = new double[Stft.BINS];
        new Stft().magnitudes(y, 4, mag);
        // sum of a periodic Hann window of length N is N/2
        assertEquals(0.5 * Stft.N_FFT / 2, mag[0], 1e-3);
        assertEquals(0.5 * Stft.N_FFT / 4, mag[1], 1e-3); // the window's first sidelobe bin: N/4
        for (int k = 2; k < Stft.BINS; k++) {
            assertEquals(0, mag[k], 1e-3, "bin " + k);
        }
    }

    @Test
    void binCentredSinePeaksAtItsBin() {
        int sr = 22050;
        int bin = 100;
        float[] y = Signals.sine(bin * (double) sr / Stft.N_FFT, sr, 16384, 1.0);
        double[] mag = new double[Stft.BINS];
        new Stft().magnitudes(y, 10, mag);
        // Hann window: amplitude N/4 at the bin, N/8 at each neighbour, (almost) nothing elsewhere
        assertEquals(Stft.N_FFT / 4.0, mag[bin], 0.05);
        assertEquals(Stft.N_FFT / 8.0, mag[bin - 1], 0.05);
        assertEquals(Stft.N_FFT / 8.0, mag[bin + 1], 0.05);
        assertEquals(0, mag[bin + 5], 0.05);
    }
}
