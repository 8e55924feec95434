package org.musicrec.audio;

import org.musicrec.catalog.TrackIds;
import java.nio.file.Path;

import org.musicrec.audio.FeatureStatistics.Statistic;
import org.musicrec.platform.memory.BoundedLruMap;

/**
 * Audio file to the 154 FMA features. Thread-safe: immutable tables (mel banks cached for the last
 * few sample rates, the DCT basis) are shared, per-call buffers are not; one clip is in memory per call, so a
 * batch partition can share one instance or create its own.
 */
public final class FeatureExtractor {
    private final AudioDecoder decoder;
    private final boolean fmaCentroid;
    private final Mfcc mfcc = new Mfcc(MelFilterBank.N_MELS, Mfcc.N_MFCC);
    /**
     * A bank is about a megabyte and the sample rate comes from the file's header, so only the banks
     * of the most recently seen rates are kept: a corpus has one or two, a hostile one any number.
     */
    static final int MEL_BANKS_KEPT = 4;
    private final BoundedLruMap<Integer, MelFilterBank> melBanks = new BoundedLruMap<>(MEL_BANKS_KEPT);

    /** FMA-compatible extractor with the default decode limits. */
    public FeatureExtractor() {
        this(new AudioDecoder(), true);
    }

    /**
     * @param fmaCentroid true for FMA's spectral centroid (bins labelled as if sampled at 22050 Hz,
     *                    half the physical value for 44.1 kHz audio), false for the centroid in Hz
     */
    public FeatureExtractor(AudioDecoder decoder, boolean fmaCentroid) {
        this.decoder = decoder;
        this.fmaCentroid = fmaCentroid;
    }

    public TrackFeatures extract(Path file) throws DecodeException {
        DecodedAudio audio = decoder.decode(file);
        return features(TrackIds.fromFileName(file), audio);
    }

    /** The features of audio already decoded. */
    public TrackFeatures features(String trackId, DecodedAudio audio) throws DecodeException {
        if (audio.samples().length == 0) {
            throw new DecodeException(DecodeException.Reason.EMPTY, trackId + ": decoded to no samples");
        }
        return new TrackFeatures(trackId, compute(audio.samples(), audio.sampleRate()), audio.sampleRate(),
                audio.durationSeconds());
    }

    /** Mel banks held (for tests). */
    int melBanksHeld() {
        return melBanks.size();
    }

    double[] compute(float[] y, int sampleRate) {
        int frames = Stft.frameCount(y.length);
        MelFilterBank bank = melBanks.computeIfAbsent(sampleRate,
                sr -> new MelFilterBank(sr, Stft.N_FFT, MelFilterBank.N_MELS));
        SpectralCentroid centroid = fmaCentroid ? SpectralCentroid.fmaCompatible() : SpectralCentroid.trueHz(sampleRate);
        Stft stft = new Stft();
        double[] magnitudes = new double[Stft.BINS];
        double[] centroids = new double[frames];
        double[][] mel = new double[frames][MelFilterBank.N_MELS];
        for (int t = 0; t < frames; t++) {
            stft.magnitudes(y, t, magnitudes);
            centroids[t] = centroid.of(magnitudes);
            bank.applyToPower(magnitudes, mel[t]);
        }
        PowerToDb.applyInPlace(mel);
        // Coefficient-major rows, so each coefficient's statistics read one contiguous array.
        double[][] coefficients = new double[Mfcc.N_MFCC][frames];
        double[] out = new double[Mfcc.N_MFCC];
        for (int t = 0; t < frames; t++) {
            mfcc.apply(mel[t], out);
            for (int k = 0; k < Mfcc.N_MFCC; k++) {
                coefficients[k][t] = out[k];
            }
        }
        double[] values = new double[FeatureColumns.count()];
        for (int k = 0; k < Mfcc.N_MFCC; k++) {
            put(values, FeatureColumns.MFCC, k + 1, FeatureStatistics.summarise(coefficients[k]));
        }
        put(values, FeatureColumns.SPECTRAL_CENTROID, 1, FeatureStatistics.summarise(centroids));
        put(values, FeatureColumns.ZCR, 1, FeatureStatistics.summarise(ZeroCrossingRate.compute(y)));
        return values;
    }

    private static void put(double[] values, String feature, int number, double[] stats) {
        for (Statistic s : Statistic.values()) {
            values[FeatureColumns.indexOf(feature, s, number)] = stats[s.ordinal()];
        }
    }
}
