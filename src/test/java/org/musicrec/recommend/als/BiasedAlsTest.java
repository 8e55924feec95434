package org.musicrec.recommend.als;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BiasedAlsTest {
    private static final int USERS = 60;
    private static final int ITEMS = 40;
    private static final double MEAN = 3.5;

    /** Ratings that are exactly mean + b_u + b_i on 40% of the pairs; the other pairs are kept to score. */
    private record Additive(AlsData data, double[] userBias, double[] itemBias, List<int[]> unseen) {
    }

    private static Additive additive(long seed) {
        Random random = new Random(seed);
        double[] bu = new double[USERS];
        double[] bi = new double[ITEMS];
        for (int u = 0; u < USERS; u++) {
            bu[u] = random.nextGaussian() * 0.5;
        }
        for (int i = 0; i < ITEMS; i++) {
            bi[i] = random.nextGaussian() * 0.7;
        }
        List<int[]> seen = new ArrayList<>();
        List<int[]> unseen = new ArrayList<>();
        for (int u = 0; u < USERS; u++) {
            for (int i = 0; i < ITEMS - 1; i++) { // the last item has no ratings at all
                (random.nextDouble() < 0.4 ? seen : unseen).add(new int[] {u, i});
            }
        }
        int[] us = new int[seen.size()];
        int[] is = new int[seen.size()];
        float[] vs = new float[seen.size()];
        for (int n = 0; n < seen.size(); n++) {
            us[n] = seen.get(n)[0];
            is[n] = seen.get(n)[1];
            vs[n] = (float) (MEAN + bu[us[n]] + bi[is[n]]);
        }
        return new Additive(AlsData.of(USERS, ITEMS, us, is, vs), bu, bi, unseen);
    }

    private static AlsModelState train(AlsData data, AlsParams params) {
        try (AlsTrainer trainer = new AlsTrainer(data, params, 2)) {
            return trainer.train(null);
        }
    }

    private static double predict(AlsModelState s, int u, int i) {
        int k = s.rank();
        double dot = 0;
        for (int j = 0; j < k; j++) {
            dot += (double) s.userFactors()[u * k + j] * s.itemFactors()[i * k + j];
        }
        return dot;
    }

    @Test
    void learnsAdditiveRatingsAndPredictsUnseenPairsAsMeanPlusBothBiases() {
        Additive a = additive(5L);
        AlsParams params = new AlsParams(3, 0.001, 1, 15, 7L, false, Confidence.RAW).withBiases(true);
        AlsModelState s = train(a.data(), params);
        double worst = 0;
        for (int[] p : a.unseen()) {
            if (p[1] < ITEMS - 1) {
                worst = Math.max(worst, Math.abs(predict(s, p[0], p[1]) - (MEAN + a.userBias()[p[0]] + a.itemBias()[p[1]])));
            }
        }
        assertTrue(worst < 0.05, "worst error on unseen pairs " + worst);
    }

    @Test
    void constantColumnsStayOneAndAnItemWithoutRatingsPredictsTheMeanPlusTheUserBias() {
        Additive a = additive(6L);
        AlsParams params = new AlsParams(5, 0.05, 1, 4, 7L, false, Confidence.RAW).withBiases(true);
        AlsModelState s = train(a.data(), params);
        int k = params.rank();
        for (int u = 0; u < USERS; u++) {
            assertEquals(1f, s.userFactors()[u * k + k - 1], "user " + u);
        }
        for (int i = 0; i < ITEMS; i++) {
            assertEquals(1f, s.itemFactors()[i * k + k - 2], "item " + i);
        }
        double mean = 0;
        for (float v : a.data().byUser().value()) {
            mean += v;
        }
        mean /= a.data().byUser().nnz();
        int empty = ITEMS - 1;
        assertEquals((float) mean, s.itemFactors()[empty * k + k - 1], 1e-6);
        assertEquals(mean + s.userFactors()[3 * k + k - 2], predict(s, 3, empty), 1e-5);
    }

    @Test
    void biasesAreForExplicitRatingsAndCountInTheRank() {
        assertThrows(IllegalArgumentException.class, () -> AlsParams.implicitDefaults().withBiases(true));
        assertThrows(IllegalArgumentException.class, () -> AlsParams.explicitDefaults().withRank(2).withBiases(true));
        assertEquals(8, AlsParams.explicitDefaults().withBiases(true).latentRank());
    }
}
