package org.musicrec.recommend.serving.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.bson.Document;
import org.musicrec.tools.devservices.DevServices;
import org.musicrec.tools.devservices.DevServicesConfig;
import org.musicrec.tools.devservices.PayaraMicroLauncher;
import org.musicrec.platform.security.PasswordHash;
import org.musicrec.recommend.als.AlsModelState;
import org.musicrec.recommend.als.TopN;
import org.musicrec.recommend.model.ModelArtifact;
import org.musicrec.recommend.model.mongo.MongoModelRegistry;

/**
 * Sets up the serving benchmark (bench/serving.sh drives the load): the dev services, a catalogue
 * of {@code --tracks} tracks with genres and PCA coordinates, an ALS model of {@code --users} users x
 * that many items at {@code --rank} (seeded random unit factors: serving cost does not depend on
 * their values), each user's top 100 computed with the serving code's own TopN, then Payara Micro
 * with the WAR. Then each user gets a history of {@code --history} plays (default 300) through the
 * real events API, Kafka and the consumers, as listeners have on a live service (their answers then
 * exclude what they played and carry "because you played" reasons), and every user's list is
 * requested once (warm caches, as in steady state). Prints {@code READY <base url>} and serves until
 * its standard input closes.
 */
public final class ServingBench {
    private ServingBench() {
    }

    public static void main(String[] args) throws Exception {
        int tracks = intArg(args, "--tracks", 100_000);
        int users = intArg(args, "--users", 5_000);
        int rank = intArg(args, "--rank", 64);
        int history = intArg(args, "--history", 300);
        Path work = Path.of(arg(args, "--work", "target/bench-serving"));
        deleteTree(work);
        DevServicesConfig config = DevServicesConfig.defaults(work.resolve("services")).withPorts(free(), free(), free());
        try (DevServices services = new DevServices(config)) {
            services.start();
            try (MongoClient client = MongoClients.create(config.mongoUri())) {
                MongoDatabase db = client.getDatabase("musicrec");
                long t0 = System.nanoTime();
                writeCatalogue(db, tracks);
                System.err.printf("catalogue: %d tracks in %.1f s%n", tracks, (System.nanoTime() - t0) / 1e9);
                t0 = System.nanoTime();
                writeModel(db, users, tracks, rank);
                System.err.printf("model: %d users x %d items, rank %d, lists in %.1f s%n", users, tracks, rank, (System.nanoTime() - t0) / 1e9);
            }
            int port = free();
            Map<String, String> settings = Map.of("MONGO_URI", config.mongoUri(), "MONGO_DATABASE", "musicrec",
                    "KAFKA_BOOTSTRAP", config.kafkaBootstrap(), "DATA_DIR", ".", "ADMIN_HASH", PasswordHash.hash("bench".toCharArray()));
            PayaraMicroLauncher.Options options = new PayaraMicroLauncher.Options(Path.of("target/payara-micro.jar"),
                    Path.of("target/musicrec.war"), Path.of("payara-config"), work.resolve("payara"), "127.0.0.1", port, settings,
                    List.of("-Xmx3g"));
            try (PayaraMicroLauncher payara = new PayaraMicroLauncher(options)) {
                payara.start();
                payara.awaitDeployed(Duration.ofMinutes(6), true);
                long t2 = System.nanoTime();
                long events = HistoryLoader.load(payara.baseUrl(), users, tracks, history);
                System.err.printf("histories: %d plays for %d users posted and applied in %.1f s%n", events, users,
                        (System.nanoTime() - t2) / 1e9);
                long t1 = System.nanoTime();
                warm(payara.baseUrl(), users);
                System.err.printf("warm-up: %d users requested once in %.1f s%n", users, (System.nanoTime() - t1) / 1e9);
                System.out.println("READY " + payara.baseUrl());
                System.out.flush();
                try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in))) {
                    while (in.readLine() != null) {
                        // serve until the script closes our input
                    }
                }
            }
        }
    }

    private static void writeCatalogue(MongoDatabase db, int tracks) {
        List<Document> genres = new ArrayList<>();
        for (int g = 1; g <= 16; g++) {
            genres.add(new Document("_id", g).append("title", "Genre " + g).append("topLevelId", g));
        }
        db.getCollection("genres").insertMany(genres);
        Random r = new Random(1);
        List<Document> batch = new ArrayList<>();
        for (int t = 0; t < tracks; t++) {
            int g = 1 + t % 16;
            List<Double> pca = new ArrayList<>();
            for (int k = 0; k < 10; k++) {
                pca.add(r.nextGaussian() + (k == g % 10 ? 3 : 0));
            }
            batch.add(new Document("_id", (long) t).append("title", "Track " + t).append("artistName", "Artist " + (t % 5000))
                    .append("albumTitle", "Album " + (t % 9000)).append("genres", List.of(g)).append("genresAll", List.of(g))
                    .append("topGenre", "Genre " + g).append("pcaCoordinates", pca).append("listens", (long) (1_000_000 / (t + 1))));
            if (batch.size() == 1000) {
                db.getCollection("tracks").insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            db.getCollection("tracks").insertMany(batch);
        }
    }

    private static void writeModel(MongoDatabase db, int users, int items, int rank) throws Exception {
        AlsModelState state = AlsModelState.initial(rank, users, items, 42L);
        List<String> userIds = IntStream.range(0, users).mapToObj(u -> "bench-user-" + u).toList();
        List<String> itemIds = IntStream.range(0, items).mapToObj(Integer::toString).toList();
        int[] counts = IntStream.range(0, items).map(i -> 1 + 100_000 / (i + 1)).toArray();
        MongoModelRegistry registry = new MongoModelRegistry(db);
        String id = "als-bench";
        registry.storeArtifact(id, new ModelArtifact(userIds, itemIds, counts, state));
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        List<Future<Document>> lists = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            int user = u;
            lists.add(pool.submit(() -> {
                TopN.Ranked top = TopN.of(state.userFactors(), user * rank, state.itemFactors(), rank, items, 100, new int[0], 0, 0);
                List<String> ids = new ArrayList<>();
                List<Double> scores = new ArrayList<>();
                for (int k = 0; k < top.size(); k++) {
                    ids.add(itemIds.get(top.items()[k]));
                    scores.add((double) top.scores()[k]);
                }
                return MongoModelRegistry.userListDocument(id, userIds.get(user), ids, scores);
            }));
        }
        List<Document> batch = new ArrayList<>();
        for (Future<Document> f : lists) {
            batch.add(f.get());
            if (batch.size() == 500) {
                registry.storeUserLists(batch);
                batch.clear();
            }
        }
        registry.storeUserLists(batch);
        pool.shutdown();
        registry.storeMetadata(new Document("_id", id).append("version", 1).append("createdAt", new Date())
                .append("params", new Document("rank", rank).append("reg", 0.1).append("alpha", 1.0).append("iterations", 0)
                        .append("seed", 42L).append("implicit", true).append("confidence", "log"))
                .append("data", new Document("users", users).append("items", items)));
        registry.activate(id, 1);
    }

    private static void warm(String base, int users) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            done.add(pool.submit(() -> {
                for (int u; (u = next.getAndIncrement()) < users; ) {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/users/bench-user-" + u + "/recommendations?n=10")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException("warm-up got " + r.statusCode() + ": " + r.body());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
    }

    private static int free() throws java.io.IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static String arg(String[] args, String name, String dflt) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return dflt;
    }

    private static int intArg(String[] args, String name, int dflt) {
        return Integer.parseInt(arg(args, name, Integer.toString(dflt)));
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
