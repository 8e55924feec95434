package org.musicrec.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.bson.Document;

/**
 * replay-history in the server: a CSV history with malformed lines goes through the activity
 * stream into interactions; the malformed lines are problems with their numbers; replaying the same
 * file again changes no count (its event ids are derived from the file and the line); items the
 * catalogue lacks become placeholder tracks, once.
 */
final class ReplayJobScenarios {

    private final Http admin;
    private final AdminJobs jobs;

    ReplayJobScenarios(Http admin) {
        this.admin = admin;
        this.jobs = new AdminJobs(admin);
    }

    /** Counters may come back as 32- or 64-bit integers, depending on how the store folded them. */
    private static long number(Document d, String field) {
        return d.get(field) instanceof Number n ? n.longValue() : 0;
    }

    void replaysIntoInteractionsOnce(Path work) throws Exception {
        String u = "replay-" + UUID.randomUUID().toString().substring(0, 8);
        Path history = Files.createDirectories(work).resolve("history.csv");
        Files.writeString(history, String.join("\n",
                "user,track,type,at,count,rating",
                u + "-a,10,play,2026-01-01T10:00:00Z,3,",
                u + "-a,10,like,2026-01-01T10:05:00Z,,",
                u + "-a,10,play,2026-01-02T10:00:00Z,2,",
                u + "-b,11,rate,2026-01-03T10:00:00Z,,4",
                u + "-b,12,dance,2026-01-03T11:00:00Z,,",
                u + "-b,12,play,yesterday,,",
                u + "-b,12,skip,2026-01-04T10:00:00Z,,",
                u + "-b,replayed:" + u + ",play,2026-01-05T10:00:00Z,2,") + "\n");
        String params = "{\"file\":\"" + history + "\",\"format\":\"csv\",\"batchSize\":2}";

        JsonObject end = jobs.awaitEnd(jobs.launch("replay-history", params));
        assertEquals("COMPLETED", end.getString("status"), end.toString());
        assertEquals("replay 6 written 0 skipped", end.getString("exitStatus"));
        String problems = jobs.problems(end.getJsonNumber("executionId").longValue());
        assertTrue(problems.contains("\"line\":6") && problems.contains("\"line\":7"), problems);

        try (MongoClient client = MongoClients.create(ItServices.get().config().mongoUri())) {
            MongoCollection<Document> interactions = client.getDatabase("musicrec").getCollection("interactions");
            Document a = Poll.until(Duration.ofSeconds(90), () -> interactions.find(Filters.eq("_id", u + "-a|10")).first(),
                    d -> d != null && number(d, "plays") == 5, "u-a's plays folded in");
            assertEquals(1, number(a, "likes"));
            Document b = Poll.until(Duration.ofSeconds(90), () -> interactions.find(Filters.eq("_id", u + "-b|11")).first(),
                    d -> d != null, "u-b's rating folded in");
            assertEquals(4, number(b, "rating"));
            MongoCollection<Document> tracks = client.getDatabase("musicrec").getCollection("tracks");
            Document placeholder = tracks.find(Filters.eq("_id", "replayed:" + u)).first();
            assertTrue(placeholder != null && placeholder.getBoolean("placeholder"), "an item the catalogue lacks becomes a placeholder: " + placeholder);
            assertEquals("replayed", placeholder.getString("source"));
            for (long id : new long[] {10, 11, 12}) {
                assertEquals(1, tracks.countDocuments(Filters.eq("_id", id)), "track " + id + " exists, as catalogue track or placeholder");
            }

            JsonObject again = jobs.awaitEnd(jobs.launch("replay-history", params));
            assertEquals("COMPLETED", again.getString("status"));
            Poll.until(Duration.ofSeconds(60), () -> admin.get("api/system/messaging").json(),
                    j -> j.getJsonArray("consumers").stream().allMatch(c -> c.asJsonObject().getJsonNumber("lag").longValue() == 0),
                    "the consumers to catch up");
            Document after = interactions.find(Filters.eq("_id", u + "-a|10")).first();
            assertEquals(5, number(after, "plays"), "a replay of the same file counts nothing twice");
            assertEquals(1, number(after, "likes"));
        }
    }
}
