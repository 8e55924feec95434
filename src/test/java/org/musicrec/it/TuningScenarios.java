package org.musicrec.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * train-als with {@code tune=true} through the admin API on a small seeded catalogue: the tune step runs
 * inside the server (on its managed executor), the stored version lists every candidate and the winner,
 * its parameters are the winner's, and serving answers with that version. Then an explicit model with
 * biases on ratings of the same fixture. The fixture is removed at the end.
 */
final class TuningScenarios {
    private final Http app;
    private final Http admin;
    private final AdminJobs jobs;

    TuningScenarios(Http app, Http admin) {
        this.app = app;
        this.admin = admin;
        this.jobs = new AdminJobs(admin);
    }

    /**
     * Ratings on the same fixture, an explicit model with biases: its version says so and serving answers
     * with it; with engine=spark the launch is refused with a problem. The tuned version is active again after.
     */
    private void explicitWithBiasesIsStoredAndServed(MongoDatabase db, int tuned) {
        for (org.bson.Document d : db.getCollection("interactions").find(Filters.regex("userId", Pattern.compile("^it-user-")))) {
            long plays = ((Number) d.get("plays")).longValue();
            db.getCollection("interactions").updateOne(Filters.eq("_id", d.get("_id")),
                    com.mongodb.client.model.Updates.set("rating", (int) (1 + plays % 5)));
        }
        Http.Answer refused = admin.post("api/admin/jobs/train-als",
                "{\"implicit\":\"false\",\"biases\":\"true\",\"engine\":\"spark\"}");
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        assertTrue(refused.body().contains("biases=true needs engine=local"), refused.body());

        long exec = jobs.launch("train-als", "{\"implicit\":\"false\",\"biases\":\"true\",\"rank\":\"6\",\"iterations\":\"5\"}");
        JsonObject end = jobs.awaitEnd(exec);
        assertEquals("COMPLETED", end.getString("status"), end + " problems: " + jobs.problems(exec));
        JsonObject models = admin.get("api/admin/models").json();
        int active = models.getInt("active");
        JsonObject params = null;
        for (JsonValue v : models.getJsonArray("models")) {
            if (v.asJsonObject().getInt("version") == active) {
                params = v.asJsonObject().getJsonObject("params");
            }
        }
        assertTrue(params != null && params.getBoolean("biases") && !params.getBoolean("implicit"), String.valueOf(params));
        assertEquals(6, params.getInt("rank"));
        JsonObject served = Poll.until(Duration.ofSeconds(20),
                () -> app.get("api/users/" + TasteFixture.user(1) + "/recommendations?n=5").json(),
                r -> r.containsKey("modelVersion") && !r.isNull("modelVersion") && r.getInt("modelVersion") == active,
                "recommendations from the biased version " + active);
        assertEquals("als", served.getString("strategy"), served.toString());
        assertEquals(5, served.getJsonArray("items").size(), served.toString());
        Http.Answer back = admin.post("api/admin/models/" + tuned + "/activate", "");
        assertEquals(200, back.status(), back.body());
    }

    void tunedVersionListsItsCandidatesAndTheWinnerIsServed() throws Exception {
        try (MongoClient client = MongoClients.create(ItServices.get().config().mongoUri())) {
            MongoDatabase db = client.getDatabase("musicrec");
            TasteFixture fixture = new TasteFixture(120, 150);
            try {
                fixture.write(db, 23);
                // Three candidates: one bracket of two rungs, three short evaluations and the best trained fully.
                long exec = jobs.launch("train-als", "{\"tune\":\"true\",\"candidates\":\"3\",\"blockRows\":\"64\"}");
                JsonObject end = jobs.awaitEnd(exec);
                assertEquals("COMPLETED", end.getString("status"), end + " problems: " + jobs.problems(exec));
                JsonObject models = admin.get("api/admin/models").json();
                int active = models.getInt("active");
                JsonObject version = null;
                for (JsonValue v : models.getJsonArray("models")) {
                    if (v.asJsonObject().getInt("version") == active) {
                        version = v.asJsonObject();
                    }
                }
                assertTrue(version != null && version.containsKey("tuning"), "the active version records its search: " + models);
                JsonObject tuning = version.getJsonObject("tuning");
                JsonArray candidates = tuning.getJsonArray("candidates");
                assertEquals(3, candidates.size(), tuning.toString());
                assertEquals(4, tuning.getInt("evaluations"), tuning.toString());
                JsonObject winner = tuning.getJsonObject("winner");
                int complete = 0;
                for (int i = 0; i < candidates.size(); i++) {
                    JsonObject c = candidates.getJsonObject(i);
                    assertEquals(i, c.getInt("index"));
                    assertEquals(JsonValue.ValueType.NUMBER, c.get("validation").getValueType(), c.toString());
                    if (c.getBoolean("complete")) {
                        complete++;
                        assertEquals(c, winner, "the one fully trained candidate is the winner");
                    }
                }
                assertEquals(1, complete, tuning.toString());
                JsonObject params = version.getJsonObject("params");
                assertEquals(winner.getInt("rank"), params.getInt("rank"), params.toString());
                assertEquals(winner.getJsonNumber("reg").doubleValue(), params.getJsonNumber("reg").doubleValue());
                assertEquals(winner.getJsonNumber("alpha").doubleValue(), params.getJsonNumber("alpha").doubleValue());
                assertEquals(winner.getInt("iterations"), params.getInt("iterations"));
                assertEquals(winner.getString("confidence"), params.getString("confidence"));
                JsonObject served = Poll.until(Duration.ofSeconds(20),
                        () -> app.get("api/users/" + TasteFixture.user(0) + "/recommendations?n=5").json(),
                        r -> r.containsKey("modelVersion") && !r.isNull("modelVersion") && r.getInt("modelVersion") == active,
                        "recommendations from tuned version " + active);
                assertEquals("als", served.getString("strategy"), served.toString());
                assertEquals(5, served.getJsonArray("items").size(), served.toString());
                explicitWithBiasesIsStoredAndServed(db, active);
            } finally {
                db.getCollection("tracks").deleteMany(Filters.and(Filters.gte("_id", TasteFixture.FIRST_TRACK),
                        Filters.lte("_id", TasteFixture.FIRST_TRACK + fixture.tracks)));
                db.getCollection("genres").deleteMany(Filters.in("_id", TasteFixture.ROCK, TasteFixture.GARAGE, TasteFixture.JAZZ));
                db.getCollection("interactions").deleteMany(Filters.regex("userId", Pattern.compile("^it-")));
                db.getCollection("interaction_users").deleteMany(Filters.regex("_id", Pattern.compile("^it-")));
            }
        }
    }
}
