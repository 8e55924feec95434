package org.musicrec.tools.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.musicrec.tools.cli.CommandArgs;
import org.musicrec.tools.cli.ExitStatus;
import org.musicrec.tools.cli.UsageException;

/** {@code ./musicrec spark}: a standalone master and N workers on 127.0.0.1 in the foreground until Ctrl-C. */
public final class SparkClusterCommand {
    static final String USAGE = """
            usage: ./musicrec spark [--workers N] [--worker-memory 1536m] [--dir DIR]
              Starts a Spark standalone master and N workers (default 2, at most %d), each its own JVM on
              127.0.0.1, from the Spark jars the build lists in spark/target/spark.classpath. Once every
              worker has registered it prints the master's URL (spark://127.0.0.1:<port>) on stdout, for
              train-als sparkMaster / musicrec.spark.master or ./musicrec evaluate --spark-master.
              Logs and work folders under DIR (default var/spark). Ctrl-C stops them all.
            """.formatted(SparkStandaloneCluster.MAX_WORKERS);

    private SparkClusterCommand() {
    }

    public static void main(String[] argv) throws InterruptedException {
        SparkStandaloneCluster cluster;
        try {
            CommandArgs args = new CommandArgs(argv, Set.of("workers", "worker-memory", "dir"), Set.of());
            if (args.help()) {
                System.out.print(USAGE);
                System.exit(ExitStatus.OK);
            }
            args.positional(0, "no positional arguments");
            Path cp = Path.of(System.getenv().getOrDefault("MUSICREC_SPARK_CLASSPATH_FILE", "spark/target/spark.classpath"));
            if (!Files.isRegularFile(cp)) {
                throw new UsageException("no " + cp + " (./musicrec build makes it)");
            }
            String memory = args.get("worker-memory", "1536m");
            if (!memory.matches("\\d+[mgMG]")) {
                throw new UsageException("--worker-memory looks like 1536m or 2g");
            }
            cluster = new SparkStandaloneCluster(Path.of(args.get("dir", "var/spark")),
                    cp, args.getInt("workers", 2, 1, SparkStandaloneCluster.MAX_WORKERS), memory);
        } catch (UsageException | IllegalArgumentException e) {
            System.err.println("musicrec spark: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(ExitStatus.BAD_INPUT);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            cluster.close();
            stopped.countDown();
        }, "spark-cluster-stop"));
        long start = System.nanoTime();
        System.err.println("musicrec spark: starting the master and the workers ...");
        try {
            String url = cluster.start(Duration.ofMinutes(3));
            System.err.printf("musicrec spark: ready in %.1f s, master state %s (Ctrl-C to stop)%n",
                    (System.nanoTime() - start) / 1e9, cluster.masterJson());
            System.out.println(url);
            System.out.flush();
        } catch (IOException e) {
            System.err.println("musicrec spark: " + e.getMessage());
            System.exit(ExitStatus.FINISHED_WITH_PROBLEMS);
        }
        stopped.await();
    }
}
