package org.musicrec.events.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicrec.events.ActivityEvent;
import org.musicrec.events.ActivityType;

/** The three formats on hand-written files: events, namespaced and mapped ids, stable ids, refused lines by number. */
class HistoryReaderTest {

    @TempDir
    Path dir;

    Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    record Read(List<ActivityEvent> events, ReplayReport report, String source) {
    }

    Read read(ReplayFormat format, Path file, TrackMapping mapping) throws IOException {
        List<ActivityEvent> events = new ArrayList<>();
        String source = ReplaySource.of(format, file, null).id();
        ReplayReport r = new HistoryReader(format, ReplayLimits.defaults(), mapping).read(file, source, events::add, n -> { });
        return new Read(events, r, source);
    }

    @Test
    void hetrecWithCrlfHeaderAndBadLines() throws IOException {
        Path f = write("user_artists.dat", "userID\tartistID\tweight\r\n2\t51\t13883\r\n2\t52\tx\r\n3\t51\t0\r\n\r\n4\t7\t5\t9\r\n5\t99\t2\r\n");
        Read r = read(ReplayFormat.HETREC, f, TrackMapping.none());
        assertEquals(2, r.events().size());
        ActivityEvent e = r.events().get(0);
        assertEquals("lastfm:2", e.userId());
        assertEquals("lastfm:51", e.trackId());
        assertEquals(ActivityType.PLAY, e.type());
        assertEquals(13883, e.count());
        assertEquals("replay:" + r.source() + ":2", e.eventId());
        assertEquals("replay:" + r.source() + ":7", r.events().get(1).eventId());
        assertEquals(13885, r.report().countSum());
        assertEquals(3, r.report().problemCount());
        assertEquals(List.of(3L, 4L, 6L), r.report().problems().stream().map(LineProblem::line).toList());
        assertTrue(r.report().problems().get(1).reason().contains("weight must be from 1"), r.report().problems().get(1).reason());
        assertEquals(7, r.report().lines());
    }

    @Test
    void movielensRatesAtTheirTimes() throws IOException {
        Path f = write("u.data", "196\t242\t3\t881250949\n186 302 3 891717742\n22\t377\t6\t878887116\n");
        Read r = read(ReplayFormat.MOVIELENS, f, TrackMapping.none());
        assertEquals(2, r.events().size());
        ActivityEvent e = r.events().get(0);
        assertEquals("ml100k:196", e.userId());
        assertEquals("ml100k:242", e.trackId());
        assertEquals(ActivityType.RATE, e.type());
        assertEquals(3, e.rating());
        assertEquals(Instant.ofEpochSecond(881250949L), e.at());
        assertEquals(3, r.report().problems().get(0).line());
        assertTrue(r.report().problems().get(0).reason().startsWith("rating"));
    }

    @Test
    void csvInAnyColumnOrderWithTheApiRules() throws IOException {
        Path f = write("h.csv", String.join("\n",
                "type,user,track,at,count,rating",
                "play,u1,t1,2026-01-01T00:00:00Z,3,",
                "rate,u1,t1,2026-01-02T00:00:00Z,,4",
                "rate,u1,t2,2026-01-02T00:00:00Z,,",
                "play,u1,t2,2026-01-02T00:00:00Z,,4",
                "jump,u1,t2,2026-01-02T00:00:00Z,,",
                "play,u1,t2,yesterday,,",
                "play,,t2,2026-01-02T00:00:00Z,,",
                "\"play,u1",
                "skip,u2,t9,2026-01-03T00:00:00Z,,"));
        Read r = read(ReplayFormat.CSV, f, TrackMapping.none());
        assertEquals(List.of("u1|t1|PLAY|3", "u1|t1|RATE|1", "u2|t9|SKIP|1"),
                r.events().stream().map(e -> e.userId() + "|" + e.trackId() + "|" + e.type() + "|" + e.count()).toList());
        assertEquals(4, r.events().get(1).rating());
        assertEquals(List.of(4L, 5L, 6L, 7L, 8L, 9L), r.report().problems().stream().map(LineProblem::line).toList());
        assertTrue(r.report().problems().get(0).reason().contains("required"));
        assertTrue(r.report().problems().get(1).reason().contains("only allowed"));
    }

    @Test
    void csvWithoutTheNeededHeaderIsUnusable() throws IOException {
        Path f = write("h.csv", "u1,t1,play,2026-01-01T00:00:00Z\n");
        assertThrows(UnusableHistoryException.class, () -> read(ReplayFormat.CSV, f, TrackMapping.none()));
        Path g = write("g.csv", "user,track,type\nu1,t1,play\n");
        UnusableHistoryException e = assertThrows(UnusableHistoryException.class, () -> read(ReplayFormat.CSV, g, TrackMapping.none()));
        assertTrue(e.getMessage().contains("'at'"), e.getMessage());
    }

    @Test
    void mappingReplacesKnownItemsOnly() throws IOException {
        Path m = write("map.csv", "source-id,track-id\n51,fma:2\n52,fma:5\n");
        Path f = write("user_artists.dat", "userID\tartistID\tweight\n2\t51\t1\n2\t53\t1\n");
        Read r = read(ReplayFormat.HETREC, f, TrackMapping.read(m, ReplayLimits.defaults()));
        assertEquals(List.of("fma:2", "lastfm:53"), r.events().stream().map(ActivityEvent::trackId).toList());
        assertEquals("lastfm:2", r.events().get(0).userId(), "users are never mapped");
        assertEquals(1, r.report().unmapped());
        Path bad = write("bad.csv", "source-id,track-id\n51,fma:2\n51,fma:3\n");
        assertThrows(UnusableHistoryException.class, () -> TrackMapping.read(bad, ReplayLimits.defaults()));
    }

    @Test
    void sameFileSameIdsOtherContentOrMappingOtherSource() throws IOException {
        Path a = write("a.dat", "userID\tartistID\tweight\n2\t51\t1\n");
        Path b = write("b.dat", "userID\tartistID\tweight\n2\t51\t1\n");
        Path c = write("c.dat", "userID\tartistID\tweight\n2\t51\t2\n");
        Path m = write("map.csv", "source-id,track-id\n51,fma:2\n");
        assertEquals(read(ReplayFormat.HETREC, a, TrackMapping.none()).events(), read(ReplayFormat.HETREC, a, TrackMapping.none()).events());
        assertEquals(ReplaySource.of(ReplayFormat.HETREC, a, null), ReplaySource.of(ReplayFormat.HETREC, b, null), "content, not the name");
        assertNotEquals(ReplaySource.of(ReplayFormat.HETREC, a, null).id(), ReplaySource.of(ReplayFormat.HETREC, c, null).id());
        assertNotEquals(ReplaySource.of(ReplayFormat.HETREC, a, null).id(), ReplaySource.of(ReplayFormat.HETREC, a, m).id());
        assertEquals(2, ReplaySource.of(ReplayFormat.HETREC, a, null).lines());
    }

    @Test
    void anOverlongLineIsRefusedAndTheNextStillRead() throws IOException {
        Path f = write("u.data", "1 2 3 881250949\n" + "9".repeat(10_000) + "\n5 6 4 881250950");
        Read r = read(ReplayFormat.MOVIELENS, f, TrackMapping.none());
        assertEquals(2, r.events().size());
        assertEquals(2, r.report().problems().get(0).line());
        assertTrue(r.report().problems().get(0).reason().contains("longer than"));
        assertNull(r.events().get(1).msPlayed());
    }

    @Test
    void aCursorResumesAfterACheckpointWithTheSameIds() throws IOException {
        Path f = write("h.csv", String.join("\n",
                "track,user,type,at",
                "t1,u1,play,2026-01-01T00:00:00Z",
                "t2,u1,jump,2026-01-01T00:00:00Z",
                "t3,u2,like,2026-01-01T00:00:00Z",
                "t4,u2,skip,2026-01-01T00:00:00Z"));
        Read all = read(ReplayFormat.CSV, f, TrackMapping.none());
        HistoryReader reader = new HistoryReader(ReplayFormat.CSV, ReplayLimits.defaults(), TrackMapping.none());
        List<ActivityEvent> resumed = new ArrayList<>();
        List<Long> refused = new ArrayList<>();
        try (HistoryCursor c = reader.open(f, all.source(), 2)) {
            for (HistoryCursor.Item i; (i = c.next()) != null; ) {
                if (i instanceof HistoryCursor.Replayed r) {
                    resumed.add(r.event());
                } else if (i instanceof HistoryCursor.Refused x) {
                    refused.add(x.problem().line());
                }
            }
            assertEquals(5, c.line());
        }
        assertEquals(all.events().subList(1, 3), resumed, "the header is still read, ids unchanged");
        assertEquals(List.of(3L), refused);
    }

    /** Issue 18: a replay sends nothing the API would refuse; each refused line is a problem with its number. */
    @Test
    void linesTheApiWouldRefuseAreProblemsWithTheirNumbers() throws IOException {
        String future = Instant.now().plus(java.time.Duration.ofDays(2)).toString();
        Path f = write("h.csv", String.join("\n",
                "user,track,type,at,count",
                "u1,t1,play,2026-01-01T00:00:00Z,1",
                "u1,t1,play,+999999999-01-01T00:00:00Z,1",
                "u1,t1,play," + future + ",1",
                "u1,t1,play,1989-12-31T23:59:59Z,1",
                "a|b,t1,play,2026-01-01T00:00:00Z,1",
                "u1,t/1,play,2026-01-01T00:00:00Z,1",
                "u1,t1,play,2026-01-01T00:00:00Z,1000001",
                "u\u0007x,t1,play,2026-01-01T00:00:00Z,1",
                "u2,t1,like,1990-01-01T00:00:00Z,1"));
        Read r = read(ReplayFormat.CSV, f, TrackMapping.none());
        assertEquals(List.of("u1", "u2"), r.events().stream().map(ActivityEvent::userId).toList());
        assertEquals(List.of(3L, 4L, 5L, 6L, 7L, 8L, 9L), r.report().problems().stream().map(LineProblem::line).toList());
        List<String> reasons = r.report().problems().stream().map(LineProblem::reason).toList();
        assertTrue(reasons.get(0).startsWith("at must be from 1990-01-01T00:00:00Z"), reasons.get(0));
        assertTrue(reasons.get(1).startsWith("at "), reasons.get(1));
        assertTrue(reasons.get(2).startsWith("at "), reasons.get(2));
        assertTrue(reasons.get(3).startsWith("userId "), reasons.get(3));
        assertTrue(reasons.get(4).startsWith("trackId "), reasons.get(4));
        assertTrue(reasons.get(5).startsWith("count "), reasons.get(5));
        assertTrue(reasons.get(6).startsWith("userId "), reasons.get(6));
    }

    /** A mapping's track ids are checked too: an item mapped to an id the API would refuse is a problem on its line. */
    @Test
    void aMappedTrackIdIsCheckedByTheSameRules() throws IOException {
        Path f = write("user_artists.dat", "userID\tartistID\tweight\n2\t51\t3\n2\t52\t4\n");
        Path m = write("map.csv", "source-id,track-id\n51,fma|2\n52,7\n");
        Read r = read(ReplayFormat.HETREC, f, TrackMapping.read(m, ReplayLimits.defaults()));
        assertEquals(List.of("7"), r.events().stream().map(ActivityEvent::trackId).toList());
        assertEquals(List.of(2L), r.report().problems().stream().map(LineProblem::line).toList());
    }
}
