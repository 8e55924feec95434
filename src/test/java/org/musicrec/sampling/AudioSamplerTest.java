package org.musicrec.sampling;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AudioSamplerTest {
    @TempDir
    Path dir;

    private Path archiveOf(int tracks) throws IOException {
        ZipFixtures z = new ZipFixtures();
        for (int i = 0; i < tracks; i++) {
            z.add(String.format("%03d/%06d.mp3", i / 5, i + 2), ZipFixtures.noise(i, 100 + 37 * i),
                    i % 2 == 0 ? ZipEntry.DEFLATED : ZipEntry.STORED);
        }
        return z.write(dir.resolve("audio.zip"));
    }

    static SamplingOptions opts(SamplingStrategy s, int files, long bytes) {
        return SamplingOptions.defaults().withStrategy(s, 3).withLimits(files, bytes);
    }

    static List<String> manifestLines(Path target) throws IOException {
        return Files.readAllLines(target.resolve(Manifest.FILE_NAME), StandardCharsets.UTF_8);
    }

    static List<Path> filesUnder(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void extractsExactlyThePlannedEntriesWithTheirBytes() throws Exception {
        Path archive = archiveOf(12);
        Path target = dir.resolve("sample");
        try (AudioSampler s = AudioSampler.open(archive, target, opts(SamplingStrategy.RANDOM, 5, Long.MAX_VALUE), Map.of(4L, "Rock"))) {
            SamplingReport r = s.run();
            assertEquals(5, r.count(ExtractionOutcome.Kind.EXTRACTED));
            assertTrue(r.refusals().isEmpty());
            for (PlannedEntry p : s.plan().entries()) {
                int i = (int) p.trackId() - 2;
                assertArrayEquals(ZipFixtures.noise(i, 100 + 37 * i), Files.readAllBytes(target.resolve(p.outputPath())));
            }
        }
        List<String> lines = manifestLines(target);
        assertEquals("entry,size,crc,track_id,genre,file", lines.get(0));
        assertEquals(6, lines.size());
        assertTrue(lines.get(1).matches("\\d{3}/\\d{6}\\.mp3,\\d+,[0-9a-f]{8},\\d+,[A-Za-z]*,\\d{3}/\\d{6}\\.mp3"), lines.get(1));
        // Only the five files, the manifest and the plan marker: no temporary file is left.
        assertEquals(7, filesUnder(target).size());
        assertFalse(Files.exists(target.resolve(AudioSampler.TMP_DIR)));
    }

    @Test
    void flatPutsFilesDirectlyInTheTarget() throws Exception {
        Path target = dir.resolve("flat");
        SamplingOptions flat = new SamplingOptions(3, Long.MAX_VALUE, SamplingStrategy.FIRST, 1, Set.of("mp3"), true, 100);
        try (AudioSampler s = AudioSampler.open(archiveOf(6), target, flat, Map.of())) {
            s.run();
        }
        assertTrue(Files.isRegularFile(target.resolve("000002.mp3")));
        assertFalse(Files.exists(target.resolve("000")));
    }

    @Test
    void resumesAfterAKillWithoutReextractingOrDuplicating() throws Exception {
        Path archive = archiveOf(20);
        Path target = dir.resolve("resume");
        SamplingOptions o = opts(SamplingStrategy.RANDOM, 10, Long.MAX_VALUE);
        SamplingCheckpoint[] last = new SamplingCheckpoint[1];
        try (AudioSampler s = AudioSampler.open(archive, target, o, Map.of())) {
            assertThrows(IllegalStateException.class, () -> s.run(SamplingCheckpoint.start(s.plan()), (outcome, next) -> {
                last[0] = next;
                if (next.nextIndex() == 4) {
                    throw new IllegalStateException("simulated kill after 4 files");
                }
            }));
        }
        // What a kill can leave: a half-written temporary file and a torn manifest line.
        Files.createDirectories(target.resolve(AudioSampler.TMP_DIR));
        Files.write(target.resolve(AudioSampler.TMP_DIR).resolve("entry-1.part"), new byte[]{1, 2, 3});
        Files.writeString(target.resolve(Manifest.FILE_NAME), "000/0000", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        Map<Path, Object> stamps = new java.util.HashMap<>();
        for (Path f : filesUnder(target)) {
            stamps.put(f, Files.readAttributes(f, java.nio.file.attribute.BasicFileAttributes.class).fileKey());
        }

        // Resume from the checkpoint (the batch way): only the remaining six are extracted.
        try (AudioSampler s = AudioSampler.open(archive, target, o, Map.of())) {
            assertEquals(4, last[0].nextIndex());
            SamplingReport r = s.run(last[0], SamplingListener.NONE);
            assertEquals(6, r.count(ExtractionOutcome.Kind.EXTRACTED));
        }
        // Rerun from scratch (the CLI way): everything is kept, nothing rewritten.
        try (AudioSampler s = AudioSampler.open(archive, target, o, Map.of())) {
            SamplingReport r = s.run();
            assertEquals(10, r.count(ExtractionOutcome.Kind.KEPT));
            assertEquals(0, r.count(ExtractionOutcome.Kind.EXTRACTED));
        }
        // Same inode: the four files finished before the kill were never replaced.
        for (Map.Entry<Path, Object> e : stamps.entrySet()) {
            if (e.getKey().toString().endsWith(".mp3")) {
                assertEquals(e.getValue(), Files.readAttributes(e.getKey(), java.nio.file.attribute.BasicFileAttributes.class).fileKey(),
                        "rewritten: " + e.getKey());
            }
        }
        List<String> lines = manifestLines(target);
        assertEquals(11, lines.size(), String.join("\n", lines));
        assertEquals(10, lines.stream().skip(1).distinct().count());
        assertEquals(12, filesUnder(target).size()); // ten files, manifest, plan marker; no .part
    }

    @Test
    void aDamagedFileFromAnEarlierRunIsReplaced() throws Exception {
        Path archive = archiveOf(4);
        Path target = dir.resolve("damaged");
        SamplingOptions o = opts(SamplingStrategy.FIRST, 2, Long.MAX_VALUE);
        try (AudioSampler s = AudioSampler.open(archive, target, o, Map.of())) {
            s.run();
        }
        Path first = target.resolve("000/000002.mp3");
        byte[] good = Files.readAllBytes(first);
        byte[] bad = good.clone();
        bad[10] ^= 1;
        Files.write(first, bad);
        try (AudioSampler s = AudioSampler.open(archive, target, o, Map.of())) {
            SamplingReport r = s.run();
            assertEquals(1, r.count(ExtractionOutcome.Kind.EXTRACTED));
            assertEquals(1, r.count(ExtractionOutcome.Kind.KEPT));
        }
        assertArrayEquals(good, Files.readAllBytes(first));
        assertEquals(3, manifestLines(target).size());
    }

    @Test
    void aFolderHoldingAnotherPlansSampleIsNotMixed() throws Exception {
        Path archive = archiveOf(10);
        Path target = dir.resolve("other");
        try (AudioSampler s = AudioSampler.open(archive, target, opts(SamplingStrategy.RANDOM, 3, Long.MAX_VALUE), Map.of())) {
            s.run();
        }
        UnusableInputException e = assertThrows(UnusableInputException.class,
                () -> AudioSampler.open(archive, target, opts(SamplingStrategy.FIRST, 3, Long.MAX_VALUE), Map.of()));
        assertTrue(e.getMessage().contains("another plan"), e.getMessage());
    }

    @Test
    void batchStyleReplayOfAnItemIsHarmlessAndCheckpointsBelongToTheirPlan() throws Exception {
        Path archive = archiveOf(6);
        Path target = dir.resolve("batch");
        try (AudioSampler s = AudioSampler.open(archive, target, opts(SamplingStrategy.FIRST, 3, Long.MAX_VALUE), Map.of())) {
            PlannedEntry first = s.plan().entries().get(0);
            assertEquals(ExtractionOutcome.Kind.EXTRACTED, s.extract(first).kind());
            assertEquals(ExtractionOutcome.Kind.KEPT, s.extract(first).kind()); // the in-flight chunk replayed
            SamplingCheckpoint foreign = new SamplingCheckpoint(1, "0123456789abcdef01234567");
            assertThrows(IllegalArgumentException.class, () -> s.run(foreign, SamplingListener.NONE));
            assertThrows(IllegalArgumentException.class, () -> s.run(new SamplingCheckpoint(4, s.plan().digest()), SamplingListener.NONE));
            SamplingReport rest = s.run(SamplingCheckpoint.start(s.plan()).advancedTo(1), SamplingListener.NONE);
            assertEquals(2, rest.count(ExtractionOutcome.Kind.EXTRACTED));
        }
        assertEquals(4, manifestLines(target).size());
        // The checkpoint survives Java serialisation, as the batch runtime stores it.
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        SamplingCheckpoint c = new SamplingCheckpoint(2, "abc");
        try (java.io.ObjectOutputStream o = new java.io.ObjectOutputStream(bytes)) {
            o.writeObject(c);
        }
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(c, in.readObject());
        }
    }
}
