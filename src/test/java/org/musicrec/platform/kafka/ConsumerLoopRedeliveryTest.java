package org.musicrec.platform.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.musicrec.events.ActivityEvent;
import org.musicrec.events.ActivityType;
import org.musicrec.events.Interaction;
import org.musicrec.events.InteractionFolding;
import org.musicrec.events.mongo.ApplyReport;
import org.musicrec.events.mongo.MongoInteractionStore;

/**
 * The production consumer loop and interaction store on a real broker and the real Mongo wire
 * server: a consumer process killed with SIGKILL after its write and before its commit, a second
 * loop of the group redelivering that batch, then the group's offsets reset and the whole topic
 * replayed from the start. The stored interactions equal one fold of the produced events
 * throughout, in both write modes (seeded stream, seed 7).
 */
class ConsumerLoopRedeliveryTest {

    static final long SEED = 7;
    static final int EVENTS = 1500;

    @TempDir
    static Path dir;
    static LoopServices services;
    static MongoClient client;

    @BeforeAll
    static void start() throws IOException {
        services = LoopServices.start(dir, List.of("redeliver-conditional", "redeliver-single_writer"));
        client = services.mongo;
    }

    @AfterAll
    static void stop() {
        if (services != null) {
            services.close();
        }
    }

    @ParameterizedTest
    @EnumSource(MongoInteractionStore.Writes.class)
    void killedBetweenWriteAndCommitThenReplayedFromTheStartCountsEveryEventOnce(MongoInteractionStore.Writes mode) throws Exception {
        String topic = "redeliver-" + mode.name().toLowerCase();
        String group = "it-" + topic;
        MongoInteractionStore store = new MongoInteractionStore(client.getDatabase("redeliver_" + mode.name().toLowerCase()), group, mode);
        store.createIndexes();
        Map<String, Interaction> expected = produce(topic);
        KafkaSettings settings = settings();

        // 1. A consumer process killed (SIGKILL) right after its third write, before that batch's commit.
        long writtenByFirst = runAndKillFirstConsumer(topic, group, mode);
        long committed = committed(group, topic);
        assertTrue(committed < writtenByFirst,
                "the last written batch was not committed: committed " + committed + " of " + writtenByFirst + " written");

        // 2. The group's next consumer gets the uncommitted batch again and finishes the topic.
        List<ApplyReport> reports = new ArrayList<>();
        runUntil(topic, group, settings, store, reports, () -> committedQuietly(group, topic) == EVENTS);
        assertStoreEquals(expected, store);
        long recognised = reports.stream().mapToLong(r -> r.alreadyApplied() + r.belowPartitionMark()).sum();
        assertEquals(EVENTS - committed, reports.stream().mapToLong(ApplyReport::records).sum(), "redelivered from the last commit");
        assertEquals(writtenByFirst - committed, recognised, "exactly the uncommitted batch was recognised as applied");

        // 3. Replay of the whole topic: offsets of the group reset to the beginning.
        try (Admin admin = Admin.create(settings.admin())) {
            Map<TopicPartition, OffsetAndMetadata> zero = new HashMap<>();
            admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                    .forEach(p -> zero.put(new TopicPartition(topic, p.partition()), new OffsetAndMetadata(0)));
            admin.alterConsumerGroupOffsets(group, zero).all().get();
        }
        reports.clear();
        AtomicLong seen = new AtomicLong();
        runUntil(topic, group, settings, store, reports, () -> {
            seen.set(reports.stream().mapToLong(ApplyReport::records).sum());
            return seen.get() >= EVENTS && committedQuietly(group, topic) == EVENTS;
        });
        assertEquals(0, reports.stream().mapToLong(ApplyReport::applied).sum(), "a replay applies nothing again");
        assertStoreEquals(expected, store);
    }

    /** Seeded events for 12 users and 8 tracks, keyed by user; the expected fold in each key's order. */
    private static Map<String, Interaction> produce(String topic) throws Exception {
        Random rnd = new Random(SEED);
        ActivityType[] types = ActivityType.values();
        Map<String, Interaction> expected = new HashMap<>();
        Properties p = ProducerProperties.of(services.bootstrap(), "redeliver-test", 10_000);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < EVENTS; i++) {
                ActivityType type = types[rnd.nextInt(types.length)];
                ActivityEvent e = new ActivityEvent("r" + i, "u" + rnd.nextInt(12), "t" + rnd.nextInt(8), type,
                        type == ActivityType.RATE ? 1 + rnd.nextInt(5) : null, 1 + rnd.nextInt(4),
                        Instant.ofEpochSecond(1_700_000_000L + rnd.nextInt(100_000)), (long) rnd.nextInt(300_000));
                producer.send(new ProducerRecord<>(topic, e.userId(), e.toJson().toString()));
                expected.merge(Interaction.id(e.userId(), e.trackId()),
                        InteractionFolding.apply(Interaction.empty(e.userId(), e.trackId()), e),
                        (old, ignored) -> InteractionFolding.apply(old, e));
            }
            producer.flush();
        }
        return expected;
    }

    private static void runUntil(String topic, String group, KafkaSettings settings, MongoInteractionStore store,
                                 List<ApplyReport> reports, BooleanSupplier done) throws Exception {
        // The subscriber hears of its partitions before any of their records (serving empties its
        // in-memory histories there): every batch's partitions must have been assigned first.
        java.util.Set<Integer> assigned = java.util.concurrent.ConcurrentHashMap.newKeySet();
        ConsumerLoop loop = new ConsumerLoop(LoopServices.subscriberTellingAssignments(topic, group, batch -> {
            for (IncomingRecord r : batch) {
                assertTrue(assigned.contains(r.partition()), "partition " + r.partition() + " handed over before its assignment " + assigned);
            }
            ApplyReport r = store.apply(batch, x -> { throw new AssertionError(x); });
            synchronized (reports) {
                reports.add(r);
            }
        }, assigned::addAll), props(settings, group));
        Thread t = new Thread(loop, "redelivering-loop");
        t.start();
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (true) {
                boolean finished;
                synchronized (reports) {
                    finished = done.getAsBoolean();
                }
                if (finished) {
                    break;
                }
                assertTrue(System.nanoTime() < deadline, "the loop to finish the topic; reports " + reports.size());
                Thread.sleep(200); // bounded poll of the group's committed offsets
            }
        } finally {
            loop.stop();
            t.join(30_000);
        }
    }

    private static void assertStoreEquals(Map<String, Interaction> expected, MongoInteractionStore store) {
        assertEquals(expected.size(), store.count());
        expected.values().forEach(i -> assertEquals(i, store.find(i.userId(), i.trackId()).orElseThrow(), i.id()));
    }

    private static long committedQuietly(String group, String topic) {
        return services.committedQuietly(group, topic);
    }

    private static long committed(String group, String topic) throws Exception {
        return services.committed(group, topic);
    }

    private static KafkaSettings settings() {
        return services.settings("redeliver-test");
    }

    private static Properties props(KafkaSettings settings, String group) {
        return settings.consumer(group);
    }

    /** Starts {@link KilledLoopMain} in its own JVM, waits for its third write, kills it; returns the records it wrote. */
    private static long runAndKillFirstConsumer(String topic, String group, MongoInteractionStore.Writes mode) throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, "-Xmx256m", "-cp", System.getProperty("java.class.path"), KilledLoopMain.class.getName(),
                services.bootstrap(), topic, group, services.mongoUri(), "redeliver_" + mode.name().toLowerCase(), mode.name())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(),
                java.nio.charset.StandardCharsets.UTF_8))) {
            java.util.concurrent.CompletableFuture<String> line = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    for (String l; (l = out.readLine()) != null; ) {
                        if (l.startsWith("WRITTEN ")) {
                            return l;
                        }
                    }
                    return null;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            String written = line.get(90, java.util.concurrent.TimeUnit.SECONDS);
            assertTrue(written != null, "the consumer process wrote three batches (exit " + (p.isAlive() ? "-" : p.exitValue()) + ")");
            p.destroyForcibly(); // SIGKILL: no commit, no leaving the group
            assertTrue(p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS), "the consumer process died");
            assertEquals(137, p.exitValue(), "killed by SIGKILL");
            return Long.parseLong(written.substring("WRITTEN ".length()));
        } finally {
            p.destroyForcibly();
        }
    }
}
