package org.musicrec.recommend.als;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SymmetricEigenTest {
    @Test
    void findsTheEigenpairsOfAKnownMatrix() {
        // [[2,1],[1,2]] has eigenvalues 1 and 3 with eigenvectors (1,-1)/sqrt2 and (1,1)/sqrt2.
        SymmetricEigen e = SymmetricEigen.of(new double[] {2, 1, 1, 2}, 2);
        double[] sorted = e.values.clone();
        Arrays.sort(sorted);
        assertArrayEquals(new double[] {1, 3}, sorted, 1e-12);
        int big = e.values[0] > e.values[1] ? 0 : 1;
        assertEquals(Math.abs(e.vectors[big]), Math.abs(e.vectors[2 + big]), 1e-12);
    }

    @Test
    void reconstructsARandomSymmetricMatrix() {
        int k = 30;
        java.util.Random random = new java.util.Random(5);
        double[] a = new double[k * k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j <= i; j++) {
                a[i * k + j] = a[j * k + i] = random.nextGaussian();
            }
        }
        SymmetricEigen e = SymmetricEigen.of(a, k);
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double s = 0;
                for (int l = 0; l < k; l++) {
                    s += e.vectors[i * k + l] * e.values[l] * e.vectors[j * k + l];
                }
                assertEquals(a[i * k + j], s, 1e-10);
            }
        }
    }
}
