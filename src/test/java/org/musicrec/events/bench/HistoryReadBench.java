package org.musicrec.events.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.bson.Document;
import org.musicrec.events.mongo.MongoInteractionStore;
import org.musicrec.tools.devservices.DevServicesConfig;
import org.musicrec.tools.devservices.MongoDevServer;

/**
 * One listener's history read from mongo-java-server (H2 backend), as serving reads it for a listener it
 * has no list for in memory: a known listener (baseline) against a listener with no interactions at all
 * (a new listener asking before their first event, or any id a client makes up). Seeded (42).
 * usage: HistoryReadBench WORKDIR [interactions] [users] [reads]
 */
public final class HistoryReadBench {

    public static void main(String[] args) throws Exception {
        Path work = Files.createDirectories(Path.of(args[0]));
        int interactions = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int users = args.length > 2 ? Integer.parseInt(args[2]) : 5000;
        int reads = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        DevServicesConfig config = BenchMongo.config(work);
        try (MongoDevServer server = new MongoDevServer(config); MongoClient client = MongoClients.create(config.mongoUri())) {
            server.start();
            var db = client.getDatabase("history_read");
            MongoInteractionStore store = new MongoInteractionStore(db, "bench");
            store.createIndexes();
            MongoCollection<Document> docs = db.getCollection(MongoInteractionStore.INTERACTIONS);
            Random rnd = new Random(42);
            Map<String, List<String>> lists = new LinkedHashMap<>();
            List<Document> batch = new ArrayList<>();
            for (int n = 0; n < interactions; n++) {
                String user = "u" + (n % users);
                String track = "t" + n;
                batch.add(new Document("_id", user + "|" + track).append("userId", user).append("trackId", track)
                        .append("plays", 1L + rnd.nextInt(5)).append("events", 1L).append("lastAt", new Date()));
                lists.computeIfAbsent(user, u -> new ArrayList<>()).add(track);
                if (batch.size() == 5000) {
                    docs.insertMany(batch);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                docs.insertMany(batch);
            }
            store.recordUserTracks(lists);
            System.out.printf("setup: %d interactions of %d listeners, load %s%n", interactions, users,
                    Files.readString(Path.of("/proc/loadavg")).trim());
            double[] known = new double[reads];
            double[] unknown = new double[reads];
            for (int r = 0; r < reads; r++) {
                long t0 = System.nanoTime();
                int got = store.ofUser("u" + rnd.nextInt(users)).size();
                known[r] = (System.nanoTime() - t0) / 1e6;
                t0 = System.nanoTime();
                int none = store.ofUser("nobody-" + r).size();
                unknown[r] = (System.nanoTime() - t0) / 1e6;
                if (got == 0 || none != 0) {
                    throw new AssertionError("known listener read " + got + ", unknown " + none);
                }
            }
            double k = median(known);
            double u = median(unknown);
            System.out.printf("history read, median of %d: known listener %.2f ms, listener with no interactions %.2f ms, ratio %.1fx%n",
                    reads, k, u, u / k);
        }
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
