package org.musicrec.it;

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
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * extract-features then fit-pca in the server, on the real clips plus the broken and odd files:
 * every decodable file ends up as exactly one track whose 154 features equal what the same
 * extractor computes here; every undecodable one is a job problem with its reason; the run is
 * stopped half-way and restarted, and the restart reads only the files not yet done; PCA stores
 * a model and puts coordinates on every track.
 */
final class AudioJobScenarios {

    private final AdminJobs jobs;

    AudioJobScenarios(Http admin) {
        this.jobs = new AdminJobs(admin);
    }

    void extractStopRestartThenFitPca(Path work) throws IOException {
        AudioCorpus corpus = AudioCorpus.copy(work.resolve("audio"));
        Path audio = corpus.dir();
        Map<Long, double[]> expected = corpus.decodable();
        List<String> undecodable = corpus.undecodable();

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
            // The restart reads only what the stopped run neither stored nor recorded as a failure.
            JsonObject step = end.getJsonArray("steps").getJsonObject(0);
            assertEquals(expected.size() + undecodable.size(), step.getInt("expected"), "the partitions' shares add up to every file");
            assertEquals(expected.size() + undecodable.size(), step.getInt("read_count"),
                    "the restart read only what the stopped run neither stored nor recorded as a failure (its counts carry over)");
            assertEquals("extract " + expected.size() + " written " + undecodable.size() + " skipped",
                    end.getString("exitStatus"), "over both executions, each file written or skipped once: " + stopped + " then " + end);

            corpus.assertStored(tracks, db.getCollection("job_problems"));
            for (Long id : expected.keySet()) {
                assertEquals(Boolean.TRUE, tracks.find(Filters.eq("_id", id)).first().getBoolean("placeholder"), "not in the catalogue: a placeholder");
            }
            String problems = jobs.problems(second);
            for (String f : undecodable) {
                assertTrue(problems.contains(Path.of(f).getFileName().toString()), f + " in " + problems);
            }

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
