package org.musicrec.recommend.als;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NormalEquationsTest {
    @Test
    void lowRankShortcutAgreesWithTheDirectSolve() {
        int k = 24;
        Random random = new Random(3);
        float[] items = new float[60 * k];
        for (int i = 0; i < items.length; i++) {
            items[i] = (float) (random.nextGaussian() * 0.3);
        }
        FixedSide fast = FixedSide.implicit(items, k, null, true);
        FixedSide direct = fast.withoutShortcut();
        for (Confidence confidence : Confidence.values()) {
            AlsParams params = new AlsParams(k, 0.05, 2, 1, 1L, true, confidence);
            for (int n = 1; n <= 6; n++) {
                int[] index = new int[n];
                float[] value = new float[n];
                for (int j = 0; j < n; j++) {
                    index[j] = random.nextInt(60);
                    value[j] = j == 0 ? 0f : 1 + random.nextInt(300); // one zero weight: preference 0
                }
                float[] x1 = new float[k];
                float[] x2 = new float[k];
                new NormalEquations(k).solve(params, fast, index, value, 0, n, x1, 0);
                new NormalEquations(k).solve(params, direct, index, value, 0, n, x2, 0);
                double norm = 0;
                for (float f : x2) {
                    norm = Math.max(norm, Math.abs(f));
                }
                for (int i = 0; i < k; i++) {
                    assertEquals(x2[i], x1[i], 1e-5 * Math.max(1, norm), confidence + " n=" + n + " i=" + i);
                }
            }
        }
    }
}
