package org.musicrec.audio;

import be.tarsos.dsp.util.fft.FFT;

/**
 * librosa's short-time Fourier transform magnitudes as FMA used them: n_fft 2048, hop 512, a
 * periodic Hann window (TarsosDSP's HannWindow is the symmetric one, so the window is built here),
 * frames centred by reflect-padding n_fft/2 samples at each end. TarsosDSP's FFT does the transform.
 * Not thread-safe: one instance per thread (it is cheap).
 */
public final class Stft {
    public static final int N_FFT = 2048;
    public static final int HOP = 512;
    public static final int BINS = N_FFT / 2 + 1;

    private static final double[] WINDOW = periodicHann(N_FFT);

    private final FFT fft = new FFT(N_FFT);
    private final float[] buffer = new float[N_FFT];

    /** librosa's frame count for a centred transform: 1 + floor(n / hop). */
    public static int frameCount(int samples) {
        return 1 + samples / HOP;
    }

    /** Writes |STFT| of frame {@code t} into {@code magnitudes} (length {@link #BINS}). */
    public void magnitudes(float[] y, int t, double[] magnitudes) {
        int start = t * HOP - N_FFT / 2;
        int n = y.length;
        if (start >= 0 && start + N_FFT <= n) {
            for (int i = 0; i < N_FFT; i++) {
                buffer[i] = (float) (WINDOW[i] * y[start + i]);
            }
        } else {
            for (int i = 0; i < N_FFT; i++) {
                buffer[i] = (float) (WINDOW[i] * y[reflect(start + i, n)]);
            }
        }
        fft.forwardTransform(buffer);
        // Packed real-FFT layout: [Re0, Re(N/2), Re1, Im1, Re2, Im2, ...].
        magnitudes[0] = Math.abs(buffer[0]);
        magnitudes[BINS - 1] = Math.abs(buffer[1]);
        for (int k = 1; k < BINS - 1; k++) {
            double re = buffer[2 * k];
            double im = buffer[2 * k + 1];
            magnitudes[k] = Math.sqrt(re * re + im * im);
        }
    }

    /** numpy's 'reflect' padding (mirror without repeating the edge), applied as often as needed. */
    static int reflect(int i, int n) {
        if (n == 1) {
            return 0;
        }
        int period = 2 * (n - 1);
        int m = Math.floorMod(i, period);
        return m < n ? m : period - m;
    }

    /** scipy.signal.get_window('hann', N, fftbins=True): 0.5 - 0.5 cos(2 pi n / N). */
    static double[] periodicHann(int size) {
        double[] w = new double[size];
        for (int i = 0; i < size; i++) {
            w[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / size);
        }
        return w;
    }
}
