package org.musicrec.tools.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicrec.events.ActivityEvent;
import org.musicrec.events.ActivityEventCodec;
import org.musicrec.events.mongo.ApplyReport;
import org.musicrec.events.mongo.MongoInteractionStore;
import org.musicrec.tools.cli.ExitStatus;
import org.musicrec.tools.devservices.DevServices;
import org.musicrec.tools.devservices.DevServicesConfig;
import org.musicrec.tools.devservices.FreePortServices;
import org.musicrec.platform.kafka.IncomingRecord;

/**
 * End to end on a real broker and the real Mongo wire server, both in-process: the same small history
 * replayed twice through the command lands on the topic twice (keys = user ids), and folding everything
 * the topic holds into interactions counts each line once.
 */
class ReplayKafkaRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void replayedTwiceCountedOnce() throws IOException {
        StringBuilder text = new StringBuilder("userID\tartistID\tweight\n");
        long weights = 0;
        for (int i = 0; i < 60; i++) {
            int w = 1 + (i * 37) % 500;
            weights += w;
            text.append(2 + i % 7).append('\t').append(51 + i).append('\t').append(w).append('\n');
        }
        Path file = Files.writeString(dir.resolve("user_artists.dat"), text);
        try (DevServices services = FreePortServices.start(dir, DevServicesConfig.defaults(dir).partitions(),
                DevServicesConfig.DEFAULT_TOPICS)) {
            DevServicesConfig config = services.config();
            for (int round = 0; round < 2; round++) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                int status = ReplayCommand.run(new String[] {file.toString(), "--bootstrap-servers", config.kafkaBootstrap(), "--batch", "25",
                        "--mongo", config.mongoUri()}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
                assertEquals(ExitStatus.OK, status, out.toString(StandardCharsets.UTF_8));
                assertTrue(out.toString(StandardCharsets.UTF_8).contains("sent: 60\n"), out.toString(StandardCharsets.UTF_8));
                // 60 distinct artists: placeholders the first time, none the second.
                assertTrue(out.toString(StandardCharsets.UTF_8).contains("placeholders: " + (round == 0 ? 60 : 0) + "\n"),
                        out.toString(StandardCharsets.UTF_8));
            }
            List<IncomingRecord> records = consumeAll(config.kafkaBootstrap(), 120);
            assertEquals(120, records.size());
            long sum = 0;
            for (IncomingRecord r : records) {
                ActivityEvent e = ActivityEventCodec.decode(r.value());
                assertEquals(e.userId(), r.key(), "keyed by user");
                sum += e.count();
            }
            assertEquals(2 * weights, sum, "both sends are on the topic");

            try (MongoClient client = MongoClients.create(config.mongoUri())) {
                MongoInteractionStore store = new MongoInteractionStore(client.getDatabase("musicrec"), "musicrec-interactions");
                ApplyReport report = store.apply(records, rejected -> { throw new AssertionError(rejected); });
                assertEquals(60, report.applied());
                assertEquals(60, report.alreadyApplied(), "the second send is recognised by its replay ids");
                assertEquals(60, store.count());
                long plays = 0;
                for (int u = 2; u < 9; u++) {
                    plays += store.ofUser("lastfm:" + u).stream().mapToLong(i -> i.plays()).sum();
                }
                assertEquals(weights, plays);
                assertEquals(60, client.getDatabase("musicrec").getCollection("tracks")
                        .countDocuments(com.mongodb.client.model.Filters.eq("placeholder", true)), "one placeholder per artist");
            }
        }
    }

    private static List<IncomingRecord> consumeAll(String bootstrap, int expected) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("enable.auto.commit", "false");
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> parts = c.partitionsFor("user-activity").stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            c.assign(parts);
            c.seekToBeginning(parts);
            List<IncomingRecord> out = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (out.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(200))) {
                    Map<String, String> headers = new HashMap<>();
                    out.add(new IncomingRecord(r.topic(), r.partition(), r.offset(), r.key(), r.value(), r.timestamp(), headers));
                }
            }
            return out;
        }
    }
}
