package org.musicrec.platform.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
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
import org.musicrec.events.mongo.MongoInteractionStore;

/**
 * Several nodes in the activity group, as in a cluster: three production consumer loops of one group
 * on a real broker (3 partitions) and the real Mongo wire server, joining and leaving while the topic
 * is being applied (node B joins, node A leaves cleanly, node C joins: three rebalances). The stored
 * interactions equal one fold of the produced events: nothing lost, nothing counted twice, in both
 * write modes (seeded stream, seed 11).
 */
class ConsumerGroupRebalanceTest {

    /** Produced in thirds, each once the node just joined has its partitions, so that every node applies some. */
    static final int EVENTS = 2100;

    @TempDir
    static Path dir;
    static LoopServices services;

    @BeforeAll
    static void start() throws IOException {
        services = LoopServices.start(dir, List.of("rebalance-conditional", "rebalance-single_writer"));
    }

    @AfterAll
    static void stop() {
        if (services != null) {
            services.close();
        }
    }

    /** A node's loop: applies each batch with a little work time, so that batches are in flight at the rebalances. */
    private static final class Node implements AutoCloseable {
        final AtomicLong handled = new AtomicLong();
        final AtomicLong assignments = new AtomicLong();
        final ConsumerLoop loop;
        final Thread thread;

        Node(String name, String topic, String group, MongoInteractionStore store, Properties props) {
            loop = new ConsumerLoop(LoopServices.subscriberTellingAssignments(topic, group, batch -> {
                store.apply(batch, r -> { throw new AssertionError("no poison in this stream: " + r); });
                handled.addAndGet(batch.size());
                Thread.sleep(20); // a node's other work between batches, not a wait for a result
            }, partitions -> {
                if (!partitions.isEmpty()) {
                    assignments.incrementAndGet();
                }
            }), props);
            thread = new Thread(loop, name);
            thread.start();
        }

        @Override
        public void close() throws InterruptedException {
            loop.stop();
            thread.join(30_000);
        }
    }

    private static void until(LongSupplier value, long atLeast, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (value.getAsLong() < atLeast) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting for " + what + ": " + value.getAsLong());
            Thread.sleep(50); // bounded poll
        }
    }

    @ParameterizedTest
    @EnumSource(MongoInteractionStore.Writes.class)
    void nodesJoiningAndLeavingApplyEveryEventOnce(MongoInteractionStore.Writes mode) throws Exception {
        String topic = "rebalance-" + mode.name().toLowerCase();
        String group = "group-" + topic;
        MongoInteractionStore store = new MongoInteractionStore(services.mongo.getDatabase("rebalance_" + mode.name().toLowerCase()), group, mode);
        store.createIndexes();
        Map<String, Interaction> expected = new HashMap<>();
        Random rnd = new Random(11);
        produce(topic, rnd, 0, EVENTS / 3, expected);
        KafkaSettings settings = services.settings("rebalance-test");
        settings.maxPollRecords = 50;
        Properties props = settings.consumer(group);

        Node a = new Node("node-a", topic, group, store, props);
        until(a.handled::get, 100, "A applying");
        try (Node b = new Node("node-b", topic, group, store, props)) {
            until(b.assignments::get, 1, "B given partitions");
            produce(topic, rnd, EVENTS / 3, 2 * EVENTS / 3, expected);
            until(b.handled::get, 1, "B applying");
            long aBefore = a.handled.get();
            a.close(); // leaves the group cleanly
            assertTrue(aBefore > 0);
            try (Node c = new Node("node-c", topic, group, store, props)) {
                until(c.assignments::get, 1, "C given partitions");
                produce(topic, rnd, 2 * EVENTS / 3, EVENTS, expected);
                until(c.handled::get, 1, "C applying");
                until(() -> services.committedQuietly(group, topic), EVENTS, "the group to commit the whole topic");
                assertEquals(EVENTS, services.committed(group, topic));
            }
        }
        assertEquals(expected.size(), store.count());
        expected.values().forEach(i -> assertEquals(i, store.find(i.userId(), i.trackId()).orElseThrow(), i.id()));
    }

    /** Events {@code from} to {@code to} of the seeded stream, keyed by user; folds them into {@code expected}. */
    private static void produce(String topic, Random rnd, int from, int to, Map<String, Interaction> expected) throws Exception {
        ActivityType[] types = ActivityType.values();
        Properties p = ProducerProperties.of(services.bootstrap(), "rebalance-test", 10_000);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            for (int i = from; i < to; i++) {
                ActivityType type = types[rnd.nextInt(types.length)];
                ActivityEvent e = new ActivityEvent("b" + i, "u" + rnd.nextInt(30), "t" + rnd.nextInt(10), type,
                        type == ActivityType.RATE ? 1 + rnd.nextInt(5) : null, 1 + rnd.nextInt(4),
                        Instant.ofEpochSecond(1_700_000_000L + rnd.nextInt(100_000)), (long) rnd.nextInt(300_000));
                producer.send(new ProducerRecord<>(topic, e.userId(), e.toJson().toString()));
                expected.merge(Interaction.id(e.userId(), e.trackId()),
                        InteractionFolding.apply(Interaction.empty(e.userId(), e.trackId()), e),
                        (old, ignored) -> InteractionFolding.apply(old, e));
            }
            producer.flush();
        }
    }
}
