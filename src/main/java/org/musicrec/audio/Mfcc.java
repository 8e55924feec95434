package org.musicrec.audio;

/** librosa.feature.mfcc(S=dB mel spectrogram, n_mfcc=20): DCT-II with orthonormal scaling (scipy's norm='ortho'), no liftering. */
public final class Mfcc {
    public static final int N_MFCC = 20;

    private final double[][] basis;

    public Mfcc(int nMels, int nMfcc) {
        basis = new double[nMfcc][nMels];
        for (int k = 0; k < nMfcc; k++) {
            double scale = Math.sqrt((k == 0 ? 1.0 : 2.0) / nMels);
            for (int n = 0; n < nMels; n++) {
                basis[k][n] = scale * Math.cos(Math.PI * k * (2 * n + 1) / (2.0 * nMels));
            }
        }
    }

    public void apply(double[] melDb, double[] out) {
        for (int k = 0; k < basis.length; k++) {
            double[] b = basis[k];
            double sum = 0;
            for (int n = 0; n < b.length; n++) {
                sum += b[n] * melDb[n];
            }
            out[k] = sum;
        }
    }
}
