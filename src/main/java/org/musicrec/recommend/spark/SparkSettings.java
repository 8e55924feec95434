package org.musicrec.recommend.spark;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where and how the Spark driver runs (the {@code musicrec.spark.*} keys, see microprofile-config.properties).
 *
 * @param master         {@code spark://host:port}, {@code local[N]}, {@code yarn}, {@code k8s://...}
 * @param jobJar         the driver's jar (spark/target/musicrec-spark-job.jar); shipped to the executors as spark.jars
 * @param classpathFile  a file holding the driver's class path (Spark's jars), ':'-separated
 * @param javaCommand        the java command for the driver JVM
 * @param driverMemory   the driver JVM's -Xmx (it holds all factors once, when they are collected)
 * @param executorMemory spark.executor.memory
 * @param coresMax       spark.cores.max (0: Spark's default, every core offered)
 * @param blocks         user and item blocks of ALS, and the partitions of the ratings
 * @param driverHost     spark.driver.host/bindAddress, the address the executors call back (blank: Spark's choice)
 * @param timeout        the longest a training may take before the driver is stopped and the step fails
 * @param executorWait   the longest the driver goes on with no live executor (none registered yet, or
 *                       all lost: every worker dead) before it gives up and the step fails with the reason;
 *                       not for local masters
 * @param extraConf      more Spark settings, passed as they are
 */
public record SparkSettings(String master, Path jobJar, Path classpathFile, String javaCommand, String driverMemory,
                            String executorMemory, int coresMax, int blocks, String driverHost, Duration timeout,
                            Duration executorWait, Map<String, String> extraConf) {
    public static final Duration DEFAULT_EXECUTOR_WAIT = Duration.ofSeconds(120);

    public static final int MAX_BLOCKS = 10_000;

    public SparkSettings {
        if (master == null || master.isBlank()) {
            throw new IllegalArgumentException("the Spark master is not set (musicrec.spark.master or sparkMaster)");
        }
        if (!master.matches("(spark://[^\\s]+|local(\\[(\\d+|\\*)])?|yarn|k8s://[^\\s]+|mesos://[^\\s]+)")) {
            throw new IllegalArgumentException("not a Spark master URL: '" + master + "' (spark://host:port, local[N], yarn or k8s://...)");
        }
        if (blocks < 1 || blocks > MAX_BLOCKS) {
            throw new IllegalArgumentException("Spark blocks must be in 1.." + MAX_BLOCKS + ", not " + blocks);
        }
        if (!driverMemory.matches("\\d+[kmgKMG]?") || !executorMemory.matches("\\d+[kmgKMG]?")) {
            throw new IllegalArgumentException("Spark memory sizes look like 1g or 512m, not '" + driverMemory + "', '" + executorMemory + "'");
        }
        if (executorWait.toSeconds() < 1) {
            throw new IllegalArgumentException("the wait for executors must be at least 1 s, not " + executorWait.toSeconds() + " s");
        }
        extraConf = Map.copyOf(extraConf);
    }

    public SparkSettings withMaster(String other) {
        return new SparkSettings(other, jobJar, classpathFile, javaCommand, driverMemory, executorMemory, coresMax, blocks,
                driverHost, timeout, executorWait, extraConf);
    }

    /** The master's host and port when it is a single standalone master ({@code spark://host:port}). */
    public java.util.Optional<URI> standaloneMaster() {
        if (!master.startsWith("spark://") || master.contains(",")) {
            return java.util.Optional.empty();
        }
        URI u = URI.create(master);
        return u.getHost() == null || u.getPort() < 0 ? java.util.Optional.empty() : java.util.Optional.of(u);
    }

    /** Parses {@code k=v;k=v} (blank: none). */
    public static Map<String, String> parseConf(String text) {
        Map<String, String> m = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return m;
        }
        for (String kv : text.split(";")) {
            int eq = kv.indexOf('=');
            if (eq <= 0 || !kv.trim().startsWith("spark.")) {
                throw new IllegalArgumentException("Spark settings are spark.name=value pairs separated by ';', not '" + kv + "'");
            }
            m.put(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
        }
        return m;
    }
}
