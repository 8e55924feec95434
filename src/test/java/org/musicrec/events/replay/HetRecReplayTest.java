package org.musicrec.events.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.musicrec.platform.DataDir;

/** The real HetRec Last.fm file: every user-artist pair becomes one play event and the weights all arrive. */
class HetRecReplayTest {

    @Test
    void everyPairOnceAndTheSumOfTheirWeights() throws IOException {
        Path file = DataDir.require("hetrec2011-lastfm-2k/user_artists.dat");
        // The expectation, read independently with plain splitting.
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        long pairs = 0;
        long weights = 0;
        for (String l : lines.subList(1, lines.size())) {
            if (!l.isBlank()) {
                pairs++;
                weights += Long.parseLong(l.split("\t")[2].trim());
            }
        }
        long[] seen = new long[2];
        Set<String> distinct = new HashSet<>();
        String source = ReplaySource.of(ReplayFormat.HETREC, file, null).id();
        ReplayReport r = new HistoryReader(ReplayFormat.HETREC, ReplayLimits.defaults(), TrackMapping.none())
                .read(file, source, e -> {
                    seen[0]++;
                    seen[1] += e.count();
                    distinct.add(e.userId() + "|" + e.trackId());
                }, n -> { });
        assertEquals(0, r.problemCount(), () -> r.problems().toString());
        assertEquals(92_834, r.events());
        assertEquals(pairs, r.events());
        assertEquals(weights, r.countSum());
        assertEquals(r.events(), seen[0]);
        assertEquals(r.countSum(), seen[1]);
        assertEquals(r.events(), distinct.size(), "each pair is one interaction");

        Path readme = file.resolveSibling("readme.txt");
        if (Files.exists(readme)) {
            Matcher m = Pattern.compile("(\\d+) user-listened artist relations")
                    .matcher(Files.readString(readme, StandardCharsets.ISO_8859_1));
            if (m.find()) {
                assertEquals(Long.parseLong(m.group(1)), r.events(), "the readme's count");
            }
        }
        Path provenance = file.resolveSibling("PROVENANCE.md");
        if (Files.exists(provenance)) {
            Matcher m = Pattern.compile("sum\\(weight\\)=([0-9,]+)").matcher(Files.readString(provenance));
            if (m.find()) {
                assertEquals(Long.parseLong(m.group(1).replace(",", "")), r.countSum(), "the provenance note's sum");
            }
        }
    }
}
