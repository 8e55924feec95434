package org.musicrec.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.musicrec.recommend.spark.SparkAlsLauncher;

/**
 * The Spark driver does not outlive its launcher. A JVM that launches the driver as the server's train
 * step does ({@link SparkLauncherHostMain}) is killed with SIGKILL while Spark trains a long run; the
 * driver notices within seconds, stops its training and exits, naming the launcher in its log and
 * writing no factors, instead of holding the cluster's cores until its thousands of iterations end.
 */
class SparkDriverOrphanIT {

    @Test
    void theDriverEndsWhenItsLauncherIsKilled() throws Exception {
        Path dir = ItServices.workDir().resolve("spark-orphan");
        ItServices.deleteTree(dir);
        Files.createDirectories(dir);
        Path jar = Path.of("spark/target/musicrec-spark-job.jar").toAbsolutePath();
        Path cp = Path.of("spark/target/spark.classpath").toAbsolutePath();
        assertTrue(Files.exists(jar) && Files.exists(cp), "the Spark job is built (mvn package): " + jar);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process host = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                SparkLauncherHostMain.class.getName(), dir.toString(), jar.toString(), cp.toString(), "5000")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.PIPE).start();
        ProcessHandle driver = null;
        try {
            // Training is under way once Spark has finished tasks of the fit.
            CompletableFuture<String> underway = CompletableFuture.supplyAsync(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(host.getInputStream(), StandardCharsets.UTF_8))) {
                    StringBuilder seen = new StringBuilder();
                    String line;
                    while ((line = r.readLine()) != null) {
                        String[] f = line.split(" ");
                        if (f.length == 3 && f[0].equals("PROGRESS") && Long.parseLong(f[1]) >= 20) {
                            return line;
                        }
                        seen.append(line).append('\n');
                    }
                    throw new AssertionError("the launcher ended before training got under way: " + seen);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            underway.get(4, TimeUnit.MINUTES);
            long pid = Long.parseLong(Files.readString(SparkAlsLauncher.pidFile(dir)).trim());
            driver = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no driver " + pid + " while training"));
            assertTrue(driver.isAlive());

            host.destroyForcibly();
            assertEquals(137, host.waitFor(), "the launcher was killed with SIGKILL");
            long killed = System.nanoTime();
            ProcessHandle d = driver;
            Poll.until(Duration.ofSeconds(60), () -> !d.isAlive(), ok -> ok, "the driver " + pid + " to end after its launcher's kill");
            System.out.printf("SparkDriverOrphanIT: the driver ended %d ms after its launcher's kill%n",
                    (System.nanoTime() - killed) / 1_000_000);
            String log = Files.readString(dir.resolve("spark-driver.log"));
            assertTrue(log.contains("the launcher (pid " + host.pid() + ") is gone"), "the driver's log says why: " + tail(log));
            assertFalse(Files.exists(SparkAlsLauncher.factorsFile(dir)), "no factors written for nobody");
        } finally {
            host.destroyForcibly();
            if (driver != null && driver.isAlive()) {
                driver.destroyForcibly();
            }
        }
    }

    private static String tail(String log) {
        return log.length() > 2000 ? log.substring(log.length() - 2000) : log;
    }
}
