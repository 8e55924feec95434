package org.musicrec.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of hostile or broken archive: refused and recorded, nothing written outside the target, nothing half-written. */
class MaliciousArchiveTest {
    @TempDir
    Path dir;

    private static final SamplingOptions ALL = new SamplingOptions(1000, Long.MAX_VALUE, SamplingStrategy.FIRST, 1,
            Set.of("mp3"), false, 100);

    private SamplingReport sample(Path archive, Path target) throws Exception {
        try (AudioSampler s = AudioSampler.open(archive, target, ALL, Map.of())) {
            return s.run();
        }
    }

    private static Map<String, String> reasons(SamplingReport r) {
        return r.refusals().stream().collect(Collectors.toMap(Refusal::entry, Refusal::reason, (a, b) -> a, TreeMap::new));
    }

    private List<Path> everythingUnder(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> !p.equals(root)).sorted().toList();
        }
    }

    @Test
    void namesEscapingTheTargetAreRefusedAndNothingLandsOutside() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        Path archive = new ZipFixtures()
                .add("../escape.mp3", ZipFixtures.noise(1, 50))
                .add("a/../../escape2.mp3", ZipFixtures.noise(2, 50))
                .add("/tmp/absolute.mp3", ZipFixtures.noise(3, 50))
                .add("C:/windows.mp3", ZipFixtures.noise(4, 50))
                .add("D:relative.mp3", ZipFixtures.noise(5, 50))
                .add("..\\backslash.mp3", ZipFixtures.noise(6, 50))
                .add("nul\0.mp3", ZipFixtures.noise(7, 50))
                .add("000/000002.mp3", ZipFixtures.noise(8, 50))
                .write(dir.resolve("evil.zip"));
        Path target = work.resolve("sample");
        SamplingReport r = sample(archive, target);
        assertEquals(Set.of("../escape.mp3", "a/../../escape2.mp3", "/tmp/absolute.mp3", "C:/windows.mp3", "D:relative.mp3",
                "..\\backslash.mp3", "nul\0.mp3"), reasons(r).keySet());
        assertEquals(1, r.count(ExtractionOutcome.Kind.EXTRACTED));
        try (Stream<Path> top = Files.list(work)) {
            assertEquals(List.of(target), top.toList());
        }
        assertFalse(Files.exists(Path.of("/tmp/absolute.mp3")));
        assertFalse(Files.exists(dir.resolve("escape.mp3")));
    }

    @Test
    void duplicateNamesAreAmbiguousAndRefused() throws Exception {
        Path archive = new ZipFixtures().add("000/000002.mp3", ZipFixtures.noise(1, 40)).add("000/000003.mp3", ZipFixtures.noise(2, 60))
                .write(dir.resolve("dup.zip"));
        ZipFixtures.replaceBytes(archive, "000/000003.mp3", "000/000002.mp3");
        SamplingReport r = sample(archive, dir.resolve("t"));
        assertEquals(2, r.refusals().size());
        assertTrue(r.refusals().get(0).reason().contains("2 times"), r.refusals().toString());
        assertEquals(0, r.outcomes().size());
    }

    @Test
    void aZipBombIsRefusedByItsCompressionRatio() throws Exception {
        Path archive = new ZipFixtures().add("bomb.mp3", new byte[5_000_000]).add("ok.mp3", ZipFixtures.noise(1, 1000))
                .write(dir.resolve("bomb.zip"));
        SamplingReport r = sample(archive, dir.resolve("t"));
        assertTrue(reasons(r).get("bomb.mp3").contains("zip bomb"), reasons(r).toString());
        assertFalse(Files.exists(dir.resolve("t/bomb.mp3")));
        assertTrue(Files.exists(dir.resolve("t/ok.mp3")));
    }

    @Test
    void declaredSizesAndCrcAreNotTrusted() throws Exception {
        byte[] data = ZipFixtures.noise(9, 5000);
        Path archive = new ZipFixtures()
                .add("small-lie.mp3", data).add("big-lie.mp3", data).add("crc-lie.mp3", data)
                .add("stored-lie.mp3", data, ZipEntry.STORED).add("fine.mp3", data)
                .write(dir.resolve("liar.zip"));
        ZipFixtures.patchCentralField(archive, "small-lie.mp3", 24, 1000);   // inflates to 5000, says 1000
        ZipFixtures.patchCentralField(archive, "big-lie.mp3", 24, 6000);     // inflates to 5000, says 6000
        ZipFixtures.patchCentralField(archive, "crc-lie.mp3", 16, 0xdeadbeefL);
        ZipFixtures.patchCentralField(archive, "stored-lie.mp3", 16, 0x12345678L);
        Path target = dir.resolve("t");
        SamplingReport r = sample(archive, target);
        Map<String, String> why = reasons(r);
        assertTrue(why.get("small-lie.mp3").contains("more than the declared 1000"), why.toString());
        assertTrue(why.get("big-lie.mp3").contains("truncated: 5000 of the declared 6000"), why.toString());
        assertTrue(why.get("crc-lie.mp3").contains("CRC mismatch"), why.toString());
        assertTrue(why.get("stored-lie.mp3").contains("CRC mismatch"), why.toString());
        assertEquals(Set.of("fine.mp3", "manifest.csv", AudioSampler.PLAN_FILE),
                everythingUnder(target).stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
        assertEquals(2, AudioSamplerTest.manifestLines(target).size());
    }

    @Test
    void aSymbolicLinkPlantedInTheTargetIsNotFollowed() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Path target = Files.createDirectories(dir.resolve("t"));
        Files.createSymbolicLink(target.resolve("000"), outside);
        Path archive = new ZipFixtures().add("000/000002.mp3", ZipFixtures.noise(1, 10)).write(dir.resolve("a.zip"));
        SamplingReport r = sample(archive, target);
        assertTrue(r.refusals().get(0).reason().contains("symbolic link"), r.refusals().toString());
        assertEquals(List.of(), everythingUnder(outside));
    }

    @Test
    void corruptTruncatedAndNonZipInputIsAClearErrorWithNothingWritten() throws Exception {
        Path good = new ZipFixtures().add("a.mp3", ZipFixtures.noise(1, 20_000)).add("b.mp3", ZipFixtures.noise(2, 20_000))
                .write(dir.resolve("good.zip"));
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = Files.write(dir.resolve("truncated.zip"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Path text = Files.writeString(dir.resolve("notes.zip"), "this is not a zip archive\n");
        Path empty = Files.write(dir.resolve("empty.zip"), new byte[0]);
        Path missing = dir.resolve("missing.zip");
        for (Path bad : List.of(truncated, text, empty, missing)) {
            Path target = dir.resolve("t-" + bad.getFileName());
            UnusableInputException e = assertThrows(UnusableInputException.class,
                    () -> AudioSampler.open(bad, target, ALL, Map.of()), bad.toString());
            assertTrue(e.getMessage().contains(bad.getFileName().toString()), e.getMessage());
            assertFalse(Files.exists(target), "target created for " + bad);
        }
    }

    @Test
    void corruptEntryDataIsRefusedWithoutAPartialFile() throws Exception {
        byte[] data = ZipFixtures.noise(3, 50_000);
        Path archive = new ZipFixtures().add("a.mp3", data).add("b.mp3", ZipFixtures.noise(4, 100)).write(dir.resolve("c.zip"));
        byte[] bytes = Files.readAllBytes(archive);
        for (int i = 2_000; i < 30_000; i++) { // scribble over the middle of a.mp3's deflate stream
            bytes[i] = (byte) (i * 31);
        }
        Files.write(archive, bytes);
        Path target = dir.resolve("t");
        SamplingReport r = sample(archive, target);
        assertEquals(Set.of("a.mp3"), reasons(r).keySet());
        assertFalse(Files.exists(target.resolve("a.mp3")));
        assertTrue(Files.exists(target.resolve("b.mp3")));
        assertFalse(Files.exists(target.resolve(AudioSampler.TMP_DIR)));
    }
}
