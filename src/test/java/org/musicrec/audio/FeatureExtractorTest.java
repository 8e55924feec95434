package org.musicrec.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicrec.audio.FeatureStatistics.Statistic;

class FeatureExtractorTest {
    private final FeatureExtractor extractor = new FeatureExtractor();

    private static void assertFinite(double[] values, String what) {
        for (int i = 0; i < values.length; i++) {
            assertTrue(Double.isFinite(values[i]), what + ": column " + FeatureColumns.all().get(i).key());
        }
    }

    @Test
    void sineGivesItsZeroCrossingRateAndCentroid() {
        int sr = 22050;
        float[] y = Signals.sine(1000, sr, 5 * sr, 0.5);
        double[] v = extractor.compute(y, sr);
        double zcr = v[FeatureColumns.indexOf(FeatureColumns.ZCR, Statistic.MEDIAN, 1)];
        assertEquals(2 * 1000.0 / sr, zcr, 1.0 / 2048);
        // at 22050 Hz FMA's centroid quirk changes nothing
        assertEquals(1000, v[FeatureColumns.indexOf(FeatureColumns.SPECTRAL_CENTROID, Statistic.MEDIAN, 1)], 10);
    }

    @Test
    void fmaCentroidIsHalfTheTrueOneAt44kHz() {
        int sr = 44100;
        float[] y = Signals.sine(3000, sr, sr, 0.5);
        int median = FeatureColumns.indexOf(FeatureColumns.SPECTRAL_CENTROID, Statistic.MEDIAN, 1);
        double fma = extractor.compute(y, sr)[median];
        double truth = new FeatureExtractor(new AudioDecoder(), false).compute(y, sr)[median];
        assertEquals(3000, truth, 30);
        assertEquals(truth / 2, fma, 1e-9);
    }

    @Test
    void silenceAndTinyClipsGiveFiniteNumbers() {
        assertFinite(extractor.compute(new float[44100], 44100), "silence");
        assertFinite(extractor.compute(new float[] {0.3f}, 44100), "one sample");
        assertFinite(extractor.compute(Signals.sine(440, 8000, 100, 0.1), 8000), "100 samples");
        double[] silent = extractor.compute(new float[44100], 44100);
        assertEquals(-3.0, silent[FeatureColumns.indexOf(FeatureColumns.MFCC, Statistic.KURTOSIS, 1)]);
        assertEquals(-100 * Math.sqrt(128), silent[FeatureColumns.indexOf(FeatureColumns.MFCC, Statistic.MEAN, 1)], 1e-9);
    }

    @Test
    void filesClaimingManySampleRatesKeepOnlyAFewMelBanks() {
        FeatureExtractor e = new FeatureExtractor();
        for (int rate = 8000; rate < 8000 + 40; rate++) {
            assertFinite(e.compute(new float[4096], rate), "rate " + rate);
        }
        assertEquals(FeatureExtractor.MEL_BANKS_KEPT, e.melBanksHeld());
        double[] again = e.compute(Signals.sine(1000, 22050, 22050, 0.5), 22050);
        assertEquals(new FeatureExtractor().compute(Signals.sine(1000, 22050, 22050, 0.5), 22050)[0], again[0], 0,
                "a bank dropped and built again gives the same features");
    }

    @Test
    void oneInstanceGivesTheSameResultsFromManyThreads(@TempDir Path dir) throws Exception {
        Path a = Signals.writeWav(dir, "0007.wav", Signals.sine(440, 22050, 22050, 0.4), 22050);
        Path b = Signals.writeWav(dir, "b.wav", Signals.sine(3000, 44100, 44100, 0.2), 44100);
        TrackFeatures expectedA = extractor.extract(a);
        TrackFeatures expectedB = extractor.extract(b);
        assertEquals("7", expectedA.trackId());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<TrackFeatures>> results = pool.invokeAll(List.of(
                    () -> extractor.extract(a), () -> extractor.extract(b), () -> extractor.extract(a), () -> extractor.extract(b)));
            for (int i = 0; i < results.size(); i++) {
                assertEquals(i % 2 == 0 ? expectedA : expectedB, results.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void trackFeaturesMapUsesFmaColumnKeysInOrder() throws Exception {
        TrackFeatures f = new TrackFeatures("1", extractor.compute(Signals.sine(440, 8000, 8000, 0.5), 8000), 8000, 1.0);
        List<String> keys = List.copyOf(f.toMap().keySet());
        assertEquals(154, keys.size());
        assertEquals("mfcc,kurtosis,01", keys.get(0));
        assertEquals("mfcc,mean,01", keys.get(40));
        assertEquals("spectral_centroid,kurtosis,01", keys.get(140));
        assertEquals("zcr,std,01", keys.get(153));
    }
}
