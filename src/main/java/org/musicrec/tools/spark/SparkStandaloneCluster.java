package org.musicrec.tools.spark;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.musicrec.recommend.spark.SparkAlsLauncher;

/**
 * A Spark standalone master and {@code workers} workers on 127.0.0.1, each a JVM started from the jars
 * listed in {@code spark.classpath} (spark/target, from Maven Central). Executors are started by the
 * workers from {@code $SPARK_HOME/jars}, so a SPARK_HOME is made under {@code dir} with links to those
 * jars, and {@code SPARK_SCALA_VERSION} is set (without it a worker looks for a Spark build tree).
 * Logs and work folders stay under {@code dir}. {@link #close()} stops the workers (and so their
 * executors), then the master.
 */
public final class SparkStandaloneCluster implements AutoCloseable {
    public static final int MAX_WORKERS = 16;
    private static final Pattern ALIVE_WORKER = Pattern.compile("\"state\"\\s*:\\s*\"ALIVE\"");

    private final Path dir;
    private final Path classpathFile;
    private final int workers;
    private final String workerMemory;
    private final List<Process> processes = new ArrayList<>();
    private int masterPort;
    private int masterWebPort;
    private final List<Integer> workerWebPorts = new ArrayList<>();

    public SparkStandaloneCluster(Path dir, Path classpathFile, int workers, String workerMemory) {
        if (workers < 1 || workers > MAX_WORKERS) {
            throw new IllegalArgumentException("workers must be in 1.." + MAX_WORKERS + ", not " + workers);
        }
        this.dir = dir.toAbsolutePath();
        this.classpathFile = classpathFile;
        this.workers = workers;
        this.workerMemory = workerMemory;
    }

    /** Starts the JVMs and returns once every worker is ALIVE in the master's state, or throws. */
    public String start(Duration timeout) throws IOException, InterruptedException {
        String cp = Files.readString(classpathFile).trim();
        Path home = sparkHome(cp);
        masterPort = freePort();
        masterWebPort = freePort();
        processes.add(jvm("master", cp, home, "512m", "org.apache.spark.deploy.master.Master",
                "--host", "127.0.0.1", "--port", String.valueOf(masterPort), "--webui-port", String.valueOf(masterWebPort)));
        for (int w = 1; w <= workers; w++) {
            int web = freePort();
            workerWebPorts.add(web);
            Path work = Files.createDirectories(dir.resolve("work").resolve("worker-" + w));
            processes.add(jvm("worker-" + w, cp, home, "384m", "org.apache.spark.deploy.worker.Worker", masterUrl(),
                    "--host", "127.0.0.1", "--cores", "1", "--memory", workerMemory, "--webui-port", String.valueOf(web),
                    "--work-dir", work.toString()));
        }
        awaitWorkers(timeout);
        return masterUrl();
    }

    public String masterUrl() {
        return "spark://127.0.0.1:" + masterPort;
    }

    public URI masterJson() {
        return URI.create("http://127.0.0.1:" + masterWebPort + "/json/");
    }

    /** The worker JVMs, in start order (for a test that kills one). */
    public List<Process> workerProcesses() {
        return List.copyOf(processes.subList(1, processes.size()));
    }

    /**
     * Kills worker {@code index} (0-based) and the executor JVMs it started with SIGKILL, as when its
     * machine dies (for tests of a lost worker); returns how many executors went with it.
     */
    public int killWorker(int index) throws InterruptedException {
        Process worker = processes.get(1 + index);
        List<ProcessHandle> executors = worker.descendants().toList();
        worker.destroyForcibly();
        executors.forEach(ProcessHandle::destroyForcibly);
        worker.waitFor();
        for (ProcessHandle e : executors) {
            try {
                e.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException ex) {
                throw new IllegalStateException("executor " + e.pid() + " of worker " + (index + 1) + " did not die", ex);
            }
        }
        return executors.size();
    }

    /** The workers the master reports ALIVE now. */
    public int aliveWorkers() {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(masterJson())
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return countAlive(r.body());
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** Counts the workers in ALIVE state in the master's /json/ answer (apps have states of their own). */
    static int countAlive(String json) {
        int from = json.indexOf("\"workers\"");
        if (from < 0) {
            return 0;
        }
        int end = json.indexOf("]", from);
        Matcher m = ALIVE_WORKER.matcher(json.substring(from, end < 0 ? json.length() : end));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private void awaitWorkers(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (aliveWorkers() < workers) {
            for (int p = 0; p < processes.size(); p++) {
                if (!processes.get(p).isAlive()) {
                    throw new IOException((p == 0 ? "the Spark master" : "Spark worker " + p) + " exited with status "
                            + processes.get(p).exitValue() + " (log: " + dir.resolve("logs") + ")");
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IOException(aliveWorkers() + " of " + workers + " Spark workers registered within "
                        + timeout.toSeconds() + " s (logs: " + dir.resolve("logs") + ")");
            }
            Thread.sleep(250);
        }
    }

    /** SPARK_HOME with jars/ linking to every jar of the class path: the workers start executors from it. */
    private Path sparkHome(String cp) throws IOException {
        Path jars = Files.createDirectories(dir.resolve("spark-home").resolve("jars"));
        for (String jar : cp.split(java.io.File.pathSeparator)) {
            Path target = Path.of(jar);
            Path link = jars.resolve(target.getFileName());
            if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Files.createSymbolicLink(link, target);
            }
        }
        return jars.getParent();
    }

    private Process jvm(String name, String cp, Path home, String heap, String main, String... args) throws IOException {
        Path logs = Files.createDirectories(dir.resolve("logs"));
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + heap);
        cmd.addAll(SparkAlsLauncher.jvmFlags());
        cmd.add("-cp");
        cmd.add(cp);
        cmd.add(main);
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(logs.resolve(name + ".log").toFile());
        pb.environment().put("SPARK_HOME", home.toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        pb.environment().put("SPARK_LOCAL_DIRS", Files.createDirectories(dir.resolve("local")).toString());
        pb.environment().put("OPENBLAS_NUM_THREADS", "1");
        return pb.start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        // Workers first: each stops its executors on SIGTERM; then the master.
        for (int p = processes.size() - 1; p >= 0; p--) {
            processes.get(p).destroy();
        }
        for (Process p : processes) {
            try {
                if (!p.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
    }

    static String readAll(InputStream in) throws IOException {
        return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
