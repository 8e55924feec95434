package org.musicrec.tools.devservices;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs Payara Micro as a child process with the WAR and the files of {@code payara-config/}
 * (placeholders filled in), its log in the work folder. Used by the demo and by the tests that
 * need a server of their own.
 */
public final class PayaraMicroLauncher implements AutoCloseable {

    /** What to run and where. {@code settings} fill the placeholders of embedded.properties. */
    public record Options(Path payaraJar, Path war, Path configDir, Path workDir, String host, int port,
                          Map<String, String> settings, List<String> jvmOptions) {
    }

    /**
     * An HTTPS listener on {@code port} (same address as HTTP) with the key pair {@code alias} of a
     * PKCS12 or JKS keystore. Payara Micro reads the keystore from the standard javax.net.ssl
     * system properties of its JVM.
     */
    public record Tls(int port, Path keystore, String password, String alias) {
    }

    private final Options options;
    private Tls tls;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;

    public PayaraMicroLauncher(Options options) {
        this.options = options;
    }

    /** Serve HTTPS too; call before {@link #start()}. */
    public PayaraMicroLauncher withTls(Tls tls) {
        this.tls = tls;
        return this;
    }

    public Path log() {
        return options.workDir().resolve("payara.log");
    }

    public String baseUrl() {
        return "http://" + options.host() + ":" + options.port();
    }

    public void start() {
        try {
            Map<String, String> settings = new java.util.HashMap<>(options.settings());
            // One node per port on a machine: the port names it, stably across its restarts.
            settings.putIfAbsent("NODE_ID", "node-" + options.port());
            Path preBoot = renderConfig(options.configDir(), options.workDir(), options.host(), settings);
            Path props = options.workDir().resolve("embedded.properties");
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            // ALS training's SIMD kernels (same results without, only slower: see Lanes).
            cmd.addAll(List.of("--add-modules", "jdk.incubator.vector"));
            cmd.addAll(options.jvmOptions());
            if (tls != null) {
                cmd.add("-Djavax.net.ssl.keyStore=" + tls.keystore().toAbsolutePath());
                cmd.add("-Djavax.net.ssl.keyStorePassword=" + tls.password());
            }
            cmd.add("-jar");
            cmd.add(options.payaraJar().toString());
            for (String line : Files.readAllLines(options.configDir().resolve("boot-options"))) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    cmd.add(line.trim());
                }
            }
            cmd.addAll(List.of("--port", Integer.toString(options.port()),
                    "--prebootcommandfile", preBoot.toString(),
                    "--postbootcommandfile", options.configDir().resolve("post-boot-commands.asadmin").toString(),
                    "--systemproperties", props.toString(),
                    "--logproperties", options.configDir().resolve("logging.properties").toString(),
                    "--deploy", options.war().toString()));
            if (tls != null) {
                cmd.addAll(List.of("--sslport", Integer.toString(tls.port()), "--sslcert", tls.alias()));
            }
            process = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log().toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes pre-boot-commands.asadmin and embedded.properties of {@code configDir} into {@code workDir}
     * with their placeholders filled in (HTTP address, batch repository file, settings); returns the
     * pre-boot file. The job repository lives in the work folder, so it survives restarts.
     */
    public static Path renderConfig(Path configDir, Path workDir, String host, Map<String, String> settings) throws IOException {
        Path work = Files.createDirectories(workDir);
        Map<String, String> values = new java.util.HashMap<>(settings);
        values.putIfAbsent("MONGO_DATABASE", "musicrec");
        values.putIfAbsent("SERVICE_KEY_HASHES", "");
        values.putIfAbsent("NODE_ID", ""); // empty: the application derives one (host name and process id)
        values.put("HTTP_ADDRESS", host);
        values.put("JBATCH_DB", work.toAbsolutePath().resolve("jbatch").toString());
        values.put("WORK_DIR", work.toAbsolutePath().resolve("work").toString());
        // Sampled clips live next to Payara's folder (the demo's var/, the tests' target/it/).
        values.putIfAbsent("AUDIO_DIRS", work.toAbsolutePath().getParent().toString());
        render(configDir, work, "embedded.properties", values);
        return render(configDir, work, "pre-boot-commands.asadmin", values);
    }

    private static Path render(Path configDir, Path workDir, String name, Map<String, String> values) throws IOException {
        String text = Files.readString(configDir.resolve(name), StandardCharsets.UTF_8);
        for (var e : values.entrySet()) {
            text = text.replace("${" + e.getKey() + "}", e.getValue());
        }
        Path out = workDir.resolve(name);
        Files.writeString(out, text, StandardCharsets.UTF_8);
        return out;
    }

    /**
     * Waits until the application answers its readiness endpoint (UP or DOWN: deployed either way)
     * and returns the last status code, or throws if the process died or time ran out.
     */
    public int awaitDeployed(Duration timeout, boolean requireUp) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue() + "; see " + log());
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/health/ready"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                // Until the WAR is deployed Payara answers 503 "No Application deployed"; our checks mean
                // it is being deployed, and the application's own answer (applicationAnswers) that it is.
                boolean ours = r.body().contains("\"mongo\"");
                if (ours && (r.statusCode() == 200 || (!requireUp && r.statusCode() == 503)) && applicationAnswers()) {
                    return r.statusCode();
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            sleep(500);
        }
        throw new IllegalStateException("Payara Micro not ready within " + timeout.toSeconds() + " s; see " + log());
    }

    /**
     * Payara answers the readiness endpoint with our checks while the WAR's start-up observers still
     * run (one waits out Mongo's server-selection timeout when the store is down); until they end,
     * the application's own pages get a bare 500. So the application root must answer too.
     */
    private boolean applicationAnswers() throws IOException, InterruptedException {
        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
        return r.statusCode() == 200;
    }

    /** kill -9: no undeploy, no shutdown hooks, as in a crash. */
    public void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    @Override
    public void close() {
        if (process == null) {
            return;
        }
        process.destroy(); // SIGTERM: Payara undeploys cleanly (consumers stop, clients close)
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
