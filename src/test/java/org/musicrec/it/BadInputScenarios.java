package org.musicrec.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.musicrec.tools.devservices.DevServices;

/**
 * Bad input at the API's doors, one after another: oversized, truncated and mistyped JSON bodies,
 * too many events, unknown ids, and injection attempts in paths and query parameters. Each gets a
 * 4xx with a problem body naming what is wrong; afterwards the system is ready and serving, and no
 * stored collection changed size. (The broken audio corpus, malformed CSV rows and malicious ZIPs
 * have their own scenarios: AudioJobScenarios, CatalogJobScenarios, SampleAudioJobScenarios.)
 */
final class BadInputScenarios {
    private final Http app;
    private final Http root;
    private final Http admin;
    private final DevServices services;

    BadInputScenarios(Http app, Http root, Http admin, DevServices services) {
        this.app = app;
        this.root = root;
        this.admin = admin;
        this.services = services;
    }

    void everyDoorRefusesClearlyAndNothingIsDamaged() {
        try (MongoClient client = MongoClients.create(services.config().mongoUri())) {
            MongoDatabase db = client.getDatabase("musicrec");
            // Earlier scenarios' events may still be arriving: start from a settled store.
            Map<String, Long> before = Poll.until(java.time.Duration.ofSeconds(60), () -> {
                Map<String, Long> a = sizes(db);
                Poll.pause(2000);
                return sizes(db).equals(a) ? a : null;
            }, java.util.Objects::nonNull, "the store to settle");
            StringBuilder huge = new StringBuilder("[");
            while (huge.length() < 3 << 20) {
                huge.append("{\"userId\":\"u\",\"trackId\":\"1\",\"type\":\"play\"},");
            }
            huge.setLength(huge.length() - 1);
            huge.append(']');
            refused(app.post("api/events", huge.toString()), 413, "larger than");
            StringBuilder many = new StringBuilder("[");
            for (int i = 0; i < 1001; i++) {
                many.append(i > 0 ? "," : "").append("{\"userId\":\"u\",\"trackId\":\"1\",\"type\":\"play\"}");
            }
            refused(app.post("api/events", many.append(']').toString()), 400, "at most");
            refused(app.post("api/events", "{\"userId\":\"u\",\"trackId\":"), 400, "JSON");
            refused(app.post("api/events", "{\"userId\":\"u\",\"trackId\":true,\"type\":\"play\"}"), 400, "trackId");
            refused(app.post("api/events", "{\"userId\":\"u\",\"trackId\":\"1\",\"type\":\"play\",\"count\":-3}"), 400, "count");
            refused(app.post("api/events", "{\"userId\":\"u\\u0007\",\"trackId\":\"1\",\"type\":\"play\"}"), 400, "userId");
            refused(app.post("api/events", "{\"userId\":\"u\",\"trackId\":\"1\",\"type\":\"play\",\"at\":\"yesterday\"}"), 400, "at");
            refused(app.get("api/tracks/999999999"), 404, "no track 999999999");
            refused(app.get("api/tracks/99999999999"), 400, "id");
            refused(app.get("api/tracks/1%27%20OR%201%3D1"), 400, "id must be a whole number");
            refused(app.get("api/tracks/999999999999/similar"), 404, "no track 999999999999");
            refused(app.get("api/users/u1/recommendations?genre=%7B%22%24ne%22%3A1%7D"), 400, "genre");
            refused(app.get("api/users/u1/recommendations?n=1%3B%20DROP%20TABLE"), 400, "n");
            refused(app.get("api/users/u1/history?limit=99999999999999"), 400, "limit");
            refused(app.get("api/tracks?page=-1"), 400, "page");
            refused(app.get("api/tracks?q=" + "x".repeat(500)), 400, "q");
            refused(app.get("recommendations/bad%07id"), 400, "userId");
            refused(admin.get("api/admin/models/424242"), 404, "no model version 424242");
            refused(admin.post("api/admin/jobs/no-such-job", "{}"), 404, "no job named no-such-job");
            refused(admin.post("api/admin/jobs/train-als", "{\"rank\":[1]}"), 400, "rank");
            refused(admin.post("api/admin/jobs/train-als", "{\"rank\":\"many\"}"), 400, "train-als");
            refused(admin.post("api/admin/jobs/train-als", "{\"runId\":\"../../etc\"}"), 400, "runId");
            Http.Answer operator = app.get("api/users/%7B%22%24where%22%3A1%7D/recommendations");
            assertEquals(200, operator.status(), "an operator in an id is just an unknown id: " + operator.body());
            assertEquals("popular", operator.json().getString("strategy"));
            Http.Answer regex = app.get("api/tracks?q=.*%7C%24where");
            assertEquals(200, regex.status(), regex.body());
            // As a pattern, ".*" would match every track; as text, no title holds ".*|$where".
            assertEquals(0, regex.json().getJsonNumber("total").longValue(), "q is searched for literally: " + regex.body());

            assertEquals(200, root.get("/health/ready").status(), "still ready");
            assertEquals(200, app.get("api/users/u1/recommendations?n=3").status(), "still serving");
            assertEquals(before, sizes(db), "no stored collection changed size");
        }
    }

    private static void refused(Http.Answer r, int status, String mentions) {
        assertEquals(status, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType() + " " + r.body());
        assertTrue(r.body().contains(mentions), "the problem says what is wrong (" + mentions + "): " + r.body());
        assertTrue(!r.body().contains("Exception") && !r.body().contains("\tat "), "no stack trace: " + r.body());
    }


    private static Map<String, Long> sizes(MongoDatabase db) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (String c : List.of("tracks", "interactions", "activity_log", "als_models", "genres", "job_problems")) {
            m.put(c, db.getCollection(c).countDocuments());
        }
        return m;
    }
}
