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
        int pad = FRAME / 2;
        // crossingsBefore[i] = sign changes between neighbours among padded samples 0..i; a frame's count is a difference.
        int[] crossingsBefore = new int[n + FRAME];
        boolean previous = y[0] < -THRESHOLD;
        int count = 0;
        for (int i = 1; i < crossingsBefore.length; i++) {
            boolean negative = y[Math.min(Math.max(i - pad, 0), n - 1)] < -THRESHOLD;
            if (negative != previous) {
                count++;
            }
            previous = negative;
            crossingsBefore[i] = count;
        }
        double[] rate = new double[frames];
        for (int t = 0; t < frames; t++) {
            int start = t * Stft.HOP;
            rate[t] = (crossingsBefore[start + FRAME - 1] - crossingsBefore[start]) / (double) FRAME;
        }
        return rate;
    }
}
