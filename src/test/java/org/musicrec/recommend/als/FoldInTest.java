package org.musicrec.recommend.als;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FoldInTest {
    @Test
    void foldingInATrainingUserReproducesItsTrainedVectorExactly() {
        for (AlsParams params : new AlsParams[] {
                new AlsParams(4, 0.1, 2, 5, 3L, true, Confidence.LOG),
                new AlsParams(24, 0.1, 2, 5, 3L, true, Confidence.LOG), // rows take the low-rank path
                new AlsParams(4, 0.1, 1, 5, 3L, false, Confidence.RAW)}) {
            AlsData data = Fixtures.counts(40, 30, 6, 2L).data();
            AlsModelState s;
            try (AlsTrainer trainer = new AlsTrainer(data, params, 2)) {
                s = trainer.train(null);
            }
            FoldIn foldIn = FoldIn.of(params, s);
            CsrMatrix byUser = data.byUser();
            for (int u : new int[] {0, 17, 39}) {
                int from = byUser.rowStart()[u];
                int to = byUser.rowStart()[u + 1];
                float[] v = foldIn.userVector(Arrays.copyOfRange(byUser.index(), from, to),
                        Arrays.copyOfRange(byUser.value(), from, to));
                int k = params.rank();
                assertArrayEquals(Arrays.copyOfRange(s.userFactors(), u * k, u * k + k), v);
            }
        }
    }

    @Test
    void noRatingsGiveTheZeroVectorAndBadItemsAreRefused() {
        AlsParams params = new AlsParams(3, 0.1, 1, 1, 1L, true, Confidence.LOG);
        float[] items = {1, 0, 0, 0, 1, 0};
        FoldIn foldIn = new FoldIn(params, FixedSide.implicit(items, 3, null, false));
        assertArrayEquals(new float[3], foldIn.userVector(new int[0], new float[0]));
        assertThrows(IllegalArgumentException.class, () -> foldIn.userVector(new int[] {2}, new float[] {1}));
    }
}
