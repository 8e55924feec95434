package org.musicrec.platform.devservices;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.musicrec.platform.cli.CommandArgs;
import org.musicrec.platform.cli.ExitStatus;
import org.musicrec.platform.cli.UsageException;

/**
 * {@code ./musicrec demo}: the dev services and Payara Micro with the WAR, all on 127.0.0.1, data
 * under var/. Ctrl-C stops Payara first (it undeploys cleanly), then the services.
 */
public final class DemoCommand {

    static final String USAGE = """
            usage: ./musicrec demo [--data-dir DIR] [--port N] [--kafka-port N] [--controller-port N]
                                   [--mongo-port N] [--partitions N]
              Starts Kafka, the Mongo wire server and Payara Micro (WAR on http://127.0.0.1:PORT/,
              default 8080) and keeps them running until Ctrl-C. Data stays under DIR (default var/).
            """;

    private DemoCommand() {
    }

    public static void main(String[] argv) throws InterruptedException {
        long t0 = System.nanoTime();
        DevServicesConfig config;
        int port;
        try {
            CommandArgs args = new CommandArgs(argv, Set.of("data-dir", "port", "kafka-port", "controller-port", "mongo-port", "partitions"), Set.of());
            if (args.help()) {
                System.out.print(USAGE);
                System.exit(ExitStatus.OK);
            }
            config = DevServicesCommand.fromArgs(args);
            port = args.getInt("port", 8080);
        } catch (UsageException e) {
            System.err.println("musicrec demo: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(ExitStatus.BAD_INPUT);
            return;
        }
        Path war = Path.of("target/musicrec.war").toAbsolutePath();
        Path payaraJar = Path.of("target/payara-micro.jar").toAbsolutePath();
        if (!Files.exists(war) || !Files.exists(payaraJar)) {
            System.err.println("musicrec demo: build first (target/musicrec.war, target/payara-micro.jar missing)");
            System.exit(ExitStatus.BAD_INPUT);
        }
        String adminPassword = org.musicrec.platform.security.PasswordGenerator.generate();
        DevServices services = new DevServices(config);
        PayaraMicroLauncher payara = new PayaraMicroLauncher(new PayaraMicroLauncher.Options(payaraJar, war,
                Path.of("payara-config").toAbsolutePath(), config.dataDir().resolve("payara"), config.host(), port,
                Map.of("MONGO_URI", config.mongoUri(), "KAFKA_BOOTSTRAP", config.kafkaBootstrap(),
                        "DATA_DIR", Path.of(System.getProperty("musicrec.data.dir", "../shared/data")).toAbsolutePath().toString(),
                        "ADMIN_HASH", org.musicrec.platform.security.PasswordHash.hash(adminPassword.toCharArray())),
                List.of("-Xmx3g", "-XX:+UseG1GC")));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
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
        Path shared = Path.of(System.getProperty("musicrec.data.dir", "../shared/data")).toAbsolutePath();
        try {
            List<String> summary = new DemoPipeline(new AdminClient(payara.baseUrl(), "admin", adminPassword),
                    config.dataDir().resolve("demo"), shared).run();
            System.out.println();
            System.out.println("pipeline:");
            summary.forEach(l -> System.out.println("  " + l));
        } catch (java.io.IOException | RuntimeException e) {
            // The system stays up for a look at what happened; Ctrl-C still stops everything.
            System.err.println("musicrec demo: the pipeline stopped: " + e);
        }
        System.out.printf("""

                musicrec is up (ready in %.1f s from launch)
                  page:      %s/
                  API:       %s/api
                  OpenAPI:   %s/openapi
                  readiness: %s/health/ready
                  admin API: %s/api/admin/jobs   user admin, password %s (generated for this run)
                Ctrl-C stops everything.
                %n""", ready, payara.baseUrl(), payara.baseUrl(), payara.baseUrl(), payara.baseUrl(), payara.baseUrl(), adminPassword);
        stopped.await();
    }
}
