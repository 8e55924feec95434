package org.musicrec.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpectralCentroidTest {
    private static double centroidOfFrame(float[] y, SpectralCentroid c, int t) {
        double[] mag = new double[Stft.BINS];
        new Stft().magnitudes(y, t, mag);
        return c.of(mag);
    }

    @Test
    void pureSineCentroidIsItsFrequency() {
        int sr = 44100;
        for (double hz : new double[] {441.0, 1000.0, 5512.5}) {
            float[] y = Signals.sine(hz, sr, sr, 0.5);
            // a Hann window leaks symmetrically around the peak, so the centroid stays on the tone
            assertEquals(hz, centroidOfFrame(y, SpectralCentroid.trueHz(sr), 20), hz * 0.01, "true centroid of " + hz);
        }
    }

    @Test
    void fmaQuirkLabelsBinsAsIf22050Hz() {
        int sr = 44100;
        float[] y = Signals.sine(2000, sr, sr, 0.5);
        double truth = centroidOfFrame(y, SpectralCentroid.trueHz(sr), 20);
        double fma = centroidOfFrame(y, SpectralCentroid.fmaCompatible(), 20);
        assertEquals(truth / 2, fma, 1e-9);
    }

    @Test
    void silentFrameHasCentroidZero() {
        assertEquals(0.0, SpectralCentroid.fmaCompatible().of(new double[Stft.BINS]));
    }

    @Test
    void handComputedWeightedMean() {
        double[] mag = new double[Stft.BINS];
        mag[10] = 1;
        mag[30] = 3; // weighted mean bin (10 + 90) / 4 = 25
        assertEquals(25 * 22050.0 / 2048, SpectralCentroid.fmaCompatible().of(mag), 1e-9);
    }
}
