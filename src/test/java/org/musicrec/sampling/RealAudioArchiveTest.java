package org.musicrec.sampling;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicrec.platform.DataDir;

/** The shared real MP3 clips, zipped FMA-style as {@code 100/100001.mp3}, sampled by genre and checked byte for byte. */
class RealAudioArchiveTest {
    @TempDir
    Path dir;

    @Test
    void stratifiedSampleOfRealClipsIsByteIdenticalAndLabelled() throws Exception {
        Path clips = DataDir.require("audio-real");
        Map<Long, String> genres = new HashMap<>();
        try (Reader in = Files.newBufferedReader(clips.resolve("index.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                genres.put(Long.parseLong(r.get("track_id")), r.get("genre_top"));
            }
        }
        ZipFixtures zip = new ZipFixtures();
        List<Path> mp3s;
        try (Stream<Path> s = Files.list(clips)) {
            mp3s = s.filter(p -> p.toString().endsWith(".mp3")).sorted().toList();
        }
        assertTrue(mp3s.size() >= 12, "expected the 40 shared clips");
        for (Path p : mp3s) {
            String id = p.getFileName().toString().replace(".mp3", "");
            zip.add(id.substring(0, 3) + "/" + id + ".mp3", Files.readAllBytes(p));
        }
        Path archive = zip.write(dir.resolve("fma_like.zip"));

        long budget = 12L << 20; // clips are about 0.94 MiB, so the byte budget binds before 12 files
        SamplingOptions o = SamplingOptions.defaults().withStrategy(SamplingStrategy.STRATIFIED, 5).withLimits(12, budget);
        Path target = dir.resolve("sample");
        try (AudioSampler s = AudioSampler.open(archive, target, o, genres)) {
            SamplingReport r = s.run();
            assertTrue(r.refusals().isEmpty(), r.refusals().toString());
            assertTrue(s.plan().totalBytes() <= budget);
            assertTrue(s.plan().size() >= 10, "plan of " + s.plan().size());
            Map<String, Integer> perGenre = new HashMap<>();
            for (PlannedEntry p : s.plan().entries()) {
                Path source = clips.resolve(String.format("%06d.mp3", p.trackId()));
                assertArrayEquals(Files.readAllBytes(source), Files.readAllBytes(target.resolve(p.outputPath())));
                assertEquals(genres.get(p.trackId()), p.genre());
                perGenre.merge(p.genre(), 1, Integer::sum);
            }
            // Only 4 Rock and 4 Electronic clips exist next to 32 Soundtrack ones: stratified takes them all
            // as far as the budget allows, where a uniform draw would give about 1 of each.
            assertTrue(perGenre.get("Rock") >= 3 && perGenre.get("Electronic") >= 3, perGenre.toString());
        }
        assertEquals(1 + (int) Files.list(target.resolve("100")).count(), AudioSamplerTest.manifestLines(target).size());
    }
}
