package org.musicrec.recommend.als;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The SIMD kernels must give the plain-Java kernels' bits exactly, or a model would depend on the JVM's
 * flags. The build runs the tests with the Vector API module (pom.xml, argLine), so both are exercised.
 */
class LanesTest {
    private static final Lanes SCALAR = Lanes.scalar();
    private static final Lanes BEST = Lanes.best();

    @Test
    void theTestJvmHasTheVectorKernels() {
        assertEquals("vector", BEST.name(), "surefire's argLine adds jdk.incubator.vector; without it this test compares scalar with scalar");
    }

    @Test
    void dotProductsAndScaledAdditionsAreBitIdentical() {
        Random random = new Random(3);
        for (int k : new int[] {1, 7, 8, 9, 16, 50, 100, 129}) {
            float[] a = gaussians(random, 3 * k + 5);
            float[] b = gaussians(random, k);
            for (int offset : new int[] {0, 1, k + 3}) {
                assertEquals(Float.floatToIntBits(SCALAR.dot(a, offset, b, k)), Float.floatToIntBits(BEST.dot(a, offset, b, k)),
                        "dot k=" + k + " offset=" + offset);
                float[] one = gaussians(new Random(k), k);
                float[] two = one.clone();
                SCALAR.addScaled(one, 0.37f, a, offset, k);
                BEST.addScaled(two, 0.37f, a, offset, k);
                assertArrayEquals(one, two, "addScaled k=" + k);
                double[] outOne = doubles(new Random(k + 1), k);
                double[] outTwo = outOne.clone();
                SCALAR.drain(one, outOne, k);
                BEST.drain(two, outTwo, k);
                assertArrayEquals(outOne, outTwo, "drain k=" + k);
                assertArrayEquals(new float[k], two, "drain zeroes the float sums");
            }
        }
    }

    @Test
    void rowCombinationsAreBitIdentical() {
        Random random = new Random(4);
        for (int width : new int[] {1, 3, 4, 5, 50, 101}) {
            for (int rows : new int[] {1, 3, 4, 9, 50}) {
                double[] m = doubles(random, rows * width);
                double[] coef = doubles(random, rows);
                double[] one = doubles(random, width);
                double[] two = one.clone();
                RowCombination.addTo(SCALAR, one, width, coef, rows, m);
                RowCombination.addTo(BEST, two, width, coef, rows, m);
                assertArrayEquals(one, two, "width " + width + " rows " + rows);
            }
        }
    }

    @Test
    void conjugateGradientGivesTheSameVectorWithEitherKernel() {
        int k = 50;
        Random random = new Random(6);
        float[] items = gaussians(random, 3000 * k);
        for (int i = 0; i < items.length; i++) {
            items[i] *= 0.2f;
        }
        FixedSide fixed = FixedSide.implicit(items, k, null, false);
        AlsParams params = new AlsParams(k, 0.1, 1, 1, 1L, true, Confidence.LOG).withSolver(Solver.CG);
        for (int n : new int[] {1, 40, 64, 65, 700}) { // across the float sums' flush every 64 entries
            int[] index = new int[n];
            float[] value = new float[n];
            for (int j = 0; j < n; j++) {
                index[j] = random.nextInt(3000);
                value[j] = 1 + random.nextInt(500);
            }
            double[] extras = Confidence.LOG.extras(params.alpha(), value);
            float[] start = gaussians(random, k);
            float[] one = start.clone();
            float[] two = start.clone();
            new ConjugateGradient(k, SCALAR).solve(params, fixed, index, value, extras, 0, n, one, 0, 3);
            new ConjugateGradient(k, BEST).solve(params, fixed, index, value, extras, 0, n, two, 0, 3);
            assertArrayEquals(one, two, "n=" + n);
        }
    }

    private static float[] gaussians(Random random, int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return v;
    }

    private static double[] doubles(Random random, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = random.nextGaussian();
        }
        return v;
    }
}
