package org.musicrec.recommend.als;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FoldInTest {
    private static final int[] USERS = {0, 17, 39};

    @Test
    void underCholeskyTrainingFoldingInATrainingUserReproducesItsTrainedVectorExactly() {
        for (AlsParams params : new AlsParams[] {
                new AlsParams(4, 0.1, 2, 5, 3L, true, Confidence.LOG),
                new AlsParams(24, 0.1, 2, 5, 3L, true, Confidence.LOG), // rows take the low-rank path
                new AlsParams(6, 0.1, 0.05, 5, 3L, true, Confidence.BM25), // counts weighed by the training totals
                new AlsParams(4, 0.1, 1, 5, 3L, false, Confidence.RAW),
                new AlsParams(6, 0.1, 1, 5, 3L, false, Confidence.RAW).withBiases(true)}) { // the constant column stays 1
            AlsData data = Fixtures.counts(40, 30, 6, 2L).data();
            AlsModelState s = train(data, params);
            FoldIn foldIn = FoldIn.of(params, s, Bm25.itemTotals(data.byItem()));
            for (int u : USERS) {
                int k = params.rank();
                assertArrayEquals(Arrays.copyOfRange(s.userFactors(), u * k, u * k + k), foldIn(foldIn, data, u),
                        params.confidence() + " rank " + k);
            }
        }
    }

    /**
     * CG training ends each user half-step after a few steps from the previous vector, while fold-in gives
     * the exact minimiser against the final item factors: close to the trained vector, not identical.
     */
    @Test
    void underCgTrainingFoldingInATrainingUserGivesAVectorCloseToTheTrainedOne() {
        for (AlsParams params : new AlsParams[] {
                new AlsParams(8, 0.1, 2, 5, 3L, true, Confidence.LOG).withSolver(Solver.CG),
                new AlsParams(16, 0.1, 2, 5, 3L, true, Confidence.LOG).withSolver(Solver.CG)}) {
            // 25 items a user: long enough rows for CG (short ones take the exact low-rank solve).
            AlsData data = Fixtures.counts(40, 60, 25, 2L).data();
            AlsModelState s = train(data, params);
            FoldIn foldIn = FoldIn.of(params, s);
            int k = params.rank();
            boolean anyDifferent = false;
            for (int u : USERS) {
                float[] trained = Arrays.copyOfRange(s.userFactors(), u * k, u * k + k);
                float[] folded = foldIn(foldIn, data, u);
                anyDifferent |= !Arrays.equals(trained, folded);
                double error = distance(trained, folded) / distance(trained, new float[k]);
                assertTrue(error < 0.05, "rank " + k + " user " + u + ": relative distance " + error);
            }
            assertTrue(anyDifferent, "cg training is not the exact solve, so some vector should differ");
        }
    }

    @Test
    void bm25FoldInNeedsTheTrainingTotals() {
        AlsParams params = new AlsParams(3, 0.1, 1, 1, 1L, true, Confidence.BM25);
        AlsModelState s = AlsModelState.initial(3, 2, 4, 1L);
        assertThrows(IllegalArgumentException.class, () -> FoldIn.of(params, s));
        assertThrows(IllegalArgumentException.class, () -> FoldIn.of(params, s, new double[3]));
        assertFalse(Arrays.equals(new float[3], FoldIn.of(params, s, new double[] {5, 1, 1, 1})
                .userVector(new int[] {0, 2}, new float[] {10, 1})));
    }

    @Test
    void noRatingsGiveTheZeroVectorAndBadItemsAreRefused() {
        AlsParams params = new AlsParams(3, 0.1, 1, 1, 1L, true, Confidence.LOG);
        float[] items = {1, 0, 0, 0, 1, 0};
        FoldIn foldIn = new FoldIn(params, FixedSide.implicit(items, 3, null, false));
        assertArrayEquals(new float[3], foldIn.userVector(new int[0], new float[0]));
        assertThrows(IllegalArgumentException.class, () -> foldIn.userVector(new int[] {2}, new float[] {1}));
    }

    private static AlsModelState train(AlsData data, AlsParams params) {
        try (AlsTrainer trainer = new AlsTrainer(data, params, 2)) {
            return trainer.train(null);
        }
    }

    private static float[] foldIn(FoldIn foldIn, AlsData data, int u) {
        CsrMatrix byUser = data.byUser();
        int from = byUser.rowStart()[u];
        int to = byUser.rowStart()[u + 1];
        return foldIn.userVector(Arrays.copyOfRange(byUser.index(), from, to), Arrays.copyOfRange(byUser.value(), from, to));
    }

    private static double distance(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += ((double) a[i] - b[i]) * ((double) a[i] - b[i]);
        }
        return Math.sqrt(s);
    }
}
