package org.musicrec.recommend.als;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * Times implicit ALS on a seeded synthetic power-law data set (run by bench/als.sh; a main, not a test).
 * Users' activity and items' popularity both follow Zipf-like laws (exponents 0.8 and 1.0), play counts
 * are 1 + a geometric draw; duplicate (user, item) draws are kept as separate entries.
 *
 * <p>Arguments: users items interactions rank iterations threads [seed]
 */
public final class SyntheticBench {
    private SyntheticBench() {
    }

    public static void main(String[] args) {
        int users = Integer.parseInt(args[0]);
        int items = Integer.parseInt(args[1]);
        int n = Integer.parseInt(args[2]);
        int rank = Integer.parseInt(args[3]);
        int iterations = Integer.parseInt(args[4]);
        int threads = Integer.parseInt(args[5]);
        long seed = args.length > 6 ? Long.parseLong(args[6]) : 42L;

        long t0 = System.nanoTime();
        Random random = new Random(seed);
        double[] userCdf = zipfCdf(users, 0.8);
        double[] itemCdf = zipfCdf(items, 1.0);
        int[] u = new int[n];
        int[] i = new int[n];
        float[] v = new float[n];
        for (int p = 0; p < n; p++) {
            u[p] = draw(userCdf, random.nextDouble());
            i[p] = draw(itemCdf, random.nextDouble());
            v[p] = 1 + (int) (Math.log(1 - random.nextDouble()) / Math.log(0.9));
        }
        AlsData data = AlsData.of(users, items, u, i, v);
        double prepare = (System.nanoTime() - t0) / 1e9;

        AlsParams params = new AlsParams(rank, 0.1, 1.0, iterations, seed, true, Confidence.LOG);
        double[] perIteration = new double[iterations];
        long[] last = {System.nanoTime()};
        long start = last[0];
        try (AlsTrainer trainer = new AlsTrainer(data, params, threads)) {
            trainer.train((it, total, nanos) -> {
                long now = System.nanoTime();
                perIteration[it] = (now - last[0]) / 1e9;
                last[0] = now;
                System.err.printf(Locale.ROOT, "synthetic: iteration %d/%d %.2f s%n", it + 1, total, perIteration[it]);
            });
        }
        double total = (System.nanoTime() - start) / 1e9;
        double[] sorted = perIteration.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT,
                "synthetic %d users x %d items x %d interactions, rank %d, %d iterations, %d threads: "
                        + "generate+index %.1f s, train %.1f s, median %.2f s/iteration%n",
                users, items, n, rank, iterations, threads, prepare, total, sorted[sorted.length / 2]);
    }

    private static double[] zipfCdf(int n, double exponent) {
        double[] cdf = new double[n];
        double sum = 0;
        for (int r = 0; r < n; r++) {
            sum += 1.0 / Math.pow(r + 1, exponent);
            cdf[r] = sum;
        }
        for (int r = 0; r < n; r++) {
            cdf[r] /= sum;
        }
        return cdf;
    }

    private static int draw(double[] cdf, double x) {
        int at = Arrays.binarySearch(cdf, x);
        return Math.min(cdf.length - 1, at >= 0 ? at : -at - 1);
    }
}
