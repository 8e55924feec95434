package org.musicrec.recommend.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.musicrec.recommend.als.AlsData;
import org.musicrec.recommend.als.AlsModelState;
import org.musicrec.recommend.als.AlsParams;

/**
 * Trains ALS with Spark MLlib in a driver JVM of its own (client mode): writes the ratings to
 * {@code <dir>/spark-ratings.tsv}, starts {@code org.musicrec.sparkjob.AlsSparkJob} on the job jar and
 * Spark's class path, follows its progress lines, and reads the factors it writes to
 * {@code <dir>/spark-factors.bin}. {@code dir} must be a path the executors reach too (one host, or a
 * shared file system). A driver that dies, fails or overruns the timeout is an {@link IOException}
 * naming the reason: the driver's own ({@code SPARK-FAILED}, e.g. no live executor for
 * {@link SparkSettings#executorWait()}: every worker dead), else the last lines of its stderr (the whole
 * log is {@code <dir>/spark-driver.log}). {@link #stop()} ends the driver and makes {@code train} throw
 * {@link Stopped}.
 */
public final class SparkAlsLauncher {
    public static final String MAIN = "org.musicrec.sparkjob.AlsSparkJob";
    /** Lines of the driver's stderr kept for the failure message. */
    private static final int TAIL = 12;
    private static final int CONNECT_MILLIS = 3000;
    private static final String FAILED = "SPARK-FAILED ";

    /** Told of the Spark tasks done out of those submitted so far. */
    @FunctionalInterface
    public interface Progress {
        void tasks(long done, long submitted);
    }

    /** The training was stopped ({@link #stop()}), not failed: the driver was ended on purpose. */
    public static final class Stopped extends IOException {
        private static final long serialVersionUID = 1L;

        Stopped(String message) {
            super(message);
        }
    }

    private final SparkSettings settings;
    private volatile Process driver;
    private volatile boolean stopped;
    /** The driver's own reason for giving up (its SPARK-FAILED line), if it printed one. */
    private volatile String driverReason;

    public SparkAlsLauncher(SparkSettings settings) {
        this.settings = settings;
    }

    public static Path pidFile(Path dir) {
        return dir.resolve("spark-driver.pid");
    }

    public static Path factorsFile(Path dir) {
        return dir.resolve("spark-factors.bin");
    }

    /** The factors of a trained model ({@code nextUnit} set to {@code finalUnit}). */
    public AlsModelState train(Path dir, AlsData data, AlsParams p, int finalUnit, Progress progress) throws IOException, InterruptedException {
        if (p.biases()) {
            throw new IllegalArgumentException("Spark MLlib's ALS has no biases: train biased models with the local engine");
        }
        checkReachable();
        driverReason = null;
        Path ratings = dir.resolve("spark-ratings.tsv");
        Path factors = factorsFile(dir);
        Files.deleteIfExists(factors);
        SparkRatings.write(ratings, data, p);
        List<String> cmd = command(ratings, factors, data.numUsers(), data.numItems(), p);
        Path log = dir.resolve("spark-driver.log");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(log.toFile());
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        if (stopped) {
            throw new Stopped("stopped before the Spark driver started");
        }
        Process proc = pb.start();
        driver = proc;
        if (stopped) {
            proc.destroy(); // stop() came between the check and the assignment
        }
        // For operators (and SparkTrainingIT): which JVM is this run's driver.
        Files.writeString(pidFile(dir), Long.toString(proc.pid()));
        try {
            Thread reader = new Thread(() -> follow(proc.getInputStream(), progress), "spark-driver-stdout");
            reader.setDaemon(true);
            reader.start();
            if (!proc.waitFor(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IOException("the Spark driver did not finish within " + settings.timeout().toSeconds() + " s on "
                        + settings.master() + " (no executors? see " + log + "): " + tail(log));
            }
            reader.join(5000);
            if (stopped) {
                throw new Stopped("stopped: the Spark driver on " + settings.master() + " was ended (exit status " + proc.exitValue() + ")");
            }
            if (proc.exitValue() != 0 && driverReason != null) {
                throw new IOException("the Spark driver on " + settings.master() + " gave up: " + driverReason + " (log: " + log + ")");
            }
            if (proc.exitValue() != 0) {
                throw new IOException("the Spark driver on " + settings.master() + " exited with status " + proc.exitValue()
                        + (proc.exitValue() > 128 ? " (killed by signal " + (proc.exitValue() - 128) + ")" : "") + ": " + tail(log));
            }
            if (!Files.exists(factors)) {
                throw new IOException("the Spark driver finished without writing " + factors);
            }
            return readFactors(factors, data.numUsers(), data.numItems(), p.rank(), finalUnit);
        } finally {
            driver = null;
            proc.destroyForcibly();
            Files.deleteIfExists(ratings);
        }
    }

    /**
     * Stops the training (a stopped step): ends a running driver with SIGTERM, whose shutdown removes the
     * application from the cluster; {@code train} then throws {@link Stopped} once the driver has exited.
     */
    public void stop() {
        stopped = true;
        Process p = driver;
        if (p != null) {
            p.destroy();
        }
    }

    public static AlsModelState readFactors(Path factors, int users, int items, int rank, int finalUnit) throws IOException {
        AlsModelState s;
        try (InputStream in = Files.newInputStream(factors)) {
            s = AlsModelState.readFrom(in);
        }
        if (s.rank() != rank || s.numUsers() != users || s.numItems() != items) {
            throw new IOException(factors + " holds rank " + s.rank() + ", " + s.numUsers() + " x " + s.numItems()
                    + ", not rank " + rank + ", " + users + " x " + items);
        }
        return new AlsModelState(rank, users, items, s.userFactors(), s.itemFactors(), finalUnit);
    }

    /** A standalone master that refuses connections fails at once, not after Spark's minute of retries. */
    void checkReachable() throws IOException {
        var master = settings.standaloneMaster();
        if (master.isEmpty()) {
            return;
        }
        URI u = master.get();
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(u.getHost(), u.getPort()), CONNECT_MILLIS);
        } catch (IOException e) {
            throw new IOException("the Spark master " + settings.master() + " is unreachable: " + e.getMessage(), e);
        }
    }

    List<String> command(Path ratings, Path factors, int users, int items, AlsParams p) throws IOException {
        String sparkClasspath = Files.readString(settings.classpathFile()).trim();
        List<String> cmd = new ArrayList<>();
        cmd.add(settings.javaCommand());
        cmd.add("-Xmx" + settings.driverMemory());
        cmd.addAll(jvmFlags());
        cmd.add("-cp");
        cmd.add(settings.jobJar().toAbsolutePath() + java.io.File.pathSeparator + sparkClasspath);
        cmd.add(MAIN);
        cmd.add("--executor-wait-seconds");
        cmd.add(String.valueOf(settings.executorWait().toSeconds()));
        // The driver ends itself when this JVM is gone (a killed server): no orphan holds the cluster's cores.
        cmd.add("--launcher-pid");
        cmd.add(String.valueOf(ProcessHandle.current().pid()));
        List<String> conf = new ArrayList<>();
        conf.add("spark.jars=" + settings.jobJar().toAbsolutePath().toUri());
        conf.add("spark.executor.memory=" + settings.executorMemory());
        if (settings.coresMax() > 0) {
            conf.add("spark.cores.max=" + settings.coresMax());
        }
        if (!settings.driverHost().isBlank()) {
            conf.add("spark.driver.host=" + settings.driverHost());
            conf.add("spark.driver.bindAddress=" + settings.driverHost());
        }
        settings.extraConf().forEach((k, v) -> conf.add(k + "=" + v));
        String[][] args = {{"master", settings.master()}, {"input", ratings.toAbsolutePath().toString()},
            {"output", factors.toAbsolutePath().toString()}, {"users", String.valueOf(users)}, {"items", String.valueOf(items)},
            {"rank", String.valueOf(p.rank())}, {"reg", String.valueOf(p.reg())}, {"alpha", String.valueOf(p.alpha())},
            {"iterations", String.valueOf(p.iterations())}, {"implicit", String.valueOf(p.implicit())},
            {"seed", String.valueOf(p.seed())}, {"blocks", String.valueOf(settings.blocks())},
            {"conf", String.join("\u001f", conf)}};
        for (String[] a : args) {
            cmd.add("--" + a[0]);
            cmd.add(a[1]);
        }
        return cmd;
    }

    /** Spark 4 on Java 17 needs these opens in every JVM it starts by hand (executors get them from Spark). */
    public static List<String> jvmFlags() {
        List<String> f = new ArrayList<>(List.of("-XX:+IgnoreUnrecognizedVMOptions", "--add-modules=jdk.incubator.vector"));
        for (String pkg : List.of("java.lang", "java.lang.invoke", "java.lang.reflect", "java.io", "java.net", "java.nio",
                "java.util", "java.util.concurrent", "java.util.concurrent.atomic", "jdk.internal.ref", "sun.nio.ch",
                "sun.nio.cs", "sun.security.action", "sun.util.calendar")) {
            f.add("--add-opens=java.base/" + pkg + "=ALL-UNNAMED");
        }
        f.add("--add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED");
        f.add("-Djdk.reflect.useDirectMethodHandle=false");
        f.add("-Dio.netty.tryReflectionSetAccessible=true");
        return f;
    }

    private void follow(InputStream stdout, Progress progress) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(stdout, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith(FAILED)) {
                    driverReason = line.substring(FAILED.length()).trim();
                }
                long[] t = parseProgress(line);
                if (t != null && progress != null) {
                    progress.tasks(t[0], t[1]);
                }
            }
        } catch (IOException e) {
            // the driver went away; its exit status tells why
        }
    }

    /** {@code SPARK-PROGRESS done submitted} as two numbers, or null for any other line. */
    static long[] parseProgress(String line) {
        if (!line.startsWith("SPARK-PROGRESS ")) {
            return null;
        }
        String[] parts = line.trim().split(" ");
        try {
            return parts.length == 3 ? new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2])} : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The last lines of the driver's log that say something (errors first), for the failure message. */
    static String tail(Path log) {
        try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
            Deque<String> last = new ArrayDeque<>();
            String firstError = null;
            for (String l : (Iterable<String>) lines::iterator) {
                if (firstError == null && (l.contains("Exception") || l.contains("ERROR"))) {
                    firstError = l;
                }
                last.addLast(l);
                if (last.size() > TAIL) {
                    last.removeFirst();
                }
            }
            String joined = String.join(" | ", last);
            return (firstError != null && !joined.contains(firstError) ? firstError + " ... " : "")
                    + (joined.length() > 2000 ? joined.substring(joined.length() - 2000) : joined);
        } catch (IOException | java.io.UncheckedIOException e) {
            return "(no driver log: " + e.getMessage() + ")";
        }
    }

    public String describe() {
        return String.format(Locale.ROOT, "spark on %s", settings.master());
    }
}
