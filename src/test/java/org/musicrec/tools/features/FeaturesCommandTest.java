package org.musicrec.tools.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicrec.platform.DataDir;
import org.musicrec.tools.cli.ExitStatus;
import org.musicrec.audio.FeaturesCsv;
import org.musicrec.audio.HostileAudio;
import org.musicrec.audio.Signals;

class FeaturesCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return FeaturesCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void folderGivesOneRowPerDecodedFileAndReportsTheRest(@TempDir Path dir) throws Exception {
        Signals.writeWav(dir, "000010.wav", Signals.sine(440, 22050, 22050, 0.3), 22050);
        Signals.writeWav(dir, "000002.wav", Signals.sine(880, 22050, 22050, 0.3), 22050);
        Files.writeString(dir.resolve("000003.mp3"), "not audio");
        Files.writeString(dir.resolve("notes.txt"), "ignored: not an audio extension");
        assertEquals(ExitStatus.FINISHED_WITH_PROBLEMS, run(dir.toString(), "--threads", "2"));
        String csv = out.toString(StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertEquals(6, lines.size());
        assertTrue(lines.get(0).startsWith("feature,mfcc,"));
        assertTrue(lines.get(1).startsWith("statistics,kurtosis,"));
        assertTrue(lines.get(2).startsWith("number,01,02,"));
        assertEquals("track_id" + ",".repeat(154), lines.get(3));
        Map<String, double[]> rows = FeaturesCsv.read(new StringReader(csv));
        assertEquals(List.of("2", "10"), List.copyOf(rows.keySet())); // sorted by file name, zeros dropped
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertTrue(stderr.contains("000003.mp3: NOT_AUDIO"), stderr);
        assertTrue(stderr.contains("2 of 3 files written, 1 problems"), stderr);
    }

    @Test
    void headerMatchesLibrosaReferenceFileExactly(@TempDir Path dir) throws Exception {
        Path reference = DataDir.require("audio-real/librosa-features.csv");
        Signals.writeWav(dir, "1.wav", Signals.sine(440, 22050, 22050, 0.3), 22050);
        Path csv = dir.resolve("out.csv");
        assertEquals(ExitStatus.OK, run(dir.resolve("1.wav").toString(), "-o", csv.toString()));
        assertEquals(Files.readAllLines(reference).subList(0, 4), Files.readAllLines(csv).subList(0, 4));
        assertTrue(Files.readAllLines(csv).get(4).matches("1(,-?\\d\\.\\d{10}e[+-]\\d\\d)+"), "values as %.10e");
    }

    @Test
    void filesWithLyingHeadersAreReportedAndTheRunCompletes(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("000001.flac"), HostileAudio.flacStreamInfoOnly(655_350, 2, 16, (1L << 36) - 1));
        Files.write(dir.resolve("000002.wav"), HostileAudio.wavWithChunk("LIST", 0x7FFF_FFF8L, 100));
        Signals.writeWav(dir, "000003.wav", Signals.sine(440, 22050, 22050, 0.3), 22050);
        assertEquals(ExitStatus.FINISHED_WITH_PROBLEMS, run(dir.toString()));
        assertEquals(List.of("3"), List.copyOf(FeaturesCsv.read(new StringReader(out.toString(StandardCharsets.UTF_8))).keySet()));
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertTrue(stderr.contains("000001.flac: TOO_LARGE: FLAC header announces"), stderr);
        assertTrue(stderr.contains("000002.wav: CORRUPT: WAV file has no data chunk"), stderr);
        assertTrue(!stderr.contains("INTERNAL"), stderr);
        assertTrue(stderr.contains("1 of 3 files written, 2 problems"), stderr);
    }

    @Test
    void usageErrorsExitTwoAndHelpExitsZero() {
        assertEquals(ExitStatus.OK, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("usage: ./musicrec features"));
        assertEquals(ExitStatus.BAD_INPUT, run());
        assertEquals(ExitStatus.BAD_INPUT, run("x.mp3", "--threads", "0"));
        assertEquals(ExitStatus.BAD_INPUT, run("--frobnicate"));
        assertEquals(ExitStatus.BAD_INPUT, run("/no/such/place.mp3"));
    }
}
