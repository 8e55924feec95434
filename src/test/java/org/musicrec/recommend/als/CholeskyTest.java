package org.musicrec.recommend.als;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CholeskyTest {
    @Test
    void solvesAKnownSystem() {
        // A = [[4,2,0],[2,5,1],[0,1,3]], x = [1,-1,2] gives b = A x = [2,-1,5].
        double[] a = {4, 2, 0, 2, 5, 1, 0, 1, 3};
        double[] b = {2, -1, 5};
        assertTrue(Cholesky.solve(a, b, 3));
        assertArrayEquals(new double[] {1, -1, 2}, b, 1e-12);
    }

    @Test
    void readsOnlyTheLowerTriangle() {
        double[] a = {4, 999, 999, 2, 5, 999, 0, 1, 3};
        double[] b = {2, -1, 5};
        assertTrue(Cholesky.solve(a, b, 3));
        assertArrayEquals(new double[] {1, -1, 2}, b, 1e-12);
    }

    @Test
    void reportsANonPositiveDefiniteMatrix() {
        double[] a = {1, 2, 2, 1};
        assertFalse(Cholesky.solve(a, new double[] {1, 1}, 2));
    }
}
