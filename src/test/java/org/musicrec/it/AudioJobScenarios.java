package org.musicrec.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bson.Document;
import org.musicrec.audio.DecodeException;
import org.musicrec.audio.FeatureExtractor;
import org.musicrec.platform.DataDir;

/**
 * extract-features then fit-pca in the server, on the real clips plus the broken and odd files:
 * every decodable file ends up as exactly one track whose 154 features equal what the same
 * extractor computes here; every undecodable one is a job problem with its reason; the run is
 * stopped half-way and restarted from its partitions' checkpoints; PCA stores a model and puts
 * coordinates on every track.
 */
final class AudioJobScenarios {

    private final AdminJobs jobs;

    AudioJobScenarios(Http admin) {
        this.jobs = new AdminJobs(admin);
    }

    /** The real clips as they are, and the audio-bad files under numeric names (900001...). */
    static Path corpus(Path dir) throws IOException {
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
        return dir;
    }

    void extractStopRestartThenFitPca(Path work) throws IOException {
        Path audio = corpus(work.resolve("audio"));
        Map<Long, double[]> expected = new HashMap<>();
        List<String> undecodable = new ArrayList<>();
        FeatureExtractor local = new FeatureExtractor();
        try (Stream<Path> s = Files.list(audio)) {
            for (Path f : s.sorted().toList()) {
                try {
                    expected.put(Long.parseLong(f.getFileName().toString().replaceFirst("\\..*", "")), local.extract(f).values());
                } catch (DecodeException e) {
                    undecodable.add(f.toString());
                }
            }
        }
        assertTrue(undecodable.size() >= 3, "the broken files must fail to decode: " + undecodable);

        try (MongoClient client = MongoClients.create(ItServices.get().config().mongoUri())) {
            MongoDatabase db = client.getDatabase("musicrec");
            MongoCollection<Document> tracks = db.getCollection("tracks");
            long first = jobs.launch("extract-features", "{\"audioDir\":\"" + audio + "\",\"partitions\":2}");
            Poll.until(Duration.ofMinutes(3), () -> tracks.countDocuments(Filters.exists("features")), n -> n >= 6, "some features stored");
            jobs.stop(first);
            JsonObject stopped = jobs.awaitEnd(first);
            assertEquals("STOPPED", stopped.getString("status"), "stopped half-way: " + stopped);
            long stoppedAt = tracks.countDocuments(Filters.exists("features"));
            assertTrue(stoppedAt < expected.size(), "not all done before the stop: " + stoppedAt);

            long second = jobs.restart(first);
            JsonObject end = jobs.awaitEnd(second);
            assertEquals("COMPLETED", end.getString("status"), end.toString());
            // Writes are counted again when a restart replays a chunk (the upserts make that harmless), skips once.
            assertEquals(expected.size() + undecodable.size(), end.getJsonArray("steps").getJsonObject(0).getInt("expected"),
                    "the partitions' shares add up to every file");
            assertTrue(end.getString("exitStatus").matches("extract \\d+ written " + undecodable.size() + " skipped"), end.getString("exitStatus"));

            assertEquals(expected.size(), tracks.countDocuments(Filters.exists("features")), "one track per decodable file");
            for (Map.Entry<Long, double[]> e : expected.entrySet()) {
                Document t = tracks.find(Filters.eq("_id", e.getKey())).first();
                double[] stored = t.getList("features", Number.class).stream().mapToDouble(Number::doubleValue).toArray();
                assertArrayEquals(e.getValue(), stored, 1e-9, "track " + e.getKey());
                assertEquals(Boolean.TRUE, t.getBoolean("placeholder"), "not in the catalogue: a placeholder");
            }
            String problems = jobs.problems(second);
            for (String f : undecodable) {
                assertTrue(problems.contains(Path.of(f).getFileName().toString()), f + " in " + problems);
            }
            assertEquals(undecodable.size(), db.getCollection("job_problems")
                    .countDocuments(Filters.eq("job", "extract-features")), "each failure recorded once");

            long fit = jobs.launch("fit-pca", "{}");
            JsonObject fitted = jobs.awaitEnd(fit);
            assertEquals("COMPLETED", fitted.getString("status"), fitted.toString());
            Document model = db.getCollection("pca_models").find(Filters.eq("active", true)).first();
            int components = model.getList("components", Object.class).size();
            assertTrue(components >= 2, "at least 2 components");
            assertEquals(expected.size(), model.getInteger("trackCount"));
            assertEquals(expected.size(), tracks.countDocuments(Filters.and(Filters.exists("features"), Filters.size("pcaCoordinates", components))));

            // A track that arrives after the fit is projected with the stored model, without refitting.
            Path later = Files.createDirectories(work.resolve("later"));
            Files.copy(audio.resolve("100001.mp3"), later.resolve("777777.mp3"));
            JsonObject added = jobs.awaitEnd(jobs.launch("extract-features", "{\"audioDir\":\"" + later + "\",\"partitions\":1}"));
            assertEquals("COMPLETED", added.getString("status"), added.toString());
            Document newcomer = tracks.find(Filters.eq("_id", 777777L)).first();
            assertEquals(components, newcomer.getList("pcaCoordinates", Number.class).size());
            assertEquals(model.getInteger("version"), newcomer.getInteger("pcaModelVersion"));
            assertEquals(1, db.getCollection("pca_models").countDocuments(), "no refit");
        }
    }
}
