package org.musicrec.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.bson.Document;
import org.musicrec.audio.DecodeException;
import org.musicrec.audio.FeatureExtractor;
import org.musicrec.platform.DataDir;

/**
 * The audio the extract-features drills run on: the real clips as they are and the broken and odd
 * files under numeric names (900001...), with what the same extractor computes for each here, so a
 * test can say exactly which documents the job must leave behind.
 */
record AudioCorpus(Path dir, Map<Long, double[]> decodable, List<String> undecodable) {

    /** Whether the shared clips are there; under {@code CI=true} their absence fails the calling test. */
    static boolean available() {
        return DataDir.available("audio-real", "audio-bad");
    }

    /** Copies the corpus into {@code dir} (skipping the calling test when the shared data is absent, failing it under CI). */
    static AudioCorpus copy(Path dir) throws IOException {
        Path real = DataDir.require("audio-real");
        Path bad = DataDir.require("audio-bad");
        Files.createDirectories(dir);
        try (Stream<Path> s = Files.list(real)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".mp3")).sorted().toList()) {
                Files.copy(p, dir.resolve(p.getFileName()));
            }
        }
        int id = 900001;
        try (Stream<Path> s = Files.list(bad)) {
            for (Path p : s.filter(f -> !f.getFileName().toString().endsWith(".md")).sorted().toList()) {
                String name = p.getFileName().toString();
                Files.copy(p, dir.resolve(id++ + name.substring(name.lastIndexOf('.'))));
            }
        }
        Map<Long, double[]> expected = new TreeMap<>();
        List<String> failing = new ArrayList<>();
        FeatureExtractor local = new FeatureExtractor();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.sorted().toList()) {
                try {
                    expected.put(Long.parseLong(f.getFileName().toString().replaceFirst("\\..*", "")), local.extract(f).values());
                } catch (DecodeException e) {
                    failing.add(f.toString());
                }
            }
        }
        assertTrue(failing.size() >= 3, "the broken files must fail to decode: " + failing);
        return new AudioCorpus(dir, expected, failing);
    }

    /**
     * Exactly the expected documents: one track per decodable file with the features computed here,
     * nothing else with features, and one job problem per undecodable file.
     */
    void assertStored(MongoCollection<Document> tracks, MongoCollection<Document> problems) {
        assertEquals(decodable.size(), tracks.countDocuments(Filters.exists("features")), "one track per decodable file");
        for (Map.Entry<Long, double[]> e : decodable.entrySet()) {
            Document t = tracks.find(Filters.eq("_id", e.getKey())).first();
            assertTrue(t != null, "track " + e.getKey() + " stored");
            double[] stored = t.getList("features", Number.class).stream().mapToDouble(Number::doubleValue).toArray();
            assertArrayEquals(e.getValue(), stored, 1e-9, "track " + e.getKey());
        }
        assertEquals(undecodable.size(), problems.countDocuments(Filters.eq("job", "extract-features")), "each failure recorded once");
        for (String f : undecodable) {
            assertEquals(1, problems.countDocuments(Filters.and(Filters.eq("job", "extract-features"), Filters.eq("item", f))), f);
        }
    }
}
