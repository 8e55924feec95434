package org.musicrec.audio;

/**
 * librosa.feature.spectral_centroid(S=|STFT|): the magnitude-weighted mean frequency of a frame.
 * FMA called it without {@code sr}, so librosa's default 22050 Hz set the bin frequencies whatever the
 * file's rate; {@link #fmaCompatible()} reproduces that, {@link #trueHz(int)} gives physical Hz.
 */
public final class SpectralCentroid {
    /** librosa's default sample rate, which FMA's call fell back to. */
    public static final int LIBROSA_DEFAULT_SR = 22050;

    private final double binHz;

    private SpectralCentroid(double nominalRate) {
        this.binHz = nominalRate / Stft.N_FFT;
    }

    public static SpectralCentroid fmaCompatible() {
        return new SpectralCentroid(LIBROSA_DEFAULT_SR);
    }

    public static SpectralCentroid trueHz(int sampleRate) {
        return new SpectralCentroid(sampleRate);
    }

    public double of(double[] magnitudes) {
        double weighted = 0;
        double total = 0;
        for (int k = 0; k < magnitudes.length; k++) {
            weighted += k * magnitudes[k];
            total += magnitudes[k];
        }
        // librosa's normalize() leaves a frame whose sum is below float32's tiny value undivided.
        return binHz * weighted / (total < Float.MIN_NORMAL ? 1.0 : total);
    }
}
