package org.musicrec.audio;

/**
 * librosa.feature.zero_crossing_rate(y, frame_length=2048, hop_length=512, center=True): frames of the
 * signal padded by repeating its edge samples; |x| <= 1e-10 counts as +0; a crossing is a change of
 * sign bit between neighbours inside the frame; the rate divides by the frame length.
 */
public final class ZeroCrossingRate {
    public static final int FRAME = 2048;
    public static final double THRESHOLD = 1e-10;

    private ZeroCrossingRate() {
    }

    public static double[] compute(float[] y) {
        int n = y.length;
        int frames = Stft.frameCount(n);
        // negative[i] for the edge-padded signal, index i in [0, n + FRAME)
        int pad = FRAME / 2;
        boolean[] negative = new boolean[n + FRAME];
        for (int i = 0; i < negative.length; i++) {
            int j = Math.min(Math.max(i - pad, 0), n - 1);
            negative[i] = y[j] < -THRESHOLD;
        }
        double[] rate = new double[frames];
        for (int t = 0; t < frames; t++) {
            int start = t * Stft.HOP;
            int crossings = 0;
            for (int i = start + 1; i < start + FRAME; i++) {
                if (negative[i] != negative[i - 1]) {
                    crossings++;
                }
            }
            rate[t] = crossings / (double) FRAME;
        }
        return rate;
    }
}
