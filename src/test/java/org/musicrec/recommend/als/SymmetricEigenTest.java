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
        for (int k : new int[] {1, 2, 30, 101}) {
            reconstructs(k, SymmetricEigen.of(random(k), k), random(k));
            reconstructs(k, SymmetricEigen.jacobi(random(k), k), random(k));
        }
    }

    @Test
    void handlesAGramMatrixWithRepeatedAndZeroEigenvalues() {
        int k = 12;
        double[] g = new double[k * k];
        for (int i = 0; i < 3; i++) {
            g[i * k + i] = 2; // eigenvalue 2 three times, 0 nine times
        }
        reconstructs(k, SymmetricEigen.of(g, k), g);
    }

    private static double[] random(int k) {
        java.util.Random random = new java.util.Random(5);
        double[] a = new double[k * k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j <= i; j++) {
                a[i * k + j] = a[j * k + i] = random.nextGaussian();
            }
        }
        return a;
    }

    private static void reconstructs(int k, SymmetricEigen e, double[] a) {
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double s = 0;
                for (int l = 0; l < k; l++) {
                    s += e.vectors[i * k + l] * e.values[l] * e.vectors[j * k + l];
                }
                assertEquals(a[i * k + j], s, 1e-10, "k=" + k);
                double dot = 0;
                for (int l = 0; l < k; l++) {
                    dot += e.vectors[l * k + i] * e.vectors[l * k + j];
                }
                assertEquals(i == j ? 1 : 0, dot, 1e-10, "orthonormal, k=" + k);
            }
        }
    }
}
