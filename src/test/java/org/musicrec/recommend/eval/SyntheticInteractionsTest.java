package org.musicrec.recommend.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.musicrec.recommend.als.AlsData;

class SyntheticInteractionsTest {
    private static final SyntheticInteractions SET = SyntheticInteractions.generate(2_000, 1_000, 50_000, 7L);

    @Test
    void sameSeedSameRowsOtherSeedOtherRows() {
        SyntheticInteractions again = SyntheticInteractions.generate(2_000, 1_000, 50_000, 7L);
        assertArrayEquals(SET.users(), again.users());
        assertArrayEquals(SET.items(), again.items());
        assertArrayEquals(SET.values(), again.values());
        SyntheticInteractions other = SyntheticInteractions.generate(2_000, 1_000, 50_000, 8L);
        assertFalse(Arrays.equals(SET.items(), other.items()));
    }

    @Test
    void exactlyTheRequestedRowsAsDistinctPairsInRange() {
        assertEquals(50_000, SET.size());
        Set<Long> pairs = new HashSet<>();
        for (int r = 0; r < SET.size(); r++) {
            int u = SET.users()[r];
            int i = SET.items()[r];
            assertTrue(u >= 0 && u < 2_000 && i >= 0 && i < 1_000, "row " + r);
            assertTrue(SET.values()[r] >= 1, "row " + r);
            assertTrue(pairs.add((long) u * 1_000 + i), "duplicate pair at row " + r);
        }
        AlsData data = SET.toAlsData();
        assertEquals(50_000, data.byUser().nnz());
        for (int u = 0; u < 2_000; u++) {
            int n = data.byUser().rowLength(u);
            assertTrue(n >= SyntheticInteractions.MIN_DEGREE && n <= 250, "user " + u + " has " + n);
        }
    }

    @Test
    void activityAndPopularityAreSkewed() {
        AlsData data = SET.toAlsData();
        int[] userDegrees = lengths(data.byUser().rowStart());
        int[] itemDegrees = lengths(data.byItem().rowStart());
        // Under a uniform law the top 10% would hold about 10%; these power laws give far more.
        assertTrue(topShare(userDegrees, 0.1) > 0.3, "user share " + topShare(userDegrees, 0.1));
        assertTrue(topShare(itemDegrees, 0.1) > 0.4, "item share " + topShare(itemDegrees, 0.1));
        // Counts are 1 + geometric(0.9): mean about 10.
        double mean = 0;
        for (float v : SET.values()) {
            mean += v;
        }
        mean /= SET.size();
        assertTrue(mean > 8 && mean < 12, "mean play count " + mean);
    }

    @Test
    void degreesSumExactlyWithinBounds() {
        int[] d = SyntheticInteractions.degrees(100, 1_234, 1.0, 2, 50);
        assertEquals(1_234, Arrays.stream(d).sum());
        assertTrue(Arrays.stream(d).allMatch(x -> x >= 2 && x <= 50));
        assertEquals(50, d[0]); // the most active user is clamped to the maximum
    }

    @Test
    void impossibleSizesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> SyntheticInteractions.generate(10, 100, 5, 1L));
        assertThrows(IllegalArgumentException.class, () -> SyntheticInteractions.generate(10, 100, 251, 1L));
        assertThrows(IllegalArgumentException.class, () -> SyntheticInteractions.generate(0, 100, 10, 1L));
    }

    private static int[] lengths(int[] rowStart) {
        int[] n = new int[rowStart.length - 1];
        for (int r = 0; r < n.length; r++) {
            n[r] = rowStart[r + 1] - rowStart[r];
        }
        return n;
    }

    private static double topShare(int[] degrees, double fraction) {
        int[] sorted = degrees.clone();
        Arrays.sort(sorted);
        long total = 0;
        long top = 0;
        int cut = sorted.length - (int) Math.round(fraction * sorted.length);
        for (int r = 0; r < sorted.length; r++) {
            total += sorted[r];
            top += r >= cut ? sorted[r] : 0;
        }
        return (double) top / total;
    }
}
