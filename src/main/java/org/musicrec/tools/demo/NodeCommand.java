package org.musicrec.tools.demo;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.musicrec.tools.cli.CommandArgs;
import org.musicrec.tools.cli.ExitStatus;
import org.musicrec.tools.cli.UsageException;
import org.musicrec.tools.devservices.PayaraMicroLauncher;

/**
 * {@code ./musicrec node --port N}: one more Payara Micro with the WAR on the Kafka broker and the
 * Mongo server of a running {@code ./musicrec demo}. It reads their addresses, the administrator's
 * password hash and the service keys' hashes from the settings the demo rendered into its data dir
 * ({@code payara/embedded.properties}), so the demo's password and key work here too. Its job
 * repository and work folder are its own ({@code DIR/node-N}); Ctrl-C stops only this node.
 */
public final class NodeCommand {

    static final String USAGE = """
            usage: ./musicrec node --port N [--data-dir DIR]
              Starts another node (Payara Micro with the WAR, node id node-N) on http://127.0.0.1:N/,
              on the Kafka and Mongo of the ./musicrec demo whose data dir is DIR (default var/),
              with the demo's administrator password and service key. Job repository and work folder
              under DIR/node-N. Prints its addresses when ready; Ctrl-C stops this node only.
            """;

    /** The demo's settings a node shares: MicroProfile key -> the launcher's placeholder. */
    static final Map<String, String> SHARED = Map.of(
            "musicrec.mongo.uri", "MONGO_URI",
            "musicrec.mongo.database", "MONGO_DATABASE",
            "musicrec.kafka.bootstrap-servers", "KAFKA_BOOTSTRAP",
            "musicrec.data.dir", "DATA_DIR",
            "musicrec.admin.password-hash", "ADMIN_HASH",
            "musicrec.api.key-hashes", "SERVICE_KEY_HASHES");

    private NodeCommand() {
    }

    /** The launcher settings of a node joining the demo whose rendered settings are {@code demoProperties}. */
    static Map<String, String> settings(Path demoProperties) throws IOException {
        if (!Files.isRegularFile(demoProperties)) {
            throw new UsageException(demoProperties + " does not exist: start ./musicrec demo with this --data-dir first");
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(demoProperties, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Map<String, String> out = new java.util.HashMap<>();
        for (var e : SHARED.entrySet()) {
            String v = p.getProperty(e.getKey());
            if (v == null || v.contains("${")) {
                throw new UsageException(demoProperties + " has no " + e.getKey() + ": is it the demo's?");
            }
            out.put(e.getValue(), v);
        }
        return out;
    }

    public static void main(String[] argv) throws InterruptedException {
        long t0 = System.nanoTime();
        Path dataDir;
        int port;
        Map<String, String> settings;
        try {
            CommandArgs args = new CommandArgs(argv, Set.of("data-dir", "port"), Set.of());
            if (args.help()) {
                System.out.print(USAGE);
                System.exit(ExitStatus.OK);
            }
            if (!args.positional().isEmpty()) {
                throw new UsageException("unexpected argument " + args.positional().get(0));
            }
            if (args.get("port", null) == null) {
                throw new UsageException("--port is required (the demo has 8080)");
            }
            port = args.getInt("port", 0);
            if (port < 1 || port > 65535) {
                throw new UsageException("--port must be between 1 and 65535");
            }
            dataDir = Path.of(args.get("data-dir", "var")).toAbsolutePath();
            settings = settings(dataDir.resolve("payara").resolve("embedded.properties"));
        } catch (UsageException | IllegalArgumentException | IOException e) {
            System.err.println("musicrec node: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(ExitStatus.BAD_INPUT);
            return;
        }
        BuiltServer built = BuiltServer.require("node");
        String nodeId = "node-" + port;
        settings.put("NODE_ID", nodeId);
        PayaraMicroLauncher payara = new PayaraMicroLauncher(new PayaraMicroLauncher.Options(built.payaraJar(), built.war(),
                Path.of("payara-config").toAbsolutePath(), dataDir.resolve(nodeId), "127.0.0.1", port, settings,
                List.of("-Xmx2g", "-XX:+UseG1GC")));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("musicrec node: stopping " + nodeId + " (the demo and its services keep running) ...");
            try {
                payara.close();
            } finally {
                stopped.countDown();
            }
        }, "node-stop"));
        payara.start();
        System.err.println("musicrec node: " + nodeId + " starting, log in " + payara.log());
        try {
            payara.awaitDeployed(Duration.ofMinutes(5), true);
        } catch (IllegalStateException e) {
            System.err.println("musicrec node: " + e.getMessage());
            System.exit(ExitStatus.BAD_INPUT);
        }
        String base = payara.baseUrl();
        System.out.printf("""

                musicrec node %s is up (ready in %.1f s), on kafka %s and mongo %s
                  page:      %s/
                  API:       %s/api
                  readiness: %s/health/ready
                  console:   %s/admin/jobs.xhtml   user admin, the demo's password
                  service key: the demo's
                Ctrl-C stops this node only.
                %n""", nodeId, (System.nanoTime() - t0) / 1e9, settings.get("KAFKA_BOOTSTRAP"), settings.get("MONGO_URI"),
                base, base, base, base);
        stopped.await();
    }
}
