package org.musicrec.sparkjob;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.ml.recommendation.ALS;
import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The driver of musicrec's Spark engine: Spark MLlib ALS over a ratings file that both this JVM and
 * the executors can read, with the factors collected and written back as an ALS model state file
 * (the format of musicrec's {@code AlsModelState}) that the server reads. Started in client mode by
 * the server (or {@code ./musicrec evaluate --engine spark}), one JVM per training.
 *
 * <p>The input is tab-separated {@code user item rating} with dense indexes (0..users-1, 0..items-1);
 * the server has already applied the confidence transform, so Spark's c = 1 + alpha r is musicrec's.
 * Rows Spark returns no factors for (none: every index has ratings) would stay zero.
 *
 * <p>On stdout it prints machine-read lines: {@code SPARK-APP <id>}, {@code SPARK-PROGRESS <done> <total>}
 * (tasks of the stages submitted so far), {@code SPARK-FIT <seconds>}, {@code SPARK-DONE}, and
 * {@code SPARK-FAILED <reason>} when it gives up for want of executors ({@link ExecutorWatch},
 * {@code --executor-wait-seconds}, default 120). With {@code --launcher-pid} it ends itself when that
 * process is gone ({@link LauncherWatch}). Exit status 0 done, 2 bad arguments, 3 no live executor for
 * that long, 4 the launcher gone, 1 anything else (Spark's message on stderr).
 */
public final class AlsSparkJob {
    private static final int MAGIC = 0x414C5331; // "ALS1", musicrec's AlsModelState
    static final int EXIT_NO_EXECUTORS = 3;
    static final int EXIT_LAUNCHER_GONE = 4;
    /** How long the job goes on after giving up before the JVM is halted (Spark's shutdown may hang on a lost cluster). */
    private static final long HALT_AFTER_MILLIS = 30_000;
    private static volatile boolean launcherGone;
    /** The session once it has started, for the launcher's watch to stop. */
    private static volatile SparkSession session;

    private AlsSparkJob() {
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> a = new HashMap<>();
        for (int i = 0; i + 1 < argv.length; i += 2) {
            if (!argv[i].startsWith("--")) {
                System.err.println("AlsSparkJob: expected --name value pairs, got " + argv[i]);
                System.exit(2);
            }
            a.put(argv[i].substring(2), argv[i + 1]);
        }
        for (String required : List.of("master", "input", "output", "users", "items", "rank", "reg", "alpha", "iterations", "implicit", "seed")) {
            if (!a.containsKey(required)) {
                System.err.println("AlsSparkJob: missing --" + required);
                System.exit(2);
            }
        }
        int users = Integer.parseInt(a.get("users"));
        int items = Integer.parseInt(a.get("items"));
        int rank = Integer.parseInt(a.get("rank"));
        int blocks = Integer.parseInt(a.getOrDefault("blocks", "4"));
        SparkSession.Builder builder = SparkSession.builder().appName(a.getOrDefault("app-name", "musicrec-als"))
                .master(a.get("master"))
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", String.valueOf(blocks));
        // Everything else (spark.driver.host, spark.jars, spark.executor.memory, spark.cores.max ...) as --conf k=v pairs.
        for (String kv : a.getOrDefault("conf", "").split("\u001f")) {
            int eq = kv.indexOf('=');
            if (eq > 0) {
                builder.config(kv.substring(0, eq), kv.substring(eq + 1));
            }
        }
        long executorWait = Long.parseLong(a.getOrDefault("executor-wait-seconds", "120"));
        ExecutorWatch watch = null;
        if (a.containsKey("launcher-pid")) {
            watchLauncher(Long.parseLong(a.get("launcher-pid"))); // before the session: its start takes seconds
        }
        try (SparkSession spark = builder.getOrCreate()) {
            session = spark;
            System.out.println("SPARK-APP " + spark.sparkContext().applicationId());
            System.out.flush();
            spark.sparkContext().addSparkListener(new ProgressPrinter());
            if (!a.get("master").startsWith("local")) {
                watch = watchExecutors(spark, executorWait);
            }
            // Without a checkpoint folder ALS keeps every iteration's lineage, and past a few dozen
            // iterations serialising a task overflows the stack (seen at 40). With one, ALS cuts the
            // lineage every 10 iterations. It sits next to the output, in the run's workspace, which
            // the executors must reach anyway.
            spark.sparkContext().setCheckpointDir(a.getOrDefault("checkpoint-dir",
                    Path.of(a.get("output")).toAbsolutePath().resolveSibling("spark-checkpoints").toString()));
            StructType schema = new StructType().add("user", DataTypes.IntegerType, false)
                    .add("item", DataTypes.IntegerType, false).add("rating", DataTypes.FloatType, false);
            Dataset<Row> ratings = spark.read().option("sep", "\t").schema(schema).csv(a.get("input"))
                    .repartition(blocks).cache();
            long start = System.nanoTime();
            ALSModel model = new ALS().setRank(rank).setRegParam(Double.parseDouble(a.get("reg")))
                    .setAlpha(Double.parseDouble(a.get("alpha"))).setMaxIter(Integer.parseInt(a.get("iterations")))
                    .setImplicitPrefs(Boolean.parseBoolean(a.get("implicit"))).setSeed(Long.parseLong(a.get("seed")))
                    .setNumUserBlocks(blocks).setNumItemBlocks(blocks)
                    .setUserCol("user").setItemCol("item").setRatingCol("rating").fit(ratings);
            float[] userFactors = collect(model.userFactors(), users, rank);
            float[] itemFactors = collect(model.itemFactors(), items, rank);
            System.out.printf(Locale.ROOT, "SPARK-FIT %.3f%n", (System.nanoTime() - start) / 1e9);
            write(Path.of(a.get("output")), rank, users, items, userFactors, itemFactors);
        } catch (Exception e) {
            if (launcherGone) {
                System.exit(EXIT_LAUNCHER_GONE);
            }
            if (watch != null && watch.reason() != null) {
                // The cancelled job's exception says only "cancelled"; the watch's reason says why.
                System.err.println("AlsSparkJob: gave up: " + watch.reason());
                System.exit(EXIT_NO_EXECUTORS);
            }
            throw e;
        }
        System.out.println("SPARK-DONE");
        System.out.flush();
    }

    /**
     * Starts the watch over the executors. Giving up prints the reason for the launcher and stops the
     * training ({@link #giveUp}); the main thread then exits with {@link #EXIT_NO_EXECUTORS}.
     */
    private static ExecutorWatch watchExecutors(SparkSession spark, long waitSeconds) {
        ExecutorWatch watch = new ExecutorWatch(spark.sparkContext(), waitSeconds, reason -> {
            System.out.println("SPARK-FAILED " + reason);
            System.out.flush();
            System.err.println("AlsSparkJob: giving up: " + reason);
            giveUp(spark, EXIT_NO_EXECUTORS);
        });
        spark.sparkContext().addSparkListener(watch);
        Thread t = new Thread(watch, "musicrec-executor-watch");
        t.setDaemon(true);
        t.start();
        return watch;
    }

    /**
     * Starts the watch over the launcher. Nobody is left to tell, so the driver leaves the cluster at
     * once: the jobs are cancelled, the context stopped (the master then frees the executors), and the
     * JVM halts with {@link #EXIT_LAUNCHER_GONE} without writing factors.
     */
    private static void watchLauncher(long pid) {
        Thread t = new Thread(new LauncherWatch(pid, () -> {
            System.err.println("AlsSparkJob: the launcher (pid " + pid + ") is gone: stopping the training");
            launcherGone = true;
            SparkSession spark = session;
            if (spark != null) {
                giveUp(spark, EXIT_LAUNCHER_GONE);
            }
            Runtime.getRuntime().halt(EXIT_LAUNCHER_GONE);
        }), "musicrec-launcher-watch");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Cancels the running jobs and stops the context, so that the fit, and any job ALS would submit
     * next, fails in the main thread; if the JVM has not ended within {@link #HALT_AFTER_MILLIS} (Spark's
     * shutdown may hang on a lost cluster) it is halted with the status given.
     */
    private static void giveUp(SparkSession spark, int status) {
        Thread halt = new Thread(() -> {
            try {
                Thread.sleep(HALT_AFTER_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Runtime.getRuntime().halt(status);
        }, "musicrec-halt");
        halt.setDaemon(true);
        halt.start();
        spark.sparkContext().cancelAllJobs();
        spark.sparkContext().stop();
    }

    private static float[] collect(Dataset<Row> factors, int rows, int rank) {
        float[] out = new float[Math.multiplyExact(rows, rank)];
        for (Row row : factors.collectAsList()) {
            int id = row.getInt(0);
            if (id < 0 || id >= rows) {
                throw new IllegalStateException("factor row " + id + " outside 0.." + (rows - 1));
            }
            List<Object> f = row.getList(1);
            for (int j = 0; j < rank; j++) {
                out[id * rank + j] = ((Number) f.get(j)).floatValue();
            }
        }
        return out;
    }

    /** The header is big-endian (DataOutputStream), the floats little-endian, as AlsModelState has them. */
    private static void writeFloats(DataOutputStream out, float[] values) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(4 * 8192).order(ByteOrder.LITTLE_ENDIAN);
        for (int from = 0; from < values.length; from += 8192) {
            int n = Math.min(8192, values.length - from);
            buf.clear();
            buf.asFloatBuffer().put(values, from, n);
            out.write(buf.array(), 0, 4 * n);
        }
    }

    /** Written to a temporary name, forced and renamed: the server sees the whole file or none. */
    static void write(Path target, int rank, int users, int items, float[] u, float[] v) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try (OutputStream o = Files.newOutputStream(tmp); DataOutputStream d = new DataOutputStream(new BufferedOutputStream(o, 1 << 16))) {
            d.writeInt(MAGIC);
            d.writeInt(rank);
            d.writeInt(users);
            d.writeInt(items);
            d.writeInt(0);
            writeFloats(d, u);
            writeFloats(d, v);
        }
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
