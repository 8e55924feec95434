package org.musicrec.recommend.training;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.musicrec.recommend.spark.SparkSettings;

/** The {@code musicrec.spark.*} keys (documented in microprofile-config.properties) as {@link SparkSettings}. */
@Dependent
public class SparkConfig {

    @Inject
    @ConfigProperty(name = "musicrec.spark.master", defaultValue = "local[2]")
    String master;

    @Inject
    @ConfigProperty(name = "musicrec.spark.job-jar", defaultValue = "spark/target/musicrec-spark-job.jar")
    String jobJar;

    @Inject
    @ConfigProperty(name = "musicrec.spark.classpath-file", defaultValue = "spark/target/spark.classpath")
    String classpathFile;

    @Inject
    @ConfigProperty(name = "musicrec.spark.java", defaultValue = "java")
    String java;

    @Inject
    @ConfigProperty(name = "musicrec.spark.driver-memory", defaultValue = "1g")
    String driverMemory;

    @Inject
    @ConfigProperty(name = "musicrec.spark.executor-memory", defaultValue = "1g")
    String executorMemory;

    @Inject
    @ConfigProperty(name = "musicrec.spark.cores-max", defaultValue = "0")
    int coresMax;

    @Inject
    @ConfigProperty(name = "musicrec.spark.blocks", defaultValue = "4")
    int blocks;

    @Inject
    @ConfigProperty(name = "musicrec.spark.driver-host", defaultValue = "127.0.0.1")
    String driverHost;

    @Inject
    @ConfigProperty(name = "musicrec.spark.timeout-seconds", defaultValue = "3600")
    long timeoutSeconds;

    @Inject
    @ConfigProperty(name = "musicrec.spark.executor-wait-seconds", defaultValue = "120")
    long executorWaitSeconds;

    @Inject
    @ConfigProperty(name = "musicrec.spark.conf", defaultValue = " ")
    String conf;

    /** The settings, with the run's own master when it names one. */
    public SparkSettings settings(String runMaster) {
        if (timeoutSeconds < 1) {
            throw new IllegalArgumentException("musicrec.spark.timeout-seconds must be >= 1");
        }
        return new SparkSettings(runMaster == null || runMaster.isBlank() ? master.trim() : runMaster, Path.of(jobJar),
                Path.of(classpathFile), java, driverMemory.trim(), executorMemory.trim(), coresMax, blocks, driverHost.trim(),
                Duration.ofSeconds(timeoutSeconds), Duration.ofSeconds(executorWaitSeconds), SparkSettings.parseConf(conf));
    }
}
