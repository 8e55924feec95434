package org.musicrec.sampling;

import org.musicrec.catalog.TrackIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SamplingPlanTest {

    static ArchiveEntry entry(int index, String name, long size) {
        return new ArchiveEntry(index, name, size, size, index, ZipEntry.STORED, false);
    }

    /** 200 tracks named like FMA, sizes 1..997 bytes in a fixed scrambled pattern. */
    static List<ArchiveEntry> fmaLike(int n) {
        List<ArchiveEntry> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long id = 2 + i;
            String name = String.format("fma_large/%03d/%06d.mp3", id / 1000, id);
            list.add(entry(i, name, 1 + (i * 7919L) % 997));
        }
        return list;
    }

    static SamplingOptions options(SamplingStrategy s, int files, long bytes) {
        return SamplingOptions.defaults().withStrategy(s, 7).withLimits(files, bytes);
    }

    private static Map<Long, String> threeGenres(List<ArchiveEntry> all) {
        Map<Long, String> g = new HashMap<>();
        for (ArchiveEntry e : all) {
            long id = TrackIds.parse(e.name());
            g.put(id, id % 10 == 0 ? "Folk" : id % 3 == 0 ? "Rock" : "Electronic"); // 10% / ~30% / ~60%
        }
        return g;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(SamplingStrategy.class)
    void fileLimitAloneIsReachedExactly(SamplingStrategy s) {
        List<ArchiveEntry> all = fmaLike(200);
        SamplingPlan plan = SamplingPlan.create(all, options(s, 37, Long.MAX_VALUE), threeGenres(all));
        assertEquals(37, plan.size());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(SamplingStrategy.class)
    void byteLimitAloneIsNeverExceededAndSmallerEntriesStillFit(SamplingStrategy s) {
        List<ArchiveEntry> all = fmaLike(200);
        long budget = 5_000;
        SamplingPlan plan = SamplingPlan.create(all, options(s, Integer.MAX_VALUE, budget), threeGenres(all));
        assertTrue(plan.totalBytes() <= budget, () -> plan.totalBytes() + " > " + budget);
        assertEquals(plan.entries().stream().mapToLong(p -> p.entry().size()).sum(), plan.totalBytes());
        // Skipping overflowing entries and going on fills the budget almost completely: what is left is smaller
        // than every unchosen entry (else the selection would have taken it).
        Set<Integer> chosen = plan.entries().stream().map(p -> p.entry().index()).collect(Collectors.toSet());
        long smallestLeft = all.stream().filter(e -> !chosen.contains(e.index())).mapToLong(ArchiveEntry::size).min().orElseThrow();
        assertTrue(budget - plan.totalBytes() < smallestLeft, "an unchosen entry would still have fitted");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(SamplingStrategy.class)
    void bothLimitsHoldTogether(SamplingStrategy s) {
        List<ArchiveEntry> all = fmaLike(200);
        SamplingPlan byCount = SamplingPlan.create(all, options(s, 10, 1_000_000), threeGenres(all));
        assertEquals(10, byCount.size());
        SamplingPlan byBytes = SamplingPlan.create(all, options(s, 150, 3_000), threeGenres(all));
        assertTrue(byBytes.size() < 150 && byBytes.totalBytes() <= 3_000);
        SamplingPlan none = SamplingPlan.create(all, options(s, 0, 3_000), threeGenres(all));
        assertEquals(0, none.size());
    }

    @Test
    void firstTakesArchiveOrderSkippingWhatOverflows() {
        // sizes 5, 8, 3, 4 under 10 bytes: 5 fits, 8 would make 13, 3 makes 8, 4 would make 12.
        List<ArchiveEntry> all = List.of(entry(0, "a.mp3", 5), entry(1, "b.mp3", 8), entry(2, "c.mp3", 3), entry(3, "d.mp3", 4));
        SamplingPlan plan = SamplingPlan.create(all, options(SamplingStrategy.FIRST, 10, 10), Map.of());
        assertEquals(List.of("a.mp3", "c.mp3"), names(plan));
        assertEquals(8, plan.totalBytes());
        assertEquals(List.of(0, 1), plan.entries().stream().map(PlannedEntry::planIndex).toList());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = SamplingStrategy.class, names = {"RANDOM", "STRATIFIED"})
    void sameSeedSamePlanOtherSeedOtherPlan(SamplingStrategy s) {
        List<ArchiveEntry> all = fmaLike(500);
        Map<Long, String> genres = threeGenres(all);
        SamplingOptions seed7 = options(s, 50, Long.MAX_VALUE);
        SamplingPlan a = SamplingPlan.create(all, seed7, genres);
        SamplingPlan b = SamplingPlan.create(List.copyOf(all), seed7, new TreeMap<>(genres));
        SamplingPlan c = SamplingPlan.create(all, seed7.withStrategy(s, 8), genres);
        assertEquals(names(a), names(b));
        assertEquals(a.digest(), b.digest());
        assertNotEquals(names(a), names(c));
        assertNotEquals(a.digest(), c.digest());
        // Archive order in the plan, whatever the draw order, so extraction reads the file front to back.
        List<Integer> idx = a.entries().stream().map(p -> p.entry().index()).toList();
        assertEquals(idx.stream().sorted().toList(), idx);
    }

    @Test
    void randomIsNotJustTheFirstEntries() {
        SamplingPlan plan = SamplingPlan.create(fmaLike(1000), options(SamplingStrategy.RANDOM, 100, Long.MAX_VALUE), Map.of());
        // A uniform draw of 100 of 1000 puts about half in the second half; 20..80 allows for chance (p < 1e-9).
        long late = plan.entries().stream().filter(p -> p.entry().index() >= 500).count();
        assertTrue(late >= 20 && late <= 80, "entries from the second half: " + late);
    }

    @Test
    void stratifiedBalancesGenresUntilOneRunsOut() {
        List<ArchiveEntry> all = fmaLike(300);
        Map<Long, String> genres = threeGenres(all);
        Map<String, Long> available = all.stream().collect(Collectors.groupingBy(e -> genres.get(TrackIds.parse(e.name())), Collectors.counting()));
        assertEquals(30L, available.get("Folk"));

        Map<String, Long> of30 = genreCounts(SamplingPlan.create(all, options(SamplingStrategy.STRATIFIED, 30, Long.MAX_VALUE), genres));
        assertEquals(Map.of("Folk", 10L, "Rock", 10L, "Electronic", 10L), of30);

        // 120 files: Folk has only 30, the other two share the rest equally.
        Map<String, Long> of120 = genreCounts(SamplingPlan.create(all, options(SamplingStrategy.STRATIFIED, 120, Long.MAX_VALUE), genres));
        assertEquals(Map.of("Folk", 30L, "Rock", 45L, "Electronic", 45L), of120);

        // Random on the same data follows the 10/30/60 mix instead (reference: Electronic well above Folk).
        Map<String, Long> random = genreCounts(SamplingPlan.create(all, options(SamplingStrategy.RANDOM, 30, Long.MAX_VALUE), genres));
        assertTrue(random.getOrDefault("Electronic", 0L) > random.getOrDefault("Folk", 0L) + 5, random.toString());
    }

    @Test
    void stratifiedWithoutCatalogueIsOneStratumOfUnknownGenre() {
        SamplingPlan plan = SamplingPlan.create(fmaLike(100), options(SamplingStrategy.STRATIFIED, 10, Long.MAX_VALUE), Map.of());
        assertEquals(10, plan.size());
        assertTrue(plan.entries().stream().allMatch(p -> p.genre().isEmpty()));
    }

    @Test
    void unsafeAmbiguousAndBombEntriesAreRefusedBeforeTheBudget() {
        List<ArchiveEntry> all = List.of(
                entry(0, "../evil.mp3", 1), entry(1, "/abs.mp3", 1), entry(2, "C:/win.mp3", 1), entry(3, "a\\b.mp3", 1),
                entry(4, "nul\0.mp3", 1), entry(5, "twice.mp3", 1), entry(6, "twice.mp3", 1),
                new ArchiveEntry(7, "bomb.mp3", 1_000_000, 1_000, 0, ZipEntry.DEFLATED, false),
                new ArchiveEntry(8, "liar.mp3", 10, 20, 0, ZipEntry.STORED, false),
                entry(9, "manifest.csv", 1), entry(10, "notes.txt", 1),
                new ArchiveEntry(11, "000/", 0, 0, 0, ZipEntry.STORED, true), entry(12, "000/000002.mp3", 1));
        SamplingOptions opts = new SamplingOptions(100, 1000, SamplingStrategy.FIRST, 1, Set.of("mp3", "csv"), false, 100);
        SamplingPlan plan = SamplingPlan.create(all, opts, Map.of(2L, "Hip-Hop"));
        assertEquals(List.of("000/000002.mp3"), names(plan));
        assertEquals(2L, plan.entries().get(0).trackId());
        assertEquals("Hip-Hop", plan.entries().get(0).genre());
        assertEquals(2, plan.ignored()); // notes.txt and the folder
        Map<String, String> why = new TreeMap<>();
        plan.refused().forEach(r -> why.merge(r.entry(), r.reason(), (x, y) -> x));
        assertEquals(Set.of("../evil.mp3", "/abs.mp3", "C:/win.mp3", "a\\b.mp3", "nul\0.mp3", "twice.mp3", "bomb.mp3",
                "liar.mp3", "manifest.csv"), why.keySet());
        assertEquals(10, plan.refused().size()); // both copies of twice.mp3
        assertTrue(why.get("bomb.mp3").contains("ratio 1000"), why.get("bomb.mp3"));
    }

    @Test
    void flatRefusesTwoEntriesLandingOnOneFile() {
        List<ArchiveEntry> all = List.of(entry(0, "a/x.mp3", 1), entry(1, "b/x.mp3", 1), entry(2, "b/y.mp3", 1));
        SamplingOptions flat = new SamplingOptions(10, 100, SamplingStrategy.FIRST, 1, Set.of("mp3"), true, 100);
        SamplingPlan plan = SamplingPlan.create(all, flat, Map.of());
        assertEquals(List.of("x.mp3", "y.mp3"), plan.entries().stream().map(PlannedEntry::outputPath).toList());
        assertEquals("b/x.mp3", plan.refused().get(0).entry());
    }

    private static List<String> names(SamplingPlan plan) {
        return plan.entries().stream().map(p -> p.entry().name()).toList();
    }

    private static Map<String, Long> genreCounts(SamplingPlan plan) {
        return plan.entries().stream().collect(Collectors.groupingBy(PlannedEntry::genre, Collectors.counting()));
    }
}
