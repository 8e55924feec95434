package org.musicrec.tools.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicrec.audio.AudioDecoder;
import org.musicrec.audio.DecodedAudio;
import org.musicrec.audio.FeatureExtractor;
import org.musicrec.catalog.TrackIds;

/**
 * The demo clips carry their genre in what the real feature extractor measures: a nearest-centroid
 * classifier on standardised features, trained on some tracks of each genre, names the genre of
 * other tracks far more often than chance (1 in 16).
 */
class DemoAudioFeaturesTest {

    private static final int TRAIN = 6;
    private static final int TEST = 4;

    @Test
    void featuresSeparateTheGenres() throws Exception {
        ClipSynthesizer synth = new ClipSynthesizer(22_050, 3.0);
        FeatureExtractor extractor = new FeatureExtractor();
        AudioDecoder decoder = new AudioDecoder();
        List<GenreVoice> voices = GenreVoice.all();
        List<double[]> train = new ArrayList<>();
        List<Integer> trainGenre = new ArrayList<>();
        List<double[]> test = new ArrayList<>();
        List<Integer> testGenre = new ArrayList<>();
        long id = 1;
        for (int g = 0; g < voices.size(); g++) {
            for (int k = 0; k < TRAIN + TEST; k++, id++) {
                byte[] wav = WavFile.of(synth.synthesize(voices.get(g), id, 7), 22_050);
                DecodedAudio audio = decoder.decode(wav);
                double[] f = extractor.features(Long.toString(id), audio).values();
                (k < TRAIN ? train : test).add(f);
                (k < TRAIN ? trainGenre : testGenre).add(g);
            }
        }
        // Standardise with the training tracks' mean and spread, then one centroid per genre.
        int d = train.get(0).length;
        double[] mean = new double[d];
        double[] sd = new double[d];
        for (double[] f : train) {
            for (int j = 0; j < d; j++) {
                mean[j] += f[j] / train.size();
            }
        }
        for (double[] f : train) {
            for (int j = 0; j < d; j++) {
                sd[j] += (f[j] - mean[j]) * (f[j] - mean[j]) / train.size();
            }
        }
        for (int j = 0; j < d; j++) {
            sd[j] = Math.sqrt(sd[j]) + 1e-9;
        }
        double[][] centroid = new double[voices.size()][d];
        for (int i = 0; i < train.size(); i++) {
            for (int j = 0; j < d; j++) {
                centroid[trainGenre.get(i)][j] += (train.get(i)[j] - mean[j]) / sd[j] / TRAIN;
            }
        }
        int right = 0;
        for (int i = 0; i < test.size(); i++) {
            int best = -1;
            double bestDistance = Double.MAX_VALUE;
            for (int g = 0; g < voices.size(); g++) {
                double s = 0;
                for (int j = 0; j < d; j++) {
                    double z = (test.get(i)[j] - mean[j]) / sd[j] - centroid[g][j];
                    s += z * z;
                }
                if (s < bestDistance) {
                    bestDistance = s;
                    best = g;
                }
            }
            right += best == testGenre.get(i) ? 1 : 0;
        }
        double accuracy = (double) right / test.size();
        System.out.printf("demo clips: nearest-centroid genre accuracy %.3f on %d held-out tracks (chance %.3f)%n",
                accuracy, test.size(), 1.0 / voices.size());
        assertTrue(accuracy >= 0.6, "accuracy " + accuracy + " should be well above chance " + 1.0 / voices.size());
    }

    @Test
    void archiveIsNamedAsFmaAndSeeded(@TempDir Path dir) throws Exception {
        Map<Long, String> genres = new TreeMap<>();
        for (long id = 1; id <= 40; id++) {
            genres.put(id * 37, GenreVoice.all().get((int) (id % 16)).genre());
        }
        genres.put(9999L, "No Such Genre");
        DemoAudioArchive archive = new DemoAudioArchive(new ClipSynthesizer(16_000, 1.0), 5);
        DemoAudioArchive.Summary s = archive.write(genres, 12, dir.resolve("a.zip"));
        assertEquals(12, s.clips());
        List<Long> ids = new ArrayList<>();
        try (ZipFile zip = new ZipFile(dir.resolve("a.zip").toFile())) {
            for (var e : Collections.list(zip.entries())) {
                long id = TrackIds.parse(e.getName());
                assertTrue(genres.containsKey(id) && id != 9999L, e.getName());
                assertEquals(Long.toString(id), TrackIds.fromFileName(Path.of(e.getName())));
                assertEquals(String.format("fma_demo/%03d/%06d.wav", id / 1000, id), e.getName());
                DecodedAudio audio = new AudioDecoder().decode(zip.getInputStream(e).readAllBytes());
                assertEquals(16_000, audio.sampleRate());
                assertEquals(1, audio.channels());
                assertEquals(1.0, audio.durationSeconds(), 1e-3);
                ids.add(id);
            }
        }
        assertEquals(ids.stream().sorted().toList(), ids);
        archive.write(genres, 12, dir.resolve("b.zip"));
        assertArrayEquals(digest(dir.resolve("a.zip")), digest(dir.resolve("b.zip")));
    }

    private static byte[] digest(Path f) throws Exception {
        // Entry times differ between two writes; compare the uncompressed contents.
        java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
        try (ZipFile zip = new ZipFile(f.toFile())) {
            for (var e : Collections.list(zip.entries())) {
                md.update(e.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update(zip.getInputStream(e).readAllBytes());
            }
        }
        return md.digest();
    }
}
