package org.musicrec.recommend.als;

import java.util.Locale;
import java.util.Random;

/**
 * Times the eigenbasis of a Gram matrix, Householder + QL against the Jacobi fallback, and Y^T Y itself
 * (a main, not a test). Arguments: rank [rows]; 30 rounds, the median of the last 20 printed.
 */
public final class EigenBench {
    private EigenBench() {
    }

    public static void main(String[] args) {
        int k = Integer.parseInt(args[0]);
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        Random random = new Random(1);
        float[] f = new float[rows * k];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) random.nextGaussian();
        }
        double[] g = Gram.of(f, k, null);
        double[][] ms = new double[3][30];
        for (int round = 0; round < 30; round++) {
            long t0 = System.nanoTime();
            SymmetricEigen.tridiagonalQl(g, k);
            long t1 = System.nanoTime();
            SymmetricEigen.jacobi(g, k);
            long t2 = System.nanoTime();
            Gram.of(f, k, null);
            long t3 = System.nanoTime();
            ms[0][round] = (t1 - t0) / 1e6;
            ms[1][round] = (t2 - t1) / 1e6;
            ms[2][round] = (t3 - t2) / 1e6;
        }
        System.out.printf(Locale.ROOT, "k=%d: Householder+QL %.2f ms, Jacobi %.2f ms, Y^T Y of %d rows %.2f ms (medians of rounds 11-30)%n",
                k, median(ms[0]), median(ms[1]), rows, median(ms[2]));
    }

    private static double median(double[] all) {
        double[] last = java.util.Arrays.copyOfRange(all, 10, all.length);
        java.util.Arrays.sort(last);
        return last[last.length / 2];
    }
}
