package org.musicrec.recommend.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicrec.recommend.als.AlsData;
import org.musicrec.recommend.als.AlsModelState;
import org.musicrec.recommend.als.AlsParams;
import org.musicrec.recommend.als.Confidence;

class SparkAlsLauncherTest {

    @TempDir
    Path dir;

    private SparkSettings settings(String master) throws IOException {
        Path cp = dir.resolve("spark.classpath");
        Files.writeString(cp, "/jars/a.jar:/jars/b.jar\n");
        return new SparkSettings(master, dir.resolve("job.jar"), cp, "java", "2g", "1g", 2, 3, "127.0.0.1",
                Duration.ofSeconds(30), Duration.ofSeconds(45), Map.of("spark.executor.cores", "1"));
    }

    @Test
    void theCommandCarriesEveryParameterAndSetting() throws IOException {
        AlsParams p = new AlsParams(7, 0.05, 2.5, 4, 11L, true, Confidence.LOG);
        List<String> cmd = new SparkAlsLauncher(settings("spark://127.0.0.1:7077")).command(dir.resolve("r.tsv"), dir.resolve("f.bin"), 5, 6, p);
        String line = String.join(" ", cmd);
        assertEquals("java", cmd.get(0));
        assertEquals("-Xmx2g", cmd.get(1));
        assertTrue(line.contains("-cp " + dir.resolve("job.jar") + ":/jars/a.jar:/jars/b.jar " + SparkAlsLauncher.MAIN), line);
        for (String arg : List.of("--master spark://127.0.0.1:7077", "--users 5", "--items 6", "--rank 7", "--reg 0.05",
                "--alpha 2.5", "--iterations 4", "--implicit true", "--seed 11", "--blocks 3", "--executor-wait-seconds 45",
                "--launcher-pid " + ProcessHandle.current().pid(), "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED")) {
            assertTrue(line.contains(arg), arg + " in " + line);
        }
        String conf = cmd.get(cmd.indexOf("--conf") + 1);
        assertEquals(List.of("spark.jars=" + dir.resolve("job.jar").toUri(), "spark.executor.memory=1g", "spark.cores.max=2",
                "spark.driver.host=127.0.0.1", "spark.driver.bindAddress=127.0.0.1", "spark.executor.cores=1"), List.of(conf.split("\u001f")));
    }

    @Test
    void progressLinesAreParsedAndOthersIgnored() {
        assertArrayEquals(new long[] {12, 40}, SparkAlsLauncher.parseProgress("SPARK-PROGRESS 12 40"));
        assertNull(SparkAlsLauncher.parseProgress("SPARK-PROGRESS 12"));
        assertNull(SparkAlsLauncher.parseProgress("SPARK-PROGRESS x 40"));
        assertNull(SparkAlsLauncher.parseProgress("SPARK-APP app-1"));
    }

    @Test
    void anUnreachableMasterFailsAtOnceWithItsAddress() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String master = "spark://127.0.0.1:" + port;
        AlsData data = AlsData.of(2, 2, new int[] {0, 1}, new int[] {0, 1}, new float[] {1, 1});
        IOException e = assertThrows(IOException.class, () -> new SparkAlsLauncher(settings(master))
                .train(dir, data, AlsParams.implicitDefaults(), 0, null));
        assertTrue(e.getMessage().contains("the Spark master " + master + " is unreachable"), e.getMessage());
    }

    @Test
    void aDriverThatDiesIsAFailureWithItsLastWords() throws IOException {
        Path fakeJava = script("echo 'Exception in thread main: boom' >&2\nexit 3");
        IOException e = assertThrows(IOException.class, () -> new SparkAlsLauncher(fake(fakeJava)).train(dir, DATA, AlsParams.implicitDefaults(), 0, null));
        assertTrue(e.getMessage().contains("exited with status 3") && e.getMessage().contains("boom"), e.getMessage());
    }

    private static final AlsData DATA = AlsData.of(2, 2, new int[] {0, 1}, new int[] {0, 1}, new float[] {1, 1});

    /** The settings with a script in place of java: the launcher runs it as the driver. */
    private SparkSettings fake(Path script) throws IOException {
        SparkSettings s = settings("local[1]");
        return new SparkSettings(s.master(), s.jobJar(), s.classpathFile(), script.toString(), "1g", "1g", 0, 1, "",
                Duration.ofSeconds(30), Duration.ofSeconds(5), Map.of());
    }

    private Path script(String body) throws IOException {
        Path f = dir.resolve("fake-java");
        Files.writeString(f, "#!/bin/sh\n" + body + "\n");
        f.toFile().setExecutable(true);
        return f;
    }

    @Test
    void aDriverThatGivesUpIsAFailureWithItsOwnReason() throws IOException {
        Path fakeJava = script("echo 'SPARK-PROGRESS 3 8'\necho 'SPARK-FAILED no live executor for 5 s (every worker dead?); lost: executor 0 on 127.0.0.1 (worker lost)'\n"
                + "echo 'ERROR cancelled' >&2\nexit 3");
        IOException e = assertThrows(IOException.class, () -> new SparkAlsLauncher(fake(fakeJava)).train(dir, DATA, AlsParams.implicitDefaults(), 0, null));
        assertTrue(e.getMessage().startsWith("the Spark driver on local[1] gave up: no live executor for 5 s (every worker dead?); "
                + "lost: executor 0 on 127.0.0.1 (worker lost)"), e.getMessage());
    }

    @Test
    void aStopEndsTheDriverAndIsNoFailure() throws Exception {
        // exec: the script's process is the sleeping one, so the stop's SIGTERM reaches it.
        SparkAlsLauncher launcher = new SparkAlsLauncher(fake(script("exec sleep 60")));
        var training = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                launcher.train(dir, DATA, AlsParams.implicitDefaults(), 0, null);
                return "finished";
            } catch (SparkAlsLauncher.Stopped e) {
                return "stopped: " + e.getMessage();
            } catch (Exception e) {
                return "failed: " + e;
            }
        });
        long pid = org.musicrec.it.Poll.until(Duration.ofSeconds(20), () -> {
            try {
                return Files.exists(SparkAlsLauncher.pidFile(dir)) ? Long.parseLong(Files.readString(SparkAlsLauncher.pidFile(dir)).trim()) : 0L;
            } catch (IOException | NumberFormatException e) {
                return 0L;
            }
        }, p -> p > 0, "the fake driver's pid");
        launcher.stop();
        String outcome = training.get(20, java.util.concurrent.TimeUnit.SECONDS);
        assertTrue(outcome.startsWith("stopped: stopped: the Spark driver on local[1] was ended"), outcome);
        assertTrue(ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true), "the driver has exited");
        // A stop that comes before the driver starts: no driver at all.
        assertThrows(SparkAlsLauncher.Stopped.class, () -> launcher.train(dir, DATA, AlsParams.implicitDefaults(), 0, null));
    }

    @Test
    void factorsAreReadBackAsTheFinalStateAndMismatchesRefused() throws IOException {
        AlsModelState written = new AlsModelState(2, 3, 1, new float[] {1, 2, 3, 4, 5, 6}, new float[] {7, 8}, 0);
        Path f = dir.resolve("spark-factors.bin");
        try (OutputStream out = Files.newOutputStream(f)) {
            written.writeTo(out);
        }
        AlsModelState read = SparkAlsLauncher.readFactors(f, 3, 1, 2, 9);
        assertEquals(9, read.nextUnit());
        assertArrayEquals(written.userFactors(), read.userFactors());
        assertArrayEquals(written.itemFactors(), read.itemFactors());
        assertThrows(IOException.class, () -> SparkAlsLauncher.readFactors(f, 3, 2, 2, 9));
    }

    @Test
    void settingsRefuseWhatIsNotAMasterOrASize() throws IOException {
        SparkSettings s = settings("local[2]");
        assertThrows(IllegalArgumentException.class, () -> s.withMaster("http://x"));
        assertThrows(IllegalArgumentException.class, () -> s.withMaster(""));
        assertEquals("yarn", s.withMaster("yarn").master());
        assertEquals("127.0.0.1", s.withMaster("spark://127.0.0.1:7077").standaloneMaster().orElseThrow().getHost());
        assertTrue(s.withMaster("spark://a:1,b:2").standaloneMaster().isEmpty());
        assertEquals(Map.of("spark.a", "1", "spark.b", "x=y"), SparkSettings.parseConf("spark.a=1; spark.b=x=y"));
        assertThrows(IllegalArgumentException.class, () -> SparkSettings.parseConf("a=1"));
    }
}
