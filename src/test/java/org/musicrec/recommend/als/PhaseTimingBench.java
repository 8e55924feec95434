package org.musicrec.recommend.als;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;
import org.musicrec.recommend.eval.IdDictionary;
import org.musicrec.recommend.eval.InteractionFile;
import org.musicrec.recommend.eval.Interactions;
import org.musicrec.recommend.eval.Split;

/**
 * Where implicit ALS training spends its time on one file (a main, not a test): CPU time of the
 * calling thread, single-threaded, split into the fixed-side set-up (Y^T Y, eigenbasis, projections)
 * and the user and item solves, for several runs in one JVM (the first includes JIT warm-up). Thread
 * CPU time moves far less than wall time on a shared machine.
 *
 * <p>Arguments: file (HetRec user_artists.dat layout, or synthetic:USERS,ITEMS,ROWS) rank runs [reg alpha iterations [solver [cgSteps]]]
 */
public final class PhaseTimingBench {
    private PhaseTimingBench() {
    }

    public static void main(String[] args) throws Exception {
        AlsData data;
        if (args[0].startsWith("synthetic:")) {
            String[] size = args[0].substring("synthetic:".length()).split(",");
            data = org.musicrec.recommend.eval.SyntheticInteractions.generate(Integer.parseInt(size[0]),
                    Integer.parseInt(size[1]), Long.parseLong(size[2]), 42L).toAlsData();
        } else {
            Interactions all = new Interactions(new IdDictionary(), new IdDictionary());
            InteractionFile.read(Path.of(args[0]), all, InteractionFile.DEFAULT_MAX_ROWS);
            data = Split.implicit(all, 42L).trainFirst().train().toAlsData();
        }
        int rank = Integer.parseInt(args[1]);
        int runs = Integer.parseInt(args[2]);
        double reg = args.length > 3 ? Double.parseDouble(args[3]) : 0.1;
        double alpha = args.length > 4 ? Double.parseDouble(args[4]) : 1.0;
        int iterations = args.length > 5 ? Integer.parseInt(args[5]) : 15;
        AlsParams params = new AlsParams(rank, reg, alpha, iterations, 42L, true, Confidence.LOG)
                .withSolver(args.length > 6 ? Solver.parse(args[6]) : Solver.CHOLESKY)
                .withCgSteps(args.length > 7 ? Integer.parseInt(args[7]) : AlsParams.DEFAULT_CG_STEPS);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int run = 0; run < runs; run++) {
            try (AlsTrainer trainer = new AlsTrainer(data, params, 1)) {
                AlsModelState state = trainer.initialState();
                long setup = 0;
                long[] solve = new long[Side.values().length];
                long start = cpu.getCurrentThreadCpuTime();
                FixedSide fixed = null;
                for (int u = 0; u < trainer.plan().size(); u++) {
                    WorkUnit unit = trainer.plan().unit(u);
                    long t0 = cpu.getCurrentThreadCpuTime();
                    if (fixed == null || trainer.plan().startsHalf(u)) {
                        fixed = trainer.fixedSide(state, unit.side());
                    }
                    long t1 = cpu.getCurrentThreadCpuTime();
                    setup += t1 - t0;
                    trainer.solve(state, unit, fixed);
                    solve[unit.side().ordinal()] += cpu.getCurrentThreadCpuTime() - t1;
                }
                long total = cpu.getCurrentThreadCpuTime() - start;
                System.out.printf(Locale.ROOT, "run %d: CPU %.3f s = fixed side %.3f + user solves %.3f + item solves %.3f; loss %.6g%n",
                        run + 1, total / 1e9, setup / 1e9, solve[Side.USER.ordinal()] / 1e9,
                        solve[Side.ITEM.ordinal()] / 1e9, AlsLoss.of(data, params, state));
            }
        }
    }
}
