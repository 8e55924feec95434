package org.musicrec.events.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.musicrec.tools.devservices.DevServices;
import org.musicrec.tools.devservices.DevServicesConfig;
import org.musicrec.tools.devservices.PayaraMicroLauncher;
import org.musicrec.platform.security.PasswordHash;

/**
 * Events from HTTP clients through Kafka into MongoDB on loopback: starts the dev services and a
 * Payara Micro with the built WAR, then measures (1) batch requests, (2) single-event requests with
 * the latency of each 202, (3) the delay from a 202 to the interaction being visible in MongoDB at a
 * paced rate; at the end the sum of play counts stored must equal the sum of counts accepted.
 * Every phase stops at its time or its event budget, whichever comes first, so a slow store cannot
 * make the drain unbounded. Seeded (seed 42).
 * usage: EventsBench WORKDIR [conditional-writes true|false] [seconds] [clients] [batch] [max-events] [paced-rate]
 *        [history-cache max-interactions, or "default"]
 */
public final class EventsBench {

    static final int TRACKS = 1000;
    static final int USERS = 5000;

    // HTTP/1.1 with keep-alive, a connection per client thread, as wrk would (no h2c upgrade).
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String adminAuth;
    private final AtomicLong countsAccepted = new AtomicLong();
    /** Events of all phases that got a 202: what the consumer's total must reach (it starts at 0 with the server). */
    private final AtomicLong eventsAccepted = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();

    EventsBench(String base, String adminPassword) {
        this.base = base;
        this.adminAuth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + adminPassword).getBytes());
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        boolean conditional = args.length > 1 ? Boolean.parseBoolean(args[1]) : true;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        int batch = args.length > 4 ? Integer.parseInt(args[4]) : 100;
        long maxEvents = args.length > 5 ? Long.parseLong(args[5]) : 200_000;
        int paced = args.length > 6 ? Integer.parseInt(args[6]) : 50;
        String historyCache = args.length > 7 ? args[7] : "default";
        List<String> jvm = new java.util.ArrayList<>(List.of("-Xmx1500m", "-Dmusicrec.events.interactions.conditional-writes=" + conditional));
        if (!historyCache.equals("default")) {
            jvm.add("-Dmusicrec.serving.history-cache.max-interactions=" + Long.parseLong(historyCache));
        }
        Files.createDirectories(work);
        DevServicesConfig config = DevServicesConfig.defaults(work.resolve("services")).withPorts(port(), port(), port());
        String password = java.util.UUID.randomUUID().toString();
        int httpPort = port();
        try (DevServices services = new DevServices(config)) {
            services.start();
            PayaraMicroLauncher.Options options = new PayaraMicroLauncher.Options(Path.of("target/payara-micro.jar"),
                    Path.of("target/musicrec.war"), Path.of("payara-config"), work.resolve("payara"), "127.0.0.1", httpPort,
                    Map.of("MONGO_URI", config.mongoUri(), "KAFKA_BOOTSTRAP", config.kafkaBootstrap(), "DATA_DIR", ".",
                            "ADMIN_HASH", PasswordHash.hash(password.toCharArray())),
                    jvm);
            try (PayaraMicroLauncher payara = new PayaraMicroLauncher(options);
                 MongoClient mongo = MongoClients.create(config.mongoUri())) {
                payara.start();
                payara.awaitDeployed(Duration.ofMinutes(6), true);
                seedTracks(mongo.getDatabase("musicrec").getCollection("tracks"));
                EventsBench b = new EventsBench(payara.baseUrl(), password);
                System.out.printf("setup: conditional-writes=%s, history-cache %s, %d clients, batch %d, %d s or %d events per phase, paced %d/s, load %s%n",
                        conditional, historyCache, clients, batch, seconds, maxEvents, paced, Files.readString(Path.of("/proc/loadavg")).trim());
                b.load("warm-up", 3, clients, batch, Math.min(maxEvents, 5_000));
                b.load("batch", seconds, clients, batch, maxEvents);
                b.load("single", seconds, clients, 1, maxEvents);
                b.visibility(mongo.getDatabase("musicrec").getCollection("interactions"), seconds, paced);
                b.drain(Duration.ofMinutes(10));
                long stored = 0;
                for (Document d : mongo.getDatabase("musicrec").getCollection("interactions").find()
                        .projection(new Document("plays", 1))) {
                    stored += ((Number) d.get("plays")).longValue();
                }
                System.out.printf("exactness: counts accepted (202) %d, plays stored %d, %s; refused %d%n",
                        b.countsAccepted.get(), stored, stored == b.countsAccepted.get() ? "EQUAL" : "DIFFERENT", b.refused.get());
                if (stored != b.countsAccepted.get()) {
                    System.exit(1);
                }
            }
        }
    }

    static void seedTracks(MongoCollection<Document> tracks) {
        List<Document> docs = new ArrayList<>();
        for (long i = 1; i <= TRACKS; i++) {
            docs.add(new Document("_id", i).append("title", "bench track " + i).append("placeholder", true));
        }
        tracks.insertMany(docs, new InsertManyOptions().ordered(false));
    }

    /** Clients post as fast as answers come for {@code seconds} or until {@code maxEvents} are accepted; then waits for the drain. */
    void load(String phase, int seconds, int clients, int batch, long maxEvents) throws Exception {
        JsonObject before = activity();
        AtomicLong accepted = new AtomicLong();
        List<long[]> latencies = new ArrayList<>();
        long t0 = System.nanoTime();
        long end = t0 + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Random rnd = new Random(42L * 31 + c + phase.hashCode());
            done.add(pool.submit(() -> {
                long[] lat = new long[1 << 20];
                int n = 0;
                while (System.nanoTime() < end && accepted.get() < maxEvents) {
                    StringBuilder body = new StringBuilder(batch == 1 ? "" : "[");
                    long counts = 0;
                    for (int i = 0; i < batch; i++) {
                        int count = 1 + rnd.nextInt(3);
                        counts += count;
                        body.append(i == 0 ? "" : ",").append("{\"userId\":\"b").append(rnd.nextInt(USERS))
                                .append("\",\"trackId\":\"").append(1 + rnd.nextInt(TRACKS)).append("\",\"type\":\"play\",\"count\":")
                                .append(count).append('}');
                    }
                    if (batch != 1) {
                        body.append(']');
                    }
                    long s = System.nanoTime();
                    int status = post("/api/events", body.toString());
                    long took = System.nanoTime() - s;
                    if (status == 202) {
                        accepted.addAndGet(batch);
                        eventsAccepted.addAndGet(batch);
                        countsAccepted.addAndGet(counts);
                        if (n < lat.length) {
                            lat[n++] = took;
                        }
                    } else {
                        refused.addAndGet(batch);
                    }
                }
                return Arrays.copyOf(lat, n);
            }));
        }
        for (Future<long[]> f : done) {
            latencies.add(f.get());
        }
        pool.shutdown();
        double sendSeconds = (System.nanoTime() - t0) / 1e9;
        long consumedBefore = before.getJsonNumber("consumedTotal").longValue();
        double drained = drain(Duration.ofMinutes(10));
        double e2e = (System.nanoTime() - t0) / 1e9;
        long consumed = activity().getJsonNumber("consumedTotal").longValue() - consumedBefore;
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf("%s: %d events in %d requests of %d; accepted %.0f events/s (%.0f req/s) over %.1f s; "
                        + "all folded into MongoDB after %.1f s more: end to end %.0f events/s; consumed %d; 202 latency ms p50 %.1f p95 %.1f p99 %.1f%n",
                phase, accepted.get(), all.length, batch, accepted.get() / sendSeconds, all.length / sendSeconds, sendSeconds,
                drained, accepted.get() / e2e, consumed, pct(all, 50), pct(all, 95), pct(all, 99));
    }

    /** Paced single events, each a new user, and a watcher reading back their interaction documents. */
    void visibility(MongoCollection<Document> interactions, int seconds, int perSecond) throws Exception {
        Map<String, Long> pending = new ConcurrentHashMap<>();
        List<Long> delays = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Long> lat = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicLong queryNanos = new AtomicLong();
        AtomicLong queries = new AtomicLong();
        Thread watcher = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                if (!pending.isEmpty()) {
                    List<String> ids = new ArrayList<>(pending.keySet());
                    long q = System.nanoTime();
                    for (Document d : interactions.find(Filters.in("_id", ids)).projection(new Document("_id", 1))) {
                        Long acked = pending.remove(d.getString("_id"));
                        if (acked != null) {
                            delays.add(System.nanoTime() - acked);
                        }
                    }
                    queryNanos.addAndGet(System.nanoTime() - q);
                    queries.incrementAndGet();
                }
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "visibility-watcher");
        watcher.start();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        long t0 = System.nanoTime();
        int n = seconds * perSecond;
        List<Future<?>> sent = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long wait = t0 + i * 1_000_000_000L / perSecond - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            String user = "vis" + i;
            sent.add(pool.submit(() -> {
                long s = System.nanoTime();
                int status = post("/api/events", "{\"userId\":\"" + user + "\",\"trackId\":\"7\",\"type\":\"play\"}");
                long acked = System.nanoTime();
                if (status == 202) {
                    countsAccepted.incrementAndGet();
                    eventsAccepted.incrementAndGet();
                    lat.add(acked - s);
                    pending.put(user + "|7", acked);
                } else {
                    refused.incrementAndGet();
                }
            }));
        }
        for (Future<?> f : sent) {
            f.get();
        }
        pool.shutdown();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (!pending.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        watcher.interrupt();
        watcher.join();
        long[] d = delays.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] l = lat.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("visibility at %d events/s for %d s: %d seen, %d never; 202 latency ms p50 %.1f p95 %.1f p99 %.1f; "
                        + "202 -> visible in MongoDB ms p50 %.1f p95 %.1f p99 %.1f (watcher query %.1f ms mean)%n",
                perSecond, seconds, d.length, pending.size(), pct(l, 50), pct(l, 95), pct(l, 99), pct(d, 50), pct(d, 95), pct(d, 99),
                queries.get() == 0 ? 0 : queryNanos.get() / 1e6 / queries.get());
    }

    /**
     * Seconds until the interaction consumer has handled every accepted event. Its lag alone is not
     * enough: the loop measures it at each poll, so it reads 0 while a long batch is being written.
     */
    double drain(Duration timeout) throws Exception {
        long t0 = System.nanoTime();
        while (System.nanoTime() - t0 < timeout.toNanos()) {
            if (activity().getJsonNumber("consumedTotal").longValue() >= eventsAccepted.get()) {
                return (System.nanoTime() - t0) / 1e9;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("not drained within " + timeout);
    }

    JsonObject activity() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/admin/activity"))
                .header("Authorization", adminAuth).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    int post(String path, String json) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    static int port() throws java.io.IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
