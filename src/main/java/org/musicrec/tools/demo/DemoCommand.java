package org.musicrec.tools.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.musicrec.tools.generate.DemoDataGenerator;
import org.musicrec.tools.cli.CommandArgs;
import org.musicrec.tools.cli.ExitStatus;
import org.musicrec.tools.cli.UsageException;
import org.musicrec.tools.devservices.DevServices;
import org.musicrec.tools.devservices.DevServicesCommand;
import org.musicrec.tools.devservices.DevServicesConfig;
import org.musicrec.tools.devservices.PayaraMicroLauncher;

/**
 * {@code ./musicrec demo}: the dev services and Payara Micro with the WAR, all on 127.0.0.1, data
 * under var/. Ctrl-C stops Payara first (it undeploys cleanly), then the services.
 */
public final class DemoCommand {

    static final String USAGE = """
            usage: ./musicrec demo [--data-dir DIR] [--port N] [--kafka-port N] [--controller-port N]
                                   [--mongo-port N] [--partitions N]
                                   [--metadata FMA_METADATA] [--audio FMA_AUDIO_ZIP [--max-files N] [--max-bytes SIZE]]
                                   [--history FILE] [--tracks N] [--clips N] [--users N] [--seed S]
                                   [--https-port N --keystore FILE [--cert-alias A]]
              Starts Kafka, the Mongo wire server and Payara Micro (WAR on http://127.0.0.1:PORT/,
              default 8080), runs the pipeline as batch jobs through the admin API (demo data,
              catalog-import, sample-audio, extract-features, fit-pca, replay-history, train-als),
              prints a summary and keeps everything running until Ctrl-C. Data stays under DIR
              (default var/); a second start skips the stages already done.
              --metadata, --audio, --history   real files (fma_metadata.zip, an fma_*.zip, a listening
                                               history: hetrec, movielens or csv) instead of the
                                               generated ones; what is not given is generated
              --max-files N, --max-bytes SIZE  the sampling budget for --audio (default 500 files)
              --tracks, --clips, --users, --seed  the generated data's size (default 2000, 800, 500, 2026)
              --https-port, --keystore, --cert-alias  serve HTTPS too, with the key pair A (default
                                               musicrec) of a PKCS12/JKS keystore whose password is in
                                               the environment variable MUSICREC_KEYSTORE_PASSWORD
            """;

    private DemoCommand() {
    }

    static DemoPipeline.Inputs inputs(CommandArgs args) {
        Path metadata = existing(args, "metadata");
        Path audio = existing(args, "audio");
        Path history = existing(args, "history");
        String maxFiles = args.get("max-files", null);
        String maxBytes = args.get("max-bytes", null);
        if (audio == null && (maxFiles != null || maxBytes != null)) {
            throw new UsageException("--max-files and --max-bytes bound the sampling of --audio; give --audio too");
        }
        Integer files = maxFiles == null ? null : args.getInt("max-files", 0);
        if (files != null && files < 1) {
            throw new UsageException("--max-files must be at least 1");
        }
        if (maxBytes != null) {
            org.musicrec.sampling.ByteSize.parse(maxBytes); // refuses a malformed size now, not in the job
        }
        return new DemoPipeline.Inputs(metadata, audio, files, maxBytes, history);
    }

    static DemoDataGenerator.Settings dataSettings(CommandArgs args) {
        DemoDataGenerator.Settings d = DemoDataGenerator.Settings.demo();
        long s = args.getLong("seed", d.seed());
        return new DemoDataGenerator.Settings(args.getInt("tracks", d.tracks()), d.malformed(), args.getInt("clips", d.clips()),
                d.clipSeconds(), d.sampleRate(), args.getInt("users", d.users()), d.meanTracks(), s);
    }

    static PayaraMicroLauncher.Tls tls(CommandArgs args) {
        Path keystore = existing(args, "keystore");
        String port = args.get("https-port", null);
        if (keystore == null && port == null) {
            return null;
        }
        if (keystore == null || port == null) {
            throw new UsageException("--https-port and --keystore go together");
        }
        String password = System.getenv("MUSICREC_KEYSTORE_PASSWORD");
        if (password == null || password.isEmpty()) {
            throw new UsageException("set MUSICREC_KEYSTORE_PASSWORD to the keystore's password (it is not taken on the command line)");
        }
        return new PayaraMicroLauncher.Tls(args.getInt("https-port", 0), keystore, password, args.get("cert-alias", "musicrec"));
    }

    private static Path existing(CommandArgs args, String name) {
        String v = args.get(name, null);
        if (v == null) {
            return null;
        }
        Path p = Path.of(v).toAbsolutePath();
        if (!Files.exists(p)) {
            throw new UsageException("--" + name + ": " + p + " does not exist");
        }
        return p;
    }

    public static void main(String[] argv) throws InterruptedException {
        long t0 = System.nanoTime();
        DevServicesConfig config;
        int port;
        DemoPipeline.Inputs inputs;
        DemoDataGenerator.Settings data;
        PayaraMicroLauncher.Tls tls;
        try {
            CommandArgs args = new CommandArgs(argv, Set.of("data-dir", "port", "kafka-port", "controller-port", "mongo-port", "partitions",
                    "metadata", "audio", "max-files", "max-bytes", "history", "tracks", "clips", "users", "seed",
                    "https-port", "keystore", "cert-alias"), Set.of());
            if (args.help()) {
                System.out.print(USAGE);
                System.exit(ExitStatus.OK);
            }
            config = DevServicesCommand.fromArgs(args);
            port = args.getInt("port", 8080);
            inputs = inputs(args);
            data = dataSettings(args);
            tls = tls(args);
        } catch (UsageException | IllegalArgumentException e) {
            System.err.println("musicrec demo: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(ExitStatus.BAD_INPUT);
            return;
        }
        BuiltServer built = BuiltServer.require("demo");
        String adminPassword = org.musicrec.platform.security.PasswordGenerator.generate();
        String serviceKey = org.musicrec.platform.security.ServiceKeyHash.newKey();
        DevServices services = new DevServices(config);
        PayaraMicroLauncher payara = new PayaraMicroLauncher(new PayaraMicroLauncher.Options(built.payaraJar(), built.war(),
                Path.of("payara-config").toAbsolutePath(), config.dataDir().resolve("payara"), config.host(), port,
                Map.of("MONGO_URI", config.mongoUri(), "KAFKA_BOOTSTRAP", config.kafkaBootstrap(),
                        "DATA_DIR", Path.of(System.getProperty("musicrec.data.dir", "../shared/data")).toAbsolutePath().toString(),
                        "ADMIN_HASH", org.musicrec.platform.security.PasswordHash.hash(adminPassword.toCharArray()),
                        "SERVICE_KEY_HASHES", org.musicrec.platform.security.ServiceKeyHash.hash(serviceKey)),
                // Writes by id: exact after crashes, rebalances and replays, giving up only the zombie case
                // (docs/events.md); on mongo-java-server much faster than conditional writes (BENCHMARKS.md).
                // Extra nodes (./musicrec node) render the same embedded settings.
                List.of("-Xmx3g", "-XX:+UseG1GC", "-Dmusicrec.events.interactions.conditional-writes=false")));
        if (tls != null) {
            payara.withTls(tls);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean stopping = new java.util.concurrent.atomic.AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.set(true);
            System.err.println("musicrec demo: stopping Payara Micro, Kafka and the Mongo server ...");
            try {
                payara.close();
            } finally {
                services.close();
                stopped.countDown();
            }
        }, "demo-stop"));
        // Payara boots (the slow part) while Kafka and Mongo start in this JVM.
        payara.start();
        System.err.println("musicrec demo: Payara Micro starting, log in " + payara.log());
        Duration servicesTook = services.start();
        System.err.printf("musicrec demo: kafka %s and mongo %s ready in %.1f s%n",
                config.kafkaBootstrap(), config.mongoUri(), servicesTook.toMillis() / 1000.0);
        try {
            payara.awaitDeployed(Duration.ofMinutes(5), true);
        } catch (IllegalStateException e) {
            System.err.println("musicrec demo: " + e.getMessage());
            System.exit(ExitStatus.BAD_INPUT);
        }
        double ready = (System.nanoTime() - t0) / 1e9;
        System.err.printf("musicrec demo: ready in %.1f s; running the pipeline as batch jobs%n", ready);
        long pipelineStart = System.nanoTime();
        AdminClient admin = new AdminClient(payara.baseUrl(), "admin", adminPassword);
        DemoPipeline pipeline = new DemoPipeline(admin, config.dataDir().resolve("demo"), inputs, data);
        try {
            pipeline.run();
        } catch (java.io.IOException | RuntimeException e) {
            if (stopping.get()) {
                // Ctrl-C: the server went away under the pipeline; the next start resumes it.
                stopped.await();
                return;
            }
            // The system stays up for a look at what happened; Ctrl-C still stops everything.
            System.err.println("musicrec demo: the pipeline stopped: " + e);
        }
        System.out.println();
        System.out.printf(java.util.Locale.ROOT, "pipeline (%.1f s):%n", (System.nanoTime() - pipelineStart) / 1e9);
        pipeline.stageLines().forEach(l -> System.out.println("  " + l));
        pipeline.notes().forEach(l -> System.out.println("  " + l));
        try {
            System.out.println("  catalogue: " + admin.get("/api/tracks?size=1").getJsonNumber("total") + " tracks stored");
        } catch (java.io.IOException | RuntimeException e) {
            System.out.println("  catalogue: " + e.getMessage());
        }
        ModelSummary.lines(admin).forEach(l -> System.out.println("  " + l));
        System.out.printf("""

                musicrec is up (ready in %.1f s from launch)
                  page:      %s/
                  API:       %s/api
                  OpenAPI:   %s/openapi
                  readiness: %s/health/ready
                  console:   %s/admin/jobs.xhtml   user admin, password %s (generated for this run)
                  admin API: %s/api/admin/jobs   (HTTP Basic, the same user and password)
                  service key: %s
                  (listener data: events, histories, recommendations; send it as Authorization: Bearer <key>)
                %sCtrl-C stops everything.
                %n""", ready, payara.baseUrl(), payara.baseUrl(), payara.baseUrl(), payara.baseUrl(), payara.baseUrl(), adminPassword,
                payara.baseUrl(), serviceKey, tls == null ? "" : "  https:     https://" + config.host() + ":" + tls.port() + "/\n");
        stopped.await();
    }
}
