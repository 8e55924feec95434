package org.musicrec.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class ZeroCrossingRateTest {
    @Test
    void sineCrossesTwicePerPeriod() {
        int sr = 22050;
        double hz = 441;
        double[] zcr = ZeroCrossingRate.compute(Signals.sine(hz, sr, sr, 0.8));
        // interior frames: 2f/sr crossings per sample, within one crossing per frame
        for (int t = 4; t < zcr.length - 4; t++) {
            assertEquals(2 * hz / sr, zcr[t], 1.0 / ZeroCrossingRate.FRAME, "frame " + t);
        }
    }

    @Test
    void dcHasNoCrossings() {
        float[] y = new float[10_000];
        Arrays.fill(y, -0.3f);
        for (double v : ZeroCrossingRate.compute(y)) {
            assertEquals(0.0, v);
        }
    }

    @Test
    void alternatingSignsCrossAtEveryPairInsideTheFrame() {
        float[] y = new float[8192];
        for (int i = 0; i < y.length; i++) {
            y[i] = i % 2 == 0 ? 0.5f : -0.5f;
        }
        double[] zcr = ZeroCrossingRate.compute(y);
        assertEquals(2047.0 / 2048, zcr[8], 1e-12); // 2047 neighbour pairs in a 2048 frame
        assertEquals(Stft.frameCount(y.length), zcr.length);
    }

    @Test
    void valuesBelowThresholdCountAsPositiveZero() {
        float[] y = new float[8192];
        for (int i = 0; i < y.length; i++) {
            y[i] = i % 2 == 0 ? 1e-11f : -1e-11f;
        }
        assertEquals(0.0, ZeroCrossingRate.compute(y)[8]);
    }

    @Test
    void edgePaddingRepeatsTheEdgeSample() {
        // one sign change at sample 100: frame 0 covers padded [0, 2048) = 1024 copies of y[0] then y[0..1023]
        float[] y = new float[4096];
        Arrays.fill(y, 0, 100, -1f);
        Arrays.fill(y, 100, y.length, 1f);
        double[] zcr = ZeroCrossingRate.compute(y);
        assertEquals(1.0 / 2048, zcr[0]);
        assertEquals(0.0, zcr[4]); // padded [2048, 4096) = y[1024, 3072)
    }
}
