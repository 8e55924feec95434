package org.musicrec.recommend.als;

import java.util.Arrays;
import java.util.Locale;
import org.musicrec.recommend.eval.SyntheticInteractions;

/**
 * Times implicit ALS on a seeded synthetic power-law data set (run by bench/als.sh; a main, not a test).
 * The data come from {@link SyntheticInteractions} (power-law activity and popularity, distinct pairs).
 *
 * <p>Arguments: users items interactions rank iterations threads [seed [solver [cgSteps]]]
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
        AlsData data = SyntheticInteractions.generate(users, items, n, seed).toAlsData();
        double prepare = (System.nanoTime() - t0) / 1e9;

        AlsParams params = new AlsParams(rank, 0.1, 1.0, iterations, seed, true, Confidence.LOG)
                .withSolver(args.length > 7 ? Solver.parse(args[7]) : Solver.CHOLESKY)
                .withCgSteps(args.length > 8 ? Integer.parseInt(args[8]) : AlsParams.DEFAULT_CG_STEPS);
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
                "synthetic %d users x %d items x %d interactions, rank %d, %d iterations, %d threads, %s: "
                        + "generate+index %.1f s, train %.1f s, median %.2f s/iteration%n",
                users, items, n, rank, iterations, threads, params.solver().label(), prepare, total, sorted[sorted.length / 2]);
    }
}
