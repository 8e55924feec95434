package org.musicrec.audio;

/**
 * librosa.filters.mel(sr, n_fft=2048, n_mels=128) with its defaults: triangles from 0 Hz to sr/2 on
 * the Slaney mel scale (linear 200/3 Hz per mel below 1 kHz, logarithmic above with step ln(6.4)/27),
 * each scaled by 2 / (upper edge - lower edge) so that its area is constant. Stored sparsely, since
 * each band touches only the FFT bins between its edges. Immutable.
 */
public final class MelFilterBank {
    public static final int N_MELS = 128;

    private static final double F_SP = 200.0 / 3;
    private static final double MIN_LOG_HZ = 1000.0;
    private static final double MIN_LOG_MEL = MIN_LOG_HZ / F_SP;
    private static final double LOG_STEP = Math.log(6.4) / 27.0;

    private final int[] firstBin;
    private final double[][] weights;

    public MelFilterBank(int sampleRate, int nFft, int nMels) {
        int bins = nFft / 2 + 1;
        double[] fft = new double[bins];
        for (int k = 0; k < bins; k++) {
            fft[k] = k * ((double) sampleRate / nFft); // numpy.fft.rfftfreq
        }
        double maxMel = hzToMel(sampleRate / 2.0);
        double[] edges = new double[nMels + 2];
        for (int i = 0; i < edges.length; i++) {
            edges[i] = melToHz(maxMel * i / (nMels + 1));
        }
        firstBin = new int[nMels];
        weights = new double[nMels][];
        double[] row = new double[bins];
        for (int m = 0; m < nMels; m++) {
            double norm = 2.0 / (edges[m + 2] - edges[m]);
            int lo = -1;
            int hi = -1;
            for (int k = 0; k < bins; k++) {
                double lower = (fft[k] - edges[m]) / (edges[m + 1] - edges[m]);
                double upper = (edges[m + 2] - fft[k]) / (edges[m + 2] - edges[m + 1]);
                row[k] = Math.max(0, Math.min(lower, upper)) * norm;
                if (row[k] > 0) {
                    lo = lo < 0 ? k : lo;
                    hi = k;
                }
            }
            firstBin[m] = Math.max(lo, 0);
            weights[m] = lo < 0 ? new double[0] : java.util.Arrays.copyOfRange(row, lo, hi + 1);
        }
    }

    public static double hzToMel(double hz) {
        return hz >= MIN_LOG_HZ ? MIN_LOG_MEL + Math.log(hz / MIN_LOG_HZ) / LOG_STEP : hz / F_SP;
    }

    public static double melToHz(double mel) {
        return mel >= MIN_LOG_MEL ? MIN_LOG_HZ * Math.exp(LOG_STEP * (mel - MIN_LOG_MEL)) : F_SP * mel;
    }

    public int bands() {
        return weights.length;
    }

    /** The weight of FFT bin {@code k} in band {@code m} (dense view, for tests). */
    public double weight(int m, int k) {
        int i = k - firstBin[m];
        return i >= 0 && i < weights[m].length ? weights[m][i] : 0;
    }

    /** mel[m] = sum_k W[m][k] |S_k|^2, from magnitudes. */
    public void applyToPower(double[] magnitudes, double[] mel) {
        for (int m = 0; m < weights.length; m++) {
            double[] w = weights[m];
            int base = firstBin[m];
            double sum = 0;
            for (int i = 0; i < w.length; i++) {
                double s = magnitudes[base + i];
                sum += w[i] * s * s;
            }
            mel[m] = sum;
        }
    }
}
