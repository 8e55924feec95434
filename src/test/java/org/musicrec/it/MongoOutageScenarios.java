package org.musicrec.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.musicrec.tools.devservices.DevServices;

/**
 * The Mongo server stopped while the consumer is applying events, with the API still accepting them
 * (Kafka is up): the consumer's writes fail, nothing is committed that was not written, and once the
 * store is back the lag drains to zero with every accepted play counted exactly once.
 */
final class MongoOutageScenarios {
    private static final int BATCHES = 12;
    private static final int PER_BATCH = 50;

    private final Http app;
    private final Http admin;
    private final DevServices services;

    MongoOutageScenarios(Http app, Http admin, DevServices services) {
        this.app = app;
        this.admin = admin;
        this.services = services;
    }

    void consumerWaitsOutTheOutageAndDrainsExactly() throws Exception {
        ActivityScenarios.ensureTracks(services);
        String user = "it-mongo-drill-" + System.nanoTime();
        Map<String, Long> expected = new HashMap<>();
        long failuresBefore = activityFailures();
        send(user, 0, BATCHES / 2, expected);       // the consumer is busy with these when the store goes
        services.mongo().close();
        try {
            send(user, BATCHES / 2, BATCHES, expected);
            // The drill holds only if the consumer really ran into the outage: its loop records a failure.
            Poll.until(Duration.ofSeconds(60), this::activityFailures, f -> f > failuresBefore,
                    "the activity consumer to fail against the stopped store");
        } finally {
            services.mongo().start();
        }
        long total = expected.values().stream().mapToLong(Long::longValue).sum();
        assertTrue(total >= PER_BATCH * BATCHES / 2, "events were accepted: " + total);
        try (MongoClient client = MongoClients.create(services.config().mongoUri())) {
            var interactions = client.getDatabase("musicrec").getCollection("interactions");
            Poll.until(Duration.ofSeconds(120), () -> plays(interactions.find(Filters.eq("userId", user)).into(new java.util.ArrayList<>())),
                    got -> got.equals(expected), "every accepted play applied after the outage (expected " + expected + ")");
            // Every activity loop committed to the end: no batch is left to be redelivered and counted again.
            Poll.until(Duration.ofSeconds(60), () -> app.get("api/system/messaging").json(), PlatformIT::activityLoopsCaughtUp,
                    "the lag drained");
            assertEquals(expected, plays(interactions.find(Filters.eq("userId", user)).into(new java.util.ArrayList<>())),
                    "nothing counted twice once the redelivered batches settled");
        }
    }

    /** Sends batches {@code [from, to)}; a 202 adds its plays to {@code expected}, anything else must be a 503. */
    private void send(String user, int from, int to, Map<String, Long> expected) {
        for (int b = from; b < to; b++) {
            StringBuilder body = new StringBuilder("[");
            Map<String, Long> plays = new HashMap<>();
            for (int e = 0; e < PER_BATCH; e++) {
                String track = ActivityScenarios.TRACKS.get((b + e) % 5);
                plays.merge(track, 1L, Long::sum);
                body.append(e > 0 ? "," : "").append("{\"userId\":\"").append(user).append("\",\"trackId\":\"").append(track)
                        .append("\",\"type\":\"play\"}");
            }
            Http.Answer r = app.post("api/events", body.append("]").toString());
            if (r.status() == 202) {
                plays.forEach((t, n) -> expected.merge(t, n, Long::sum));
            } else {
                assertEquals(503, r.status(), r.body());
            }
        }
    }

    private static Map<String, Long> plays(List<Document> docs) {
        Map<String, Long> out = new HashMap<>();
        for (Document d : docs) {
            out.put(d.getString("trackId"), ((Number) d.get("plays")).longValue());
        }
        return out;
    }

    /** Failures recorded by the loops on the activity topic, summed. */
    private long activityFailures() {
        return app.get("api/system/messaging").json().getJsonArray("consumers").stream().map(v -> v.asJsonObject())
                .filter(c -> "user-activity".equals(c.getString("topic"))).mapToLong(c -> c.getJsonNumber("failures").longValue()).sum();
    }
}
