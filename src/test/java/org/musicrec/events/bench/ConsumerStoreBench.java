package org.musicrec.events.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.musicrec.events.ActivityEvent;
import org.musicrec.events.ActivityType;
import org.musicrec.events.mongo.MongoInteractionStore;
import org.musicrec.tools.devservices.DevServicesConfig;
import org.musicrec.tools.devservices.MongoDevServer;
import org.musicrec.platform.kafka.IncomingRecord;

/**
 * The consumer side alone, without Kafka or Payara: how fast the interaction store folds batches
 * of 500 records (the loop's max.poll.records) into mongo-java-server with the H2 backend, in each
 * write mode, on a collection already holding the interactions of earlier batches. Seeded (42).
 * usage: ConsumerStoreBench WORKDIR [events] [users] [tracks]
 */
public final class ConsumerStoreBench {

    static final int SAME_SIZE = 5000;

    public static void main(String[] args) throws Exception {
        Path work = Files.createDirectories(Path.of(args[0]));
        int events = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        int users = args.length > 2 ? Integer.parseInt(args[2]) : 5000;
        int tracks = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
        DevServicesConfig config = BenchMongo.config(work);
        try (MongoDevServer server = new MongoDevServer(config); MongoClient client = MongoClients.create(config.mongoUri())) {
            server.start();
            for (MongoInteractionStore.Writes mode : MongoInteractionStore.Writes.values()) {
                MongoDatabase db = client.getDatabase("store_" + mode.name().toLowerCase());
                MongoInteractionStore store = new MongoInteractionStore(db, "bench", mode);
                store.createIndexes();
                // Both modes on the same first 5,000 events (the same-size comparison); writes by id
                // then go on to the full count, since they can afford it.
                int n = mode == MongoInteractionStore.Writes.CONDITIONAL ? Math.min(events, SAME_SIZE) : events;
                List<IncomingRecord> all = records(n, users, tracks);
                long t0 = System.nanoTime();
                double firstPart = 0;
                for (int i = 0; i < all.size(); i += 500) {
                    store.apply(all.subList(i, Math.min(all.size(), i + 500)), r -> { throw new AssertionError(r); });
                    if (i + 500 == SAME_SIZE) {
                        firstPart = (System.nanoTime() - t0) / 1e9;
                    }
                }
                double s = (System.nanoTime() - t0) / 1e9;
                System.out.printf("interaction store, %s writes: first %d events %.0f events/s; all %d events in batches of 500 in %.1f s = %.0f events/s (%d documents at the end)%n",
                        mode, SAME_SIZE, SAME_SIZE / firstPart, n, s, n / s, store.count());
            }
            // What ActivityLogWriter does per record (through JNoSQL): a find by id, then an insert.
            var log = client.getDatabase("store_log").getCollection("activity_log");
            List<IncomingRecord> all = records(Math.min(events, 20_000), users, tracks);
            long t0 = System.nanoTime();
            for (IncomingRecord r : all) {
                String id = "e" + r.offset() + "-" + r.partition();
                if (log.find(com.mongodb.client.model.Filters.eq("_id", id)).first() == null) {
                    log.insertOne(new org.bson.Document("_id", id).append("value", r.value()));
                }
            }
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("activity log pattern (find by id + insert per record): %d records in %.1f s = %.0f records/s%n",
                    all.size(), s, all.size() / s);
        }
    }

    static List<IncomingRecord> records(int n, int users, int tracks) {
        Random rnd = new Random(42);
        List<IncomingRecord> out = new ArrayList<>(n);
        long[] next = new long[4];
        for (int i = 0; i < n; i++) {
            String user = "b" + rnd.nextInt(users);
            int p = Math.floorMod(user.hashCode(), 4);
            ActivityEvent e = new ActivityEvent("e" + i, user, Integer.toString(1 + rnd.nextInt(tracks)), ActivityType.PLAY, null,
                    1 + rnd.nextInt(3), Instant.ofEpochSecond(1_700_000_000L + i), null);
            out.add(new IncomingRecord("user-activity", p, next[p]++, user, e.toJson().toString(), 0L, Map.of()));
        }
        return out;
    }
}
