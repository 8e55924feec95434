package org.musicrec.platform.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicrec.events.ActivityEvent;
import org.musicrec.events.ActivityEventCodec;
import org.musicrec.events.ActivityType;
import org.musicrec.events.Interaction;
import org.musicrec.events.InteractionFolding;
import org.musicrec.events.kafka.DeadLetters;
import org.musicrec.events.mongo.MongoInteractionStore;

/**
 * Issue 18 on a real broker and Mongo wire server: a record no retry can apply goes to the
 * dead-letter topic with its reason and the partition flows on; every other event counts once.
 */
class ConsumerLoopPoisonTest {

    static final long SEED = 11;
    static final String DLT = "poison.dlt";

    @TempDir
    static Path dir;
    static LoopServices services;
    static RecordPublisher publisher;

    @BeforeAll
    static void start() throws IOException {
        services = LoopServices.start(dir, List.of("poison", "isolate", DLT, "stuck"));
        publisher = new RecordPublisher();
        publisher.settings = services.settings("poison-test");
        publisher.open();
    }

    @AfterAll
    static void stop() {
        if (publisher != null) {
            publisher.close();
        }
        if (services != null) {
            services.close();
        }
    }

    /** The record, as the API accepted it before the door refused it, between ordinary events. */
    @Test
    void aRecordDatedBeyondEpochMillisIsDeadLetteredAndTheEventsAfterItAreApplied() throws Exception {
        String topic = "poison";
        String group = "poison-group";
        MongoInteractionStore store = new MongoInteractionStore(services.mongo.getDatabase("poison"), group, MongoInteractionStore.Writes.SINGLE_WRITER);
        store.createIndexes();
        List<ActivityEvent> good = new ArrayList<>();
        Random rnd = new Random(SEED);
        for (int i = 0; i < 60; i++) {
            good.add(new ActivityEvent("g" + i, "u" + rnd.nextInt(5), "t" + rnd.nextInt(4), ActivityType.PLAY, null,
                    1 + rnd.nextInt(3), Instant.ofEpochSecond(1_700_000_000L + i), 1000L));
        }
        String poison = new ActivityEvent("far", "u1", "t1", ActivityType.PLAY, null, 1,
                Instant.parse("+999999999-01-01T00:00:00Z"), null).toJson().toString();
        ActivityEvent like = new ActivityEvent("like-after", "u1", "t1", ActivityType.LIKE, null, 1, Instant.ofEpochSecond(1_700_001_000L), null);
        try (KafkaProducer<String, String> p = producer()) {
            for (int i = 0; i < good.size(); i++) {
                p.send(new ProducerRecord<>(topic, good.get(i).userId(), good.get(i).toJson().toString()));
                if (i == 30) {
                    p.send(new ProducerRecord<>(topic, "u1", poison));
                }
            }
            p.send(new ProducerRecord<>(topic, like.userId(), like.toJson().toString()));
            p.flush();
        }
        good.add(like);
        ConsumerLoop loop = new ConsumerLoop(LoopServices.subscriber(topic, group,
                batch -> store.apply(batch, rejected -> publisher.publishAll(DeadLetters.of(DLT, rejected))), DEAD_LETTERS),
                services.settings("poison-test").consumer(group));
        // The lag as the status reports it: asked of the broker, it falls to zero once the commits pass the poison record.
        run(loop, () -> services.committedQuietly(group, topic) == good.size() + 1 && loop.status().lag() == 0
                && !loop.status().partitions().isEmpty());

        Map<String, Interaction> expected = fold(good);
        assertEquals(expected.size(), store.count());
        expected.values().forEach(i -> assertEquals(i, store.find(i.userId(), i.trackId()).orElseThrow(), i.id()));
        assertEquals(1, store.find("u1", "t1").orElseThrow().likes(), "the like sent after the poison record is applied");
        List<ConsumerRecord<String, String>> dead = deadLetters("poison", 1);
        assertEquals(poison, dead.get(0).value());
        assertTrue(reason(dead.get(0)).startsWith("at "), reason(dead.get(0)));
    }

    /**
     * A failure no retry mends that the checks before the batch did not foresee: the handler writes
     * part of its batch, then throws. The loop hands the records over one by one: those written are
     * recognised as applied (counted once), the rest are applied, the culprits go to the dead-letter
     * topic with the reason, and the loop commits past them.
     */
    @Test
    void aBatchThatFailsPermanentlyIsHandledRecordByRecordCountingEachEventOnce() throws Exception {
        String topic = "isolate";
        String group = "isolate-group";
        MongoInteractionStore store = new MongoInteractionStore(services.mongo.getDatabase("isolate"), group, MongoInteractionStore.Writes.CONDITIONAL);
        store.createIndexes();
        Random rnd = new Random(SEED + 1);
        List<ActivityEvent> good = new ArrayList<>();
        List<String> boom = new ArrayList<>();
        try (KafkaProducer<String, String> p = producer()) {
            for (int i = 0; i < 240; i++) {
                String user = "u" + rnd.nextInt(6);
                boolean culprit = i % 50 == 7;
                ActivityEvent e = new ActivityEvent((culprit ? "boom" : "g") + i, user, "t" + rnd.nextInt(4), ActivityType.PLAY, null,
                        1 + rnd.nextInt(3), Instant.ofEpochSecond(1_700_000_000L + i), 500L);
                if (culprit) {
                    boom.add(e.eventId());
                } else {
                    good.add(e);
                }
                p.send(new ProducerRecord<>(topic, user, e.toJson().toString()));
            }
            p.flush();
        }
        ConsumerLoop loop = new ConsumerLoop(LoopServices.subscriber(topic, group, batch -> {
            // Writes the records before the first culprit, then fails, as a late failure would: those
            // written must not count twice, those after it must still be applied.
            int culprit = 0;
            while (culprit < batch.size() && !batch.get(culprit).value().contains("\"boom")) {
                culprit++;
            }
            store.apply(batch.subList(0, culprit), rejected -> { throw new AssertionError(rejected); });
            if (culprit < batch.size()) {
                throw new ArithmeticException("long overflow");
            }
        }, DEAD_LETTERS), services.settings("isolate-test").consumer(group));
        run(loop, () -> services.committedQuietly(group, topic) == 240);

        Map<String, Interaction> expected = fold(good);
        assertEquals(expected.size(), store.count());
        expected.values().forEach(i -> assertEquals(i, store.find(i.userId(), i.trackId()).orElseThrow(), i.id()));
        List<ConsumerRecord<String, String>> dead = deadLetters("isolate", boom.size());
        assertEquals(boom.stream().sorted().toList(),
                dead.stream().map(r -> ActivityEventCodec.decode(r.value()).eventId()).sorted().toList());
        dead.forEach(r -> assertEquals("ArithmeticException: long overflow", reason(r)));
        assertEquals(boom.size(), loop.status().rejected());
    }

    /** A consumer that cannot get past an offset shows it: the lag is the committed offset's distance to the end. */
    @Test
    void aStuckConsumerShowsItsLag() throws Exception {
        String topic = "stuck";
        String group = "stuck-group";
        try (KafkaProducer<String, String> p = producer()) {
            for (int i = 0; i < 5; i++) {
                p.send(new ProducerRecord<>(topic, "u1", "{}"));
            }
            p.flush();
        }
        ConsumerLoop loop = new ConsumerLoop(LoopServices.subscriber(topic, group, batch -> {
            throw new MessagingUnavailableException("the store is away", null);
        }, DEAD_LETTERS), services.settings("stuck-test").consumer(group));
        run(loop, () -> loop.status().lag() == 5 && loop.status().lastError() != null);
        ConsumerStatus.PartitionOffsets p = loop.status().partitions().stream().filter(x -> x.lag() > 0).findFirst().orElseThrow();
        assertEquals(0, p.committed());
        assertEquals(List.of(), loop.status().stuck(Instant.now(), Duration.ofMinutes(2)), "not yet beyond the bound");
        List<String> stuck = loop.status().stuck(p.behindSince().plus(Duration.ofMinutes(2)).plusSeconds(1), Duration.ofMinutes(2));
        assertEquals(1, stuck.size(), stuck.toString());
        assertTrue(stuck.get(0).startsWith("consumer stuck-group stuck on stuck/" + p.partition() + " at offset 0 since "), stuck.get(0));
        assertTrue(stuck.get(0).endsWith("the store is away"), stuck.get(0));
        assertEquals(0, loop.status().rejected(), "a transient failure is retried, never dead-lettered");
    }

    /** What InteractionWriter and ActivityLogWriter do with a record that failed alone: the dead-letter topic, acknowledged. */
    static final LoopServices.DeadLetterRoute DEAD_LETTERS = (record, reason) -> publisher.publish(DeadLetters.of(DLT, record, reason));

    static String reason(ConsumerRecord<String, String> r) {
        return new String(r.headers().lastHeader(DeadLetters.REASON_HEADER).value(), StandardCharsets.UTF_8);
    }

    static Map<String, Interaction> fold(List<ActivityEvent> events) {
        Map<String, Interaction> m = new HashMap<>();
        for (ActivityEvent e : events) {
            m.merge(Interaction.id(e.userId(), e.trackId()), InteractionFolding.apply(Interaction.empty(e.userId(), e.trackId()), e),
                    (old, ignored) -> InteractionFolding.apply(old, e));
        }
        return m;
    }

    static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(ProducerProperties.of(services.bootstrap(), "poison-producer", 10_000),
                new StringSerializer(), new StringSerializer());
    }

    /** Runs the loop until {@code done}, within a bound; polls the condition (no sleep stands for a result). */
    static void run(ConsumerLoop loop, BooleanSupplier done) throws Exception {
        Thread t = new Thread(loop, "poison-loop");
        t.start();
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
            while (!done.getAsBoolean()) {
                assertTrue(System.nanoTime() < deadline, "condition within 40 s; consumer status: lag " + loop.status().lag()
                        + ", last error " + loop.status().lastError());
                Thread.sleep(200);
            }
        } finally {
            loop.stop();
            t.join(30_000);
        }
    }

    /** The dead letters that came from {@code topic} (the source header), once {@code expected} are there and no more come. */
    static List<ConsumerRecord<String, String>> deadLetters(String topic, int expected) {
        Properties p = services.settings("dlt-reader").consumer("dlt-reader-" + System.nanoTime());
        List<ConsumerRecord<String, String>> out = new ArrayList<>();
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            c.subscribe(List.of(DLT));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (out.size() < expected && System.nanoTime() < deadline) {
                c.poll(Duration.ofMillis(300)).forEach(r -> keep(out, r, topic));
            }
            c.poll(Duration.ofMillis(500)).forEach(r -> keep(out, r, topic)); // none more
        }
        assertEquals(expected, out.size(), "records on the dead-letter topic from " + topic);
        return out;
    }

    private static void keep(List<ConsumerRecord<String, String>> out, ConsumerRecord<String, String> r, String topic) {
        if (new String(r.headers().lastHeader(DeadLetters.SOURCE_HEADER).value(), StandardCharsets.UTF_8).startsWith(topic + "/")) {
            out.add(r);
        }
    }
}
