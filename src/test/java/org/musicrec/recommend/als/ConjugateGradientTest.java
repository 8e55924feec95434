package org.musicrec.recommend.als;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ConjugateGradientTest {
    private static final AlsParams CG = new AlsParams(6, 0.1, 2, 8, 7L, true, Confidence.LOG).withSolver(Solver.CG);

    @Test
    void enoughStepsReachTheCholeskyAnswerFromAnyStart() {
        int k = 16;
        Random random = new Random(5);
        float[] items = new float[50 * k];
        for (int i = 0; i < items.length; i++) {
            items[i] = (float) (random.nextGaussian() * 0.3);
        }
        FixedSide fixed = FixedSide.implicit(items, k, null, false);
        for (Confidence confidence : new Confidence[] {Confidence.RAW, Confidence.LOG}) {
            AlsParams params = new AlsParams(k, 0.05, 1.5, 1, 1L, true, confidence).withSolver(Solver.CG);
            for (int n : new int[] {1, 3, 12, 40}) {
                int[] index = new int[n];
                float[] value = new float[n];
                for (int j = 0; j < n; j++) {
                    index[j] = random.nextInt(50);
                    value[j] = j == 1 ? 0f : 1 + random.nextInt(300); // one zero weight when n > 1
                }
                float[] exact = new float[k];
                new NormalEquations(k).solve(params, fixed, index, value, 0, n, exact, 0);
                float[] start = new float[k];
                for (int i = 0; i < k; i++) {
                    start[i] = (float) random.nextGaussian();
                }
                double[] extras = confidence.extras(params.alpha(), value);
                float[] few = start.clone();
                new ConjugateGradient(k).solve(params, fixed, index, value, extras, 0, n, few, 0, 2);
                float[] many = start.clone();
                new ConjugateGradient(k).solve(params, fixed, index, value, extras, 0, n, many, 0, 4 * k);
                double scale = maxAbs(exact);
                for (int i = 0; i < k; i++) {
                    assertEquals(exact[i], many[i], 1e-5 * Math.max(1, scale), confidence + " n=" + n + " i=" + i);
                }
                assertTrue(distance(few, exact) < distance(start, exact), "two steps move towards the answer");
            }
        }
    }

    @Test
    void implicitLossNeverIncreasesWithCg() {
        Fixtures.Triples t = Fixtures.counts(80, 60, 6, 5L);
        for (int steps : new int[] {1, 3}) {
            AlsTrainerTest.assertLossDecreases(t.data(), CG.withCgSteps(steps));
            AlsTrainerTest.assertLossDecreases(t.data(), CG.withCgSteps(steps).withRank(20));
            AlsTrainerTest.assertLossDecreases(t.data(), CG.withCgSteps(steps).withConfidence(Confidence.RAW).withAlpha(0.5));
        }
    }

    @Test
    void sameSeedGivesIdenticalFactorsWhateverTheThreadCount() {
        AlsData data = Fixtures.counts(300, 120, 8, 9L).data();
        float[][] one = AlsTrainerTest.train(data, CG, 1);
        float[][] three = AlsTrainerTest.train(data, CG, 3);
        assertArrayEquals(one[0], three[0]);
        assertArrayEquals(one[1], three[1]);
        float[][] again = AlsTrainerTest.train(data, CG, 2);
        assertArrayEquals(one[0], again[0]);
        float[][] otherSeed = AlsTrainerTest.train(data, CG.withSeed(8L), 3);
        assertFalse(Arrays.equals(one[0], otherSeed[0]));
    }

    @Test
    void manyStepsTrainTheCholeskyModelAndFewStepsAnAsGoodObjective() {
        AlsData data = Fixtures.counts(120, 70, 7, 21L).data();
        AlsParams exact = CG.withSolver(Solver.CHOLESKY);
        AlsModelState cholesky = state(data, exact);
        AlsModelState many = state(data, CG.withCgSteps(60));
        float[] u = cholesky.userFactors();
        assertTrue(distance(many.userFactors(), u) < 1e-3 * norm(u), "cg with 60 steps: " + distance(many.userFactors(), u));
        double exactLoss = AlsLoss.of(data, exact, cholesky);
        double cgLoss = AlsLoss.of(data, CG, state(data, CG));
        assertTrue(cgLoss < exactLoss * 1.02, "3 cg steps: objective " + cgLoss + " vs exact " + exactLoss);
    }

    private static AlsModelState state(AlsData data, AlsParams params) {
        try (AlsTrainer trainer = new AlsTrainer(data, params, 2, 50)) {
            return trainer.train(null);
        }
    }

    private static double maxAbs(float[] v) {
        double m = 0;
        for (float f : v) {
            m = Math.max(m, Math.abs(f));
        }
        return m;
    }

    private static double norm(float[] v) {
        return distance(v, new float[v.length]);
    }

    private static double distance(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += ((double) a[i] - b[i]) * ((double) a[i] - b[i]);
        }
        return Math.sqrt(s);
    }
}
