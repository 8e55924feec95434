package org.musicrec.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** More than 65,535 entries forces the ZIP64 end records; generated once under target/ and reused. */
class Zip64ArchiveTest {
    static final int ENTRIES = 70_000;
    static Path archive;

    @TempDir
    Path dir;

    @BeforeAll
    static void buildOnce() throws IOException {
        archive = Path.of("target", "sampling-fixtures", "zip64-" + ENTRIES + ".zip").toAbsolutePath();
        if (Files.isRegularFile(archive)) {
            return;
        }
        Files.createDirectories(archive.getParent());
        Path tmp = Files.createTempFile(archive.getParent(), "zip64-", ".part");
        try (OutputStream raw = Files.newOutputStream(tmp); ZipOutputStream zip = new ZipOutputStream(new java.io.BufferedOutputStream(raw, 1 << 16))) {
            for (int i = 0; i < ENTRIES; i++) {
                byte[] data = content(i);
                ZipEntry e = new ZipEntry(name(i));
                CRC32 crc = new CRC32();
                crc.update(data);
                e.setMethod(ZipEntry.STORED);
                e.setSize(data.length);
                e.setCompressedSize(data.length);
                e.setCrc(crc.getValue());
                zip.putNextEntry(e);
                zip.write(data);
                zip.closeEntry();
            }
        }
        Files.move(tmp, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    static String name(int i) {
        return String.format("%03d/%06d.mp3", i / 1000, i);
    }

    static byte[] content(int i) {
        return ("track " + i + " ").repeat(1 + i % 5).getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void theFixtureReallyIsZip64() throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(archive.toFile(), "r")) {
            byte[] tail = new byte[(int) Math.min(raf.length(), 200)];
            raf.seek(raf.length() - tail.length);
            raf.readFully(tail);
            String hex = java.util.HexFormat.of().formatHex(tail);
            assertTrue(hex.contains("504b0606") && hex.contains("504b0607"), "no ZIP64 end record / locator");
        }
    }

    @Test
    void samplesAndExtractsFromAZip64Archive() throws Exception {
        Map<Long, String> genres = new HashMap<>();
        for (long i = 0; i < ENTRIES; i++) {
            genres.put(i, "G" + (i % 4));
        }
        SamplingOptions o = SamplingOptions.defaults().withStrategy(SamplingStrategy.STRATIFIED, 11).withLimits(200, 1L << 20);
        Path target = dir.resolve("sample");
        try (AudioSampler s = AudioSampler.open(archive, target, o, genres)) {
            assertEquals(0, s.plan().ignored());
            assertTrue(s.plan().refused().isEmpty());
            SamplingReport r = s.run();
            assertEquals(200, r.count(ExtractionOutcome.Kind.EXTRACTED));
            assertTrue(r.refusals().isEmpty());
            Map<String, Integer> perGenre = new HashMap<>();
            for (PlannedEntry p : s.plan().entries()) {
                int i = (int) p.trackId();
                assertEquals(name(i), p.entry().name());
                assertEquals(new String(content(i), StandardCharsets.US_ASCII),
                        Files.readString(target.resolve(p.outputPath()), StandardCharsets.US_ASCII));
                perGenre.merge(p.genre(), 1, Integer::sum);
            }
            assertEquals(Map.of("G0", 50, "G1", 50, "G2", 50, "G3", 50), perGenre);
            // Entries from beyond the 65,535th were reachable.
            assertTrue(s.plan().entries().stream().anyMatch(p -> p.entry().index() > 65_535));
        }
    }
}
