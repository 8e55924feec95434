package org.musicrec.recommend.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Every expected figure below was worked out by hand from the definitions in the class comment. */
class RankingMetricsTest {
    private static final double LOG2_3 = 1.5849625007211562; // 1/LOG2_3 = 0.6309297535714575

    @Test
    void twoHitsOutOfFourHeldOut() {
        RankingMetrics m = new RankingMetrics(3, 10);
        m.add(new int[] {5, 7, 9}, new int[] {7, 9, 11, 13});
        RankingMetrics.Result r = m.result();
        assertEquals(1, r.users());
        assertEquals(2.0 / 3, r.precision(), 1e-12);
        assertEquals(0.5, r.recall(), 1e-12);
        // DCG = 1/log2(3) + 1/log2(4) = 1.1309297536; IDCG over min(3,4) = 3 ranks = 2.1309297536.
        assertEquals(1.1309297535714575 / 2.1309297535714575, r.ndcg(), 1e-12);
        // AP = (1/2 + 2/3) / min(3,4) = 0.3888...
        assertEquals((0.5 + 2.0 / 3) / 3, r.map(), 1e-12);
        assertEquals(0.3, r.coverage(), 1e-12);
    }

    @Test
    void fewerHeldOutItemsThanKUseMinOfKAndHeldOut() {
        RankingMetrics m = new RankingMetrics(3, 10);
        m.add(new int[] {1, 2, 3}, new int[] {3});
        RankingMetrics.Result r = m.result();
        assertEquals(1.0 / 3, r.precision(), 1e-12);
        assertEquals(1.0, r.recall(), 1e-12);
        assertEquals(0.5, r.ndcg(), 1e-12); // 1/log2(4) over an ideal of 1/log2(2)
        assertEquals(1.0 / 3, r.map(), 1e-12); // precision@3 = 1/3, divided by min(3,1) = 1
    }

    @Test
    void averagesOverUsersWithHeldOutItemsIncludingMisses() {
        RankingMetrics m = new RankingMetrics(3, 10);
        m.add(new int[] {5, 7, 9}, new int[] {7, 9, 11, 13});
        m.add(new int[] {1, 2, 3}, new int[] {3, 3});
        m.add(new int[] {4, 5, 6}, new int[] {8}); // all misses
        m.add(new int[] {0, 8, 9}, new int[0]); // no held-out items: not counted at all
        RankingMetrics.Result r = m.result();
        assertEquals(3, r.users());
        assertEquals((2.0 / 3 + 1.0 / 3 + 0) / 3, r.precision(), 1e-12);
        assertEquals((0.5 + 1 + 0) / 3, r.recall(), 1e-12);
        double ndcgFirst = (1 / LOG2_3 + 0.5) / (1 + 1 / LOG2_3 + 0.5);
        assertEquals((ndcgFirst + 0.5 + 0) / 3, r.ndcg(), 1e-12);
        assertEquals(((0.5 + 2.0 / 3) / 3 + 1.0 / 3 + 0) / 3, r.map(), 1e-12);
        // Distinct recommended over the counted users: {1,2,3,4,5,6,7,9} = 8 of 10.
        assertEquals(0.8, r.coverage(), 1e-12);
    }

    @Test
    void aShortListCountsAsMissesPastItsEnd() {
        RankingMetrics m = new RankingMetrics(4, 5);
        m.add(new int[] {2}, new int[] {2, 4});
        RankingMetrics.Result r = m.result();
        assertEquals(0.25, r.precision(), 1e-12);
        assertEquals(0.5, r.recall(), 1e-12);
        assertEquals(1 / (1 + 1 / LOG2_3), r.ndcg(), 1e-12);
        assertEquals(0.5, r.map(), 1e-12);
    }
}
