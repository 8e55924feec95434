package org.musicrec.recommend.als;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlsTrainerTest {
    private static final AlsParams EXPLICIT = new AlsParams(3, 1e-4, 1, 30, 7L, false, Confidence.RAW);
    private static final AlsParams IMPLICIT = new AlsParams(4, 0.1, 2, 8, 7L, true, Confidence.LOG);

    @Test
    void recoversAKnownRank3MatrixFromSeventyPercentOfItsEntries() {
        List<float[]> heldOut = new ArrayList<>();
        Fixtures.Triples t = Fixtures.lowRank(60, 40, 3, 0.7, 11L, heldOut);
        AlsModelState s;
        try (AlsTrainer trainer = new AlsTrainer(t.data(), EXPLICIT, 2)) {
            s = trainer.train(null);
        }
        double sum = 0;
        double sumTruth = 0;
        for (float[] e : heldOut) {
            double p = AlsLoss.dot(s.userFactors(), (int) e[0] * 3, s.itemFactors(), (int) e[1] * 3, 3);
            sum += (p - e[2]) * (p - e[2]);
            sumTruth += e[2] * e[2];
        }
        double rmse = Math.sqrt(sum / heldOut.size());
        double scale = Math.sqrt(sumTruth / heldOut.size());
        // Unseen entries come back to within 2% of their typical size (about 1.7).
        assertTrue(rmse < 0.02 * scale, "held-out RMSE " + rmse + " vs scale " + scale);
    }

    @Test
    void explicitLossNeverIncreasesAcrossHalfIterations() {
        Fixtures.Triples t = Fixtures.lowRank(50, 30, 3, 0.5, 3L, null);
        assertLossDecreases(t.data(), EXPLICIT.withRank(5).withReg(0.05).withIterations(6));
    }

    @Test
    void implicitLossNeverIncreasesAcrossHalfIterations() {
        Fixtures.Triples t = Fixtures.counts(80, 60, 6, 5L);
        assertLossDecreases(t.data(), IMPLICIT);
        assertLossDecreases(t.data(), IMPLICIT.withConfidence(Confidence.RAW).withAlpha(0.5));
        assertLossDecreases(t.data(), IMPLICIT.withRank(20));
    }

    static void assertLossDecreases(AlsData data, AlsParams params) {
        try (AlsTrainer trainer = new AlsTrainer(data, params, 2, 16)) {
            AlsModelState s = trainer.initialState();
            WorkPlan plan = trainer.plan();
            double first = Double.NaN;
            double previous = Double.POSITIVE_INFINITY;
            FixedSide fixed = null;
            for (int u = 0; u < plan.size(); u++) {
                WorkUnit unit = plan.unit(u);
                if (plan.startsHalf(u)) {
                    fixed = trainer.fixedSide(s, unit.side());
                }
                trainer.solve(s, unit, fixed);
                boolean halfEnds = u + 1 == plan.size() || plan.startsHalf(u + 1);
                if (halfEnds) {
                    double loss = AlsLoss.of(data, params, s);
                    assertTrue(loss <= previous * (1 + 1e-6), "loss rose to " + loss + " from " + previous + " at unit " + u);
                    if (Double.isNaN(first)) {
                        first = loss;
                    }
                    previous = loss;
                }
            }
            assertTrue(previous < 0.95 * first, "no real progress: " + first + " -> " + previous);
        }
    }

    @Test
    void sameSeedGivesIdenticalFactorsWhateverTheThreadCount() {
        AlsData data = Fixtures.counts(300, 120, 8, 9L).data();
        float[][] one = train(data, IMPLICIT, 1);
        float[][] three = train(data, IMPLICIT, 3);
        assertArrayEquals(one[0], three[0]);
        assertArrayEquals(one[1], three[1]);
        java.util.concurrent.ExecutorService executor = java.util.concurrent.Executors.newFixedThreadPool(2);
        try (AlsTrainer onExecutor = new AlsTrainer(data, IMPLICIT, executor, 50)) {
            AlsModelState s = onExecutor.train(null);
            assertArrayEquals(one[0], s.userFactors());
        } finally {
            executor.shutdown();
        }
        float[][] otherSeed = train(data, IMPLICIT.withSeed(8L), 3);
        assertFalse(Arrays.equals(one[0], otherSeed[0]));
    }

    static float[][] train(AlsData data, AlsParams params, int threads) {
        try (AlsTrainer trainer = new AlsTrainer(data, params, threads, 50)) {
            AlsModelState s = trainer.train(null);
            return new float[][] {s.userFactors(), s.itemFactors()};
        }
    }

    @Test
    void restartFromASavedStateMidHalfIterationEqualsAnUninterruptedRun() throws IOException {
        AlsData data = Fixtures.counts(100, 70, 7, 21L).data();
        // Rank 20 against 7 items a user: rows go through the low-rank shortcut as well as the direct solve.
        AlsParams params = IMPLICIT.withIterations(4).withRank(20);
        float[][] uninterrupted = train(data, params, 2);
        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        try (AlsTrainer first = new AlsTrainer(data, params, 2, 50)) {
            AlsModelState s = first.initialState();
            WorkPlan plan = first.plan();
            assertEquals(2, plan.blocks(Side.USER));
            FixedSide fixed = null;
            // Iteration 1: item blocks are units 3-4, user blocks 5-6; stop after the first user block.
            for (int u = 0; u <= 5; u++) {
                if (plan.startsHalf(u)) {
                    fixed = first.fixedSide(s, plan.unit(u).side());
                }
                first.solve(s, plan.unit(u), fixed);
            }
            s.writeTo(saved);
        }
        AlsModelState restored = AlsModelState.readFrom(new ByteArrayInputStream(saved.toByteArray()));
        assertEquals(6, restored.nextUnit());
        try (AlsTrainer second = new AlsTrainer(data, params, 1, 50)) {
            second.train(restored, null);
        }
        assertArrayEquals(uninterrupted[0], restored.userFactors());
        assertArrayEquals(uninterrupted[1], restored.itemFactors());
    }

    @Test
    void iterationListenerHearsEveryIteration() {
        AlsData data = Fixtures.counts(30, 20, 5, 1L).data();
        List<Integer> heard = new ArrayList<>();
        try (AlsTrainer trainer = new AlsTrainer(data, IMPLICIT.withIterations(3), 1, 8)) {
            trainer.train((it, total, nanos) -> heard.add(it));
        }
        assertEquals(List.of(0, 1, 2), heard);
    }
}
