package org.musicrec.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.musicrec.tools.devservices.DevServices;

/**
 * Events that once stalled the activity pipeline. At the door each is a 400 problem naming its
 * field; written straight to the topic (past the door, as a buggy or hostile producer would) each
 * goes to the dead-letter topic with its reason. Either way a valid event sent right after it is
 * applied within seconds, and the reported lag comes back to 0.
 */
final class PoisonEventScenarios {

    private final Http app;
    private final DevServices services;

    PoisonEventScenarios(Http app, DevServices services) {
        this.app = app;
        this.services = services;
    }

    void refusedAtTheDoorAndTheNextEventIsApplied() {
        String u = "poison-door-" + UUID.randomUUID();
        String soon = Instant.now().plus(Duration.ofDays(3)).toString();
        List<List<String>> cases = List.of(
                List.of("\"at\":\"+999999999-01-01T00:00:00Z\"", "at"),
                List.of("\"at\":\"-999999999-01-01T00:00:00Z\"", "at"),
                List.of("\"at\":\"1970-01-01T00:00:00Z\"", "at"),
                List.of("\"at\":\"" + soon + "\"", "at"),
                List.of("\"count\":2147483648", "count"),
                List.of("\"count\":9223372036854775807", "count"),
                List.of("\"count\":1e300", "count"),
                List.of("\"msPlayed\":9223372036854775807", "msPlayed"),
                List.of("\"msPlayed\":-1", "msPlayed"),
                List.of("\"type\":\"rate\",\"rating\":1e308", "rating"),
                List.of("\"eventId\":\"replay:1:2\"", "eventId"));
        for (List<String> c : cases) {
            Http.Answer r = app.post("api/events", "{\"userId\":\"" + u + "\",\"trackId\":\"3\",\"type\":\"play\"," + c.get(0) + "}"
                    .replace("\"type\":\"play\",\"type\":\"rate\"", "\"type\":\"rate\""));
            assertEquals(400, r.status(), c.get(0) + ": " + r.body());
            assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
            assertTrue(r.body().contains(c.get(1)), "names " + c.get(1) + ": " + r.body());
        }
        likeIsAppliedWithinSeconds(u);
    }

    void pastTheDoorToTheDeadLetterTopicAndTheNextEventIsApplied() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String u = "poison-topic-" + run;
        List<String> poison = List.of(
                event("pt-" + run + "-at", u, "\"at\":\"+999999999-01-01T00:00:00Z\",\"count\":1"),
                event("pt-" + run + "-count", u, "\"at\":\"" + Instant.now() + "\",\"count\":2147483647"),
                event("pt-" + run + "-ms", u, "\"at\":\"" + Instant.now() + "\",\"count\":1,\"msPlayed\":9223372036854775807"));
        Properties p = new Properties();
        p.put("bootstrap.servers", services.config().kafkaBootstrap());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            for (String v : poison) {
                producer.send(new ProducerRecord<>("user-activity", u, v)).get();
            }
            // The same listener again: a second count that would overflow a sum with the first.
            producer.send(new ProducerRecord<>("user-activity", u,
                    event("pt-" + run + "-count2", u, "\"at\":\"" + Instant.now() + "\",\"count\":2147483647"))).get();
        }
        likeIsAppliedWithinSeconds(u);
        Properties c = new Properties();
        c.put("bootstrap.servers", services.config().kafkaBootstrap());
        c.put("group.id", "it-poison-" + run);
        c.put("auto.offset.reset", "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(c, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("user-activity.dlt"));
            ConsumerRecord<String, String> dead = Poll.until(Duration.ofSeconds(30), () -> {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.value() != null && r.value().contains("pt-" + run + "-at")) {
                        return r;
                    }
                }
                return null;
            }, r -> r != null, "the far-future event on user-activity.dlt");
            String reason = new String(dead.headers().lastHeader("musicrec-error").value(), StandardCharsets.UTF_8);
            assertTrue(reason.contains("at"), "the reason names the field: " + reason);
        }
        JsonObject messaging = Poll.until(Duration.ofSeconds(60), () -> app.get("api/system/messaging").json(),
                j -> j.getJsonArray("consumers").stream().allMatch(v -> v.asJsonObject().getJsonNumber("lag").longValue() == 0),
                "every consumer's real lag back to 0");
        assertTrue(messaging.getJsonArray("consumers").size() >= 2, messaging.toString());
    }

    private static String event(String id, String user, String rest) {
        return "{\"eventId\":\"" + id + "\",\"userId\":\"" + user + "\",\"trackId\":\"4\",\"type\":\"play\"," + rest + "}";
    }

    private void likeIsAppliedWithinSeconds(String user) {
        Http.Answer like = app.post("api/events", "{\"userId\":\"" + user + "\",\"trackId\":\"5\",\"type\":\"like\"}");
        assertEquals(202, like.status(), like.body());
        String id = like.json().getJsonArray("accepted").getString(0);
        Poll.until(Duration.ofSeconds(30), () -> app.get("api/events/" + id).status(), s -> s == 200, "the like after the poison applied");
        Poll.until(Duration.ofSeconds(30), () -> app.get("api/users/" + user + "/history").body(),
                b -> b.contains("\"trackId\":\"5\"") && b.contains("\"likes\":1"), "the like in " + user + "'s history");
    }
}
