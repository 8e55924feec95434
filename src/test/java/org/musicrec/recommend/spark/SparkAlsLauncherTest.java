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
                Duration.ofSeconds(30), Map.of("spark.executor.cores", "1"));
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
                "--alpha 2.5", "--iterations 4", "--implicit true", "--seed 11", "--blocks 3", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED")) {
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
        Path fakeJava = dir.resolve("fake-java");
        Files.writeString(fakeJava, "#!/bin/sh\necho 'Exception in thread main: boom' >&2\nexit 3\n");
        fakeJava.toFile().setExecutable(true);
        SparkSettings s = settings("local[1]");
        SparkSettings fake = new SparkSettings(s.master(), s.jobJar(), s.classpathFile(), fakeJava.toString(), "1g", "1g", 0, 1, "",
                Duration.ofSeconds(30), Map.of());
        AlsData data = AlsData.of(2, 2, new int[] {0, 1}, new int[] {0, 1}, new float[] {1, 1});
        IOException e = assertThrows(IOException.class, () -> new SparkAlsLauncher(fake).train(dir, data, AlsParams.implicitDefaults(), 0, null));
        assertTrue(e.getMessage().contains("exited with status 3") && e.getMessage().contains("boom"), e.getMessage());
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
