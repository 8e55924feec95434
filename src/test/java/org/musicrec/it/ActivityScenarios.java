package org.musicrec.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.bson.Document;
import org.musicrec.tools.devservices.DevServices;

/**
 * The activity pipeline through Payara: unknown tracks refused by field, the broker stopped and
 * started while a client sends at a steady rate (every 202 counted exactly once, every other answer
 * a 503), and the activity figures (admin JSON and MicroProfile Metrics).
 */
final class ActivityScenarios {

    /** Track ids the scenarios' events name; created as placeholders so they exist whatever else ran. */
    static final List<String> TRACKS = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9");

    private final Http app;
    private final Http admin;
    private final Http root;
    private final DevServices services;

    ActivityScenarios(Http app, Http admin, Http root, DevServices services) {
        this.app = app;
        this.admin = admin;
        this.root = root;
        this.services = services;
    }

    /** Idempotent: only sets fields on insert, so a catalogue import may fill the same ids in later. */
    static void ensureTracks(DevServices services) {
        try (MongoClient client = MongoClients.create(services.config().mongoUri())) {
            MongoCollection<Document> tracks = client.getDatabase("musicrec").getCollection("tracks");
            for (String id : TRACKS) {
                tracks.updateOne(Filters.eq("_id", Long.parseLong(id)),
                        Updates.combine(Updates.setOnInsert("placeholder", true), Updates.setOnInsert("title", "it track " + id)),
                        new UpdateOptions().upsert(true));
            }
        }
    }

    void unknownTrackIsRefusedByFieldAndNothingIsSent() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String body = "[{\"eventId\":\"ut-" + run + "-0\",\"userId\":\"ut-" + run + "\",\"trackId\":\"1\",\"type\":\"play\"},"
                + "{\"eventId\":\"ut-" + run + "-1\",\"userId\":\"ut-" + run + "\",\"trackId\":\"2\",\"type\":\"like\"},"
                + "{\"eventId\":\"ut-" + run + "-2\",\"userId\":\"ut-" + run + "\",\"trackId\":\"no-such-track\",\"type\":\"play\"},"
                + "{\"eventId\":\"ut-" + run + "-3\",\"userId\":\"ut-" + run + "\",\"trackId\":\"1\",\"type\":\"rate\"}]";
        Http.Answer r = app.post("api/events", body);
        assertEquals(400, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        List<String> fields = r.json().getJsonArray("errors").stream().map(v -> v.asJsonObject().getString("field")).toList();
        assertEquals(List.of("[2].trackId", "[3].rating"), fields);

        // The same events without the faults are accepted; the refused request sent none of them.
        String fixed = body.replace("no-such-track", "3").replace("\"type\":\"rate\"}", "\"type\":\"rate\",\"rating\":4}");
        Http.Answer ok = app.post("api/events", fixed.replace("ut-" + run + "-", "ok-" + run + "-"));
        assertEquals(202, ok.status(), ok.body());
        Poll.until(Duration.ofSeconds(60), () -> app.get("api/events/ok-" + run + "-3").status(), s -> s == 200, "the accepted batch stored");
        for (int i = 0; i < 4; i++) {
            assertEquals(404, app.get("api/events/ut-" + run + "-" + i).status(), "nothing of the refused request was sent");
        }
    }

    /**
     * A client sends single events at a steady rate (each its own user, so each is one interaction
     * document) while the broker is stopped for a while and started again.
     */
    void brokerRestartUnderSteadyLoadCountsEveryAcceptedEventOnce() throws Exception {
        String run = "drill-" + UUID.randomUUID().toString().substring(0, 8);
        Map<Integer, Integer> answers = new ConcurrentHashMap<>();
        List<String> unexpected = java.util.Collections.synchronizedList(new ArrayList<>());
        // A thread per request in flight: during the outage each one waits out the send bound (about
        // 5 s), and a bounded pool would turn the steady rate into a queue released after the restart.
        ExecutorService clients = Executors.newCachedThreadPool();
        Http client = app.http1();
        List<Future<?>> sent = new ArrayList<>();
        int perSecond = 20;
        long start = System.nanoTime();
        long endAt = Duration.ofSeconds(46).toNanos();
        // The outage runs on its own thread (a broker shutdown takes a while) from 4 s to 34 s: the 30 s of the drill.
        java.util.concurrent.CompletableFuture<Void> outage = java.util.concurrent.CompletableFuture.runAsync(() -> {
            try {
                Thread.sleep(4_000);
                services.kafka().close();
                Thread.sleep(Math.max(0, 34_000 - (System.nanoTime() - start) / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                services.kafka().start();
            }
        });
        try {
            for (int i = 0; System.nanoTime() - start < endAt; i++) {
                long wait = start + i * 1_000_000_000L / perSecond - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait); // pacing the client, not waiting for a result
                }
                int n = i;
                sent.add(clients.submit(() -> {
                    Http.Answer a = client.post("api/events", "{\"eventId\":\"" + run + "-" + n + "\",\"userId\":\"" + run + "-" + n
                            + "\",\"trackId\":\"" + TRACKS.get(n % TRACKS.size()) + "\",\"type\":\"play\"}");
                    answers.put(n, a.status());
                    if (a.status() == 503 && a.raw().headers().firstValue("Retry-After").isEmpty()) {
                        unexpected.add(n + ": 503 without Retry-After");
                    } else if (a.status() != 202 && a.status() != 503) {
                        unexpected.add(n + ": " + a.status() + " " + a.body());
                    }
                }));
            }
            for (Future<?> f : sent) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            outage.get(120, TimeUnit.SECONDS); // the broker is running again whatever happened
            clients.shutdown();
            clients.awaitTermination(60, TimeUnit.SECONDS);
        }
        assertTrue(unexpected.isEmpty(), "every answer is a 202 or a 503 with Retry-After: " + unexpected);
        List<Integer> accepted = answers.entrySet().stream().filter(e -> e.getValue() == 202).map(Map.Entry::getKey).sorted().toList();
        List<Integer> refused = answers.entrySet().stream().filter(e -> e.getValue() == 503).map(Map.Entry::getKey).sorted().toList();
        assertEquals(sent.size(), accepted.size() + refused.size());
        assertTrue(refused.size() >= perSecond * 15, "the outage was felt: " + refused.size() + " refused of " + sent.size());
        assertTrue(accepted.stream().anyMatch(i -> i > refused.get(refused.size() - 1)), "accepted again after the restart");

        Poll.until(Duration.ofSeconds(120), () -> root.get("/health/ready").status(), s -> s == 200, "readiness UP again");
        // A last event behind all the others on its partition is not enough (users spread over
        // partitions), so wait for the interaction consumer's lag to reach 0 after the last 202.
        Poll.until(Duration.ofSeconds(120), () -> admin.get("api/admin/activity").json(),
                j -> j.getJsonNumber("lag").longValue() == 0 && interactionsOf(run).size() >= accepted.size(),
                "every accepted event folded in");
        Map<Integer, Long> plays = interactionsOf(run);
        for (int i : accepted) {
            assertEquals(1L, plays.getOrDefault(i, 0L), "accepted event " + i + " counted exactly once");
        }
        long landedAnyway = refused.stream().filter(plays::containsKey).count();
        plays.values().forEach(p -> assertEquals(1L, p, "no event counted twice"));
        System.out.printf("broker drill: %d sent, %d accepted (202), %d refused (503), %d of the refused stored anyway%n",
                sent.size(), accepted.size(), refused.size(), landedAnyway);
        assertEquals(accepted.size() + landedAnyway, plays.size(), "nothing else was stored");
    }

    private Map<Integer, Long> interactionsOf(String run) {
        Map<Integer, Long> plays = new java.util.HashMap<>();
        try (MongoClient client = MongoClients.create(services.config().mongoUri())) {
            for (Document d : client.getDatabase("musicrec").getCollection("interactions")
                    .find(Filters.regex("_id", "^" + Pattern.quote(run + "-")))) {
                String id = d.getString("_id");
                int n = Integer.parseInt(id.substring(run.length() + 1, id.indexOf('|')));
                plays.put(n, ((Number) d.get("plays")).longValue());
            }
        }
        return plays;
    }

    void activityFiguresAreServedToTheAdministratorAndAsMetrics() {
        assertEquals(401, app.anonymous().get("api/admin/activity").status());
        JsonObject before = admin.get("api/admin/activity").json();
        String user = "fig-" + UUID.randomUUID();
        StringBuilder batch = new StringBuilder("[");
        for (int i = 0; i < 50; i++) {
            batch.append(i == 0 ? "" : ",").append("{\"userId\":\"").append(user).append("\",\"trackId\":\"")
                    .append(TRACKS.get(i % TRACKS.size())).append("\",\"type\":\"play\"}");
        }
        assertEquals(202, app.post("api/events", batch.append("]").toString()).status());
        // Within the 10 s window the accepted batch shows as a rate of at least 50 / 10 per second.
        Poll.until(Duration.ofSeconds(10), () -> admin.get("api/admin/activity").json(),
                j -> j.getJsonNumber("acceptedPerSecond").doubleValue() >= 5.0, "the batch in the accepted rate");
        JsonObject after = Poll.until(Duration.ofSeconds(60), () -> admin.get("api/admin/activity").json(),
                j -> j.getJsonNumber("consumedTotal").longValue() >= before.getJsonNumber("consumedTotal").longValue() + 50
                        && j.getJsonNumber("lag").longValue() == 0, "the batch consumed");
        assertTrue(after.getJsonNumber("acceptedTotal").longValue() >= before.getJsonNumber("acceptedTotal").longValue() + 50, after.toString());
        assertTrue(after.containsKey("deadLetters") && after.getJsonArray("loops").size() >= 1, after.toString());
        // And consumed within the last 10 s, the same batch shows in the consumer's rate.
        Poll.until(Duration.ofSeconds(15), () -> admin.get("api/admin/activity").json(),
                j -> j.getJsonNumber("eventsPerSecond").doubleValue() >= 5.0, "the batch in the consumer's rate");

        Http.Answer metrics = root.get("/metrics?scope=application");
        assertEquals(200, metrics.status(), metrics.body());
        for (String name : List.of("musicrec_events_consumed_total", "musicrec_events_consumer_lag", "musicrec_events_accepted_rate",
                "musicrec_events_dead_letters_total")) {
            assertTrue(metrics.body().contains(name), name + " in " + metrics.body());
        }
    }
}
