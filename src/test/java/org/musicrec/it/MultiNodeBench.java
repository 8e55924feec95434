package org.musicrec.it;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.bson.Document;
import org.musicrec.platform.security.PasswordHash;
import org.musicrec.platform.security.ServiceKeyHash;
import org.musicrec.tools.devservices.DevServices;
import org.musicrec.tools.devservices.DevServicesConfig;
import org.musicrec.tools.devservices.FreePortServices;
import org.musicrec.tools.devservices.PayaraMicroLauncher;

/**
 * One node against two on one broker and one Mongo server, side by side in one run (bench/nodes.sh):
 * events end to end (batch requests from {@code clients} threads for {@code seconds}, spread over the
 * nodes; from the first send until MongoDB holds every accepted event), then the freshness across
 * nodes (an event accepted by A until B's answer for that listener changed) for {@code listeners}
 * listeners. The accepted and stored counts must agree exactly, or it exits 1. Seeded fixture (42).
 * usage: MultiNodeBench WORKDIR [seconds 15] [clients 4] [batch 50] [listeners 40]
 */
public final class MultiNodeBench {

    private final String password = "bench-" + System.nanoTime();
    private final String key = ServiceKeyHash.newKey();
    private final DevServicesConfig services;
    private final Path work;

    private MultiNodeBench(DevServicesConfig services, Path work) {
        this.services = services;
        this.work = work;
    }

    private PayaraMicroLauncher node(String name) throws Exception {
        Map<String, String> settings = Map.of("MONGO_URI", services.mongoUri(), "KAFKA_BOOTSTRAP", services.kafkaBootstrap(),
                "DATA_DIR", ".", "NODE_ID", name, "ADMIN_HASH", PasswordHash.hash(password.toCharArray()),
                "SERVICE_KEY_HASHES", ServiceKeyHash.hash(key));
        return new PayaraMicroLauncher(new PayaraMicroLauncher.Options(Path.of("target/payara-micro.jar"), Path.of("target/musicrec.war"),
                Path.of("payara-config"), work.resolve(name), "127.0.0.1", FreePortServices.freePort(), settings,
                List.of("-Xmx1g", "-XX:+UseG1GC")));
    }

    private static long applied(MongoCollection<Document> interactions, String prefix) {
        long sum = 0;
        for (Document d : interactions.find(Filters.regex("userId", Pattern.compile("^" + prefix)))) {
            sum += d.get("plays", Number.class).longValue();
        }
        return sum;
    }

    /** Batch requests for {@code seconds} spread over {@code apps}; events/s from the first send until all are stored. */
    private static double endToEnd(String label, List<Http> apps, MongoCollection<Document> interactions, String prefix, int seconds,
                                   int clients, int batch) throws Exception {
        AtomicLong accepted = new AtomicLong();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            running.add(pool.submit(() -> {
                java.util.Random r = new java.util.Random(42 + client);
                for (int req = 0; System.nanoTime() < end; req++) {
                    StringBuilder body = new StringBuilder("[");
                    for (int i = 0; i < batch; i++) {
                        body.append(i == 0 ? "" : ",").append("{\"eventId\":\"").append(prefix).append(client).append('-').append(req)
                                .append('-').append(i).append("\",\"userId\":\"").append(prefix).append(r.nextInt(2000))
                                .append("\",\"trackId\":\"").append(TasteFixture.track(r.nextInt(120))).append("\",\"type\":\"play\"}");
                    }
                    Http.Answer a = apps.get((client + req) % apps.size()).post("api/events", body.append(']').toString());
                    if (a.status() == 202) {
                        accepted.addAndGet(batch);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        long sent = accepted.get();
        Poll.until(Duration.ofMinutes(5), () -> applied(interactions, prefix), n -> n >= sent, label + ": " + sent + " events stored");
        double secs = (System.nanoTime() - start) / 1e9;
        long stored = applied(interactions, prefix);
        if (stored != sent) {
            System.out.println(label + ": EXACTNESS FAILED, accepted " + sent + ", stored " + stored);
            System.exit(1);
        }
        double rate = sent / secs;
        System.out.printf(Locale.ROOT, "%s: %d events accepted in %d s, all stored after %.1f s: end to end %.0f events/s (stored == accepted)%n",
                label, sent, seconds, secs, rate);
        return rate;
    }

    private static List<String> items(Http app, String user) {
        return app.get("api/users/" + user + "/recommendations?n=10").json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getString("trackId")).toList();
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]).toAbsolutePath();
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        int batch = args.length > 3 ? Integer.parseInt(args[3]) : 50;
        int listeners = args.length > 4 ? Integer.parseInt(args[4]) : 40;
        ItServices.deleteTree(work);
        DevServices dev = FreePortServices.start(work, 4, DevServicesConfig.DEFAULT_TOPICS);
        MultiNodeBench bench = new MultiNodeBench(dev.config(), work);
        try (MongoClient client = MongoClients.create(dev.config().mongoUri());
             PayaraMicroLauncher a = bench.node("node-a");
             PayaraMicroLauncher b = bench.node("node-b")) {
            var db = client.getDatabase("musicrec");
            MongoCollection<Document> interactions = db.getCollection("interactions");
            new TasteFixture(120, 300).write(db, 42);
            a.start();
            a.awaitDeployed(Duration.ofMinutes(6), true);
            Http adminA = new Http(a.baseUrl()).as("admin", bench.password);
            Http appA = new Http(a.baseUrl()).withKey(bench.key).http1();
            AdminJobs jobs = new AdminJobs(adminA);
            jobs.awaitEnd(jobs.launch("train-als", "{\"rank\":\"8\",\"iterations\":\"8\",\"seed\":\"3\"}"));

            double one = endToEnd("one node", List.of(appA), interactions, "one-", seconds, clients, batch);

            b.start();
            b.awaitDeployed(Duration.ofMinutes(6), true);
            Http adminB = new Http(b.baseUrl()).as("admin", bench.password);
            Http appB = new Http(b.baseUrl()).withKey(bench.key).http1();
            // B consuming: its share of the partitions assigned.
            Poll.until(Duration.ofMinutes(2), () -> adminB.get("api/admin/activity").json().getJsonArray("loops").stream()
                    .anyMatch(l -> l.asJsonObject().getString("group").equals("musicrec-interactions") && l.asJsonObject().getBoolean("running")),
                    running -> running, "B's consumer running");
            double two = endToEnd("two nodes", List.of(appA, appB), interactions, "two-", seconds, clients, batch);
            System.out.printf(Locale.ROOT, "ratio two nodes / one node, end to end: %.2fx%n", two / one);

            List<Long> millis = new ArrayList<>();
            for (int u = 0; u < listeners; u++) {
                String user = TasteFixture.user(u);
                String top = items(appB, user).get(0);
                Http.Answer r = appA.post("api/events", "{\"eventId\":\"fresh-" + u + "\",\"userId\":\"" + user + "\",\"trackId\":\""
                        + top + "\",\"type\":\"complete\"}");
                if (r.status() != 202) {
                    throw new IllegalStateException(r.body());
                }
                long t0 = System.nanoTime();
                while (items(appB, user).contains(top)) {
                    if (System.nanoTime() - t0 > 30_000_000_000L) {
                        System.out.println("freshness: " + user + " not reflected on B after 30 s");
                        System.exit(1);
                    }
                    Thread.sleep(5); // the probe's pace
                }
                millis.add((System.nanoTime() - t0) / 1_000_000);
            }
            Collections.sort(millis);
            System.out.printf(Locale.ROOT, "freshness across nodes (202 from A until B's answer changed), %d listeners: p50 %d ms, p95 %d ms, max %d ms%n",
                    listeners, millis.get(millis.size() / 2), millis.get((int) Math.ceil(millis.size() * 0.95) - 1), millis.get(millis.size() - 1));
        } finally {
            dev.close();
        }
    }
}
