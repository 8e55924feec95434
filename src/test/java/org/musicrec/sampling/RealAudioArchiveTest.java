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
        assertEquals(40, mp3s.size(), "the shared clips: 32 Soundtrack, 4 Rock, 4 Electronic (index.csv)");
        for (Path p : mp3s) {
            String id = p.getFileName().toString().replace(".mp3", "");
            zip.add(id.substring(0, 3) + "/" + id + ".mp3", Files.readAllBytes(p));
        }
        Path archive = zip.write(dir.resolve("fma_like.zip"));

        // The clips are about 0.92 MiB each, so 12 of them (about 11 MiB) fit in this budget: the file limit binds.
        long budget = 12L << 20;
        SamplingOptions o = SamplingOptions.defaults().withStrategy(SamplingStrategy.STRATIFIED, 5).withLimits(12, budget);
        Path target = dir.resolve("sample");
        try (AudioSampler s = AudioSampler.open(archive, target, o, genres)) {
            SamplingReport r = s.run();
            assertTrue(r.refusals().isEmpty(), r.refusals().toString());
            assertTrue(s.plan().totalBytes() <= budget);
            assertEquals(12, s.plan().size(), "the file limit, as 12 clips fit in the byte budget");
            Map<String, Integer> perGenre = new HashMap<>();
            for (PlannedEntry p : s.plan().entries()) {
                Path source = clips.resolve(String.format("%06d.mp3", p.trackId()));
                assertArrayEquals(Files.readAllBytes(source), Files.readAllBytes(target.resolve(p.outputPath())));
                assertEquals(genres.get(p.trackId()), p.genre());
                perGenre.merge(p.genre(), 1, Integer::sum);
            }
            // Only 4 Rock and 4 Electronic clips exist next to 32 Soundtrack ones, where a uniform draw of 12
            // would give about 1 of each. Stratified sampling takes one clip per genre and round, and every
            // clip fits, so the 12 files are 4 rounds of the 3 genres: all the Rock and Electronic clips and
            // 4 Soundtrack ones, whatever the seed (it only picks which 4 Soundtrack clips).
            assertEquals(Map.of("Rock", 4, "Electronic", 4, "Soundtrack", 4), perGenre);
        }
        assertEquals(1 + (int) Files.list(target.resolve("100")).count(), AudioSamplerTest.manifestLines(target).size());
    }
}
