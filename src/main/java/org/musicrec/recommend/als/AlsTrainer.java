package org.musicrec.recommend.als;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Trains ALS as a sequence of {@link WorkUnit}s. Each unit solves a block of rows against the other
 * side's fixed factors; rows are independent, so rows of a block are spread over the threads and the
 * result does not depend on the thread count at all. Implicit rows are solved exactly (Cholesky) or by a
 * few warm-started conjugate-gradient steps ({@link Solver}); CG reads each row's current vector, which
 * is part of the saved state, so a restart still continues with identical numbers. A batch step calls {@link #fixedSide} once per
 * half-iteration (or after a restart) and {@link #solve} per unit; {@link #train} just loops.
 */
public final class AlsTrainer implements AutoCloseable {
    /** Rows per task inside a block: small enough to balance power-law row lengths over threads. */
    private static final int TASK_ROWS = 128;

    /** Told after each completed iteration (for progress lines and loss tracking). */
    @FunctionalInterface
    public interface IterationListener {
        void iterationDone(int iteration, int iterations, long elapsedNanos);
    }

    private final AlsData data;
    private final AlsParams params;
    private final WorkPlan plan;
    private final ExecutorService pool;
    private final boolean ownsPool;
    /** The training ratings' mean, carried by an item's bias column ({@link AlsParams#biases} only). */
    private final double mean;
    private final long userShortEntries;
    private final long itemShortEntries;
    /** Under CG: c - 1 of every entry of each side, computed once (an ln per entry and half-iteration cost too much). */
    private final double[] userExtras;
    private final double[] itemExtras;
    /**
     * Per-row solvers (their scratch buffers) handed from task to task: allocating and zeroing fresh
     * buffers per task cost memory bandwidth on large sets. Every buffer is written before it is read,
     * so which instance a task gets never changes a result.
     */
    private final ConcurrentLinkedQueue<Solvers> spareSolvers = new ConcurrentLinkedQueue<>();

    private record Solvers(NormalEquations exact, ConjugateGradient cg) {
    }

    public AlsTrainer(AlsData data, AlsParams params, int threads) {
        this(data, params, threads, WorkPlan.DEFAULT_BLOCK_ROWS);
    }

    public AlsTrainer(AlsData data, AlsParams params, int threads, int blockRows) {
        this(data, params, ownPool(threads), true, blockRows);
    }

    /**
     * Runs on the caller's executor (in the container: a ManagedExecutorService), which {@link #close}
     * leaves running; null runs everything on the calling thread. Results are the same either way.
     */
    public AlsTrainer(AlsData data, AlsParams params, ExecutorService executor, int blockRows) {
        this(data, params, executor, false, blockRows);
    }

    private AlsTrainer(AlsData data, AlsParams params, ExecutorService pool, boolean ownsPool, int blockRows) {
        this.data = Bm25.prepare(data, params);
        this.params = params;
        this.plan = new WorkPlan(data.numUsers(), data.numItems(), params.iterations(), blockRows);
        this.pool = pool;
        this.ownsPool = ownsPool;
        this.mean = params.biases() ? mean(this.data.byUser().value()) : 0;
        this.userShortEntries = shortEntries(this.data.byUser(), params);
        this.itemShortEntries = shortEntries(this.data.byItem(), params);
        this.userExtras = extras(this.data.byUser(), params);
        this.itemExtras = extras(this.data.byItem(), params);
    }

    private static ExecutorService ownPool(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1");
        }
        return threads == 1 ? null : Executors.newFixedThreadPool(threads, daemonThreads());
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "als-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    public WorkPlan plan() {
        return plan;
    }

    public AlsParams params() {
        return params;
    }

    /**
     * The seeded starting point of a run (cursor at unit 0). With biases, users start with bias 0 and
     * their constant column at 1 (the first half-step solves the items against them), items with the
     * constant 1 and the mean.
     */
    public AlsModelState initialState() {
        AlsModelState s = AlsModelState.initial(params.rank(), data.numUsers(), data.numItems(), params.seed());
        if (params.biases()) {
            int k = params.rank();
            float[] x = s.userFactors();
            for (int u = 0; u < data.numUsers(); u++) {
                x[u * k + k - 2] = 0f;
                x[u * k + k - 1] = 1f;
            }
            float[] y = s.itemFactors();
            for (int i = 0; i < data.numItems(); i++) {
                y[i * k + k - 2] = 1f;
                y[i * k + k - 1] = (float) mean;
            }
        }
        return s;
    }

    private static double mean(float[] values) {
        double sum = 0;
        for (float v : values) {
            sum += v;
        }
        return values.length == 0 ? 0 : sum / values.length;
    }

    /**
     * The side held fixed while solving {@code side}, with its precomputations (Y^T Y and its
     * eigenbasis for implicit). Compute it once per half-iteration, and again after a restart.
     */
    public FixedSide fixedSide(AlsModelState state, Side side) {
        float[] other = state.factors(side.other());
        if (!params.implicit()) {
            return FixedSide.explicit(other, params.rank());
        }
        // The eigenbasis only serves rows short enough for the low-rank path, and projecting every fixed
        // row only pays when those rows hold more entries than there are fixed rows (else they project
        // their own entries). Neither choice changes any solved vector, only the work done.
        long shortEntries = side == Side.USER ? userShortEntries : itemShortEntries;
        return FixedSide.implicit(other, params.rank(), pool, shortEntries > 0, shortEntries > other.length / params.rank());
    }

    private static double[] extras(CsrMatrix rows, AlsParams params) {
        return params.usesCg() ? params.confidence().extras(params.alpha(), rows.value()) : null;
    }

    /** Entries in rows of {@code rows} that take the low-rank path at {@code rank}. */
    private static long shortEntries(CsrMatrix rows, AlsParams params) {
        long n = 0;
        for (int r = 0; r < rows.rows(); r++) {
            n += takesLowRank(rows.rowLength(r), params) ? rows.rowLength(r) : 0;
        }
        return n;
    }

    private static boolean takesLowRank(int entries, AlsParams params) {
        return params.usesCg() ? NormalEquations.lowRankBeatsCg(entries, params.rank(), params.cgSteps())
                : NormalEquations.lowRankIsCheaper(entries, params.rank());
    }

    /**
     * Solves one unit into {@code state} and advances its cursor. Units must come in plan order;
     * {@code fixed} must be {@link #fixedSide}{@code (state, unit.side())} taken in this half-iteration.
     */
    public void solve(AlsModelState state, WorkUnit unit, FixedSide fixed) {
        if (state.nextUnit() != unit.ordinal()) {
            throw new IllegalStateException("state expects unit " + state.nextUnit() + ", got " + unit.ordinal());
        }
        if (state.rank() != params.rank() || state.numUsers() != data.numUsers() || state.numItems() != data.numItems()) {
            throw new IllegalArgumentException("state does not match the data and parameters");
        }
        CsrMatrix rows = data.rows(unit.side());
        double[] extras = unit.side() == Side.USER ? userExtras : itemExtras;
        if (fixed.factors != state.factors(unit.side().other())) {
            throw new IllegalArgumentException("fixed side was not taken from this state");
        }
        float[] out = state.factors(unit.side());
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int from = unit.firstRow(); from < unit.endRow(); from += TASK_ROWS) {
            int start = from;
            int end = Math.min(unit.endRow(), from + TASK_ROWS);
            tasks.add(() -> {
                int[] at = rows.rowStart();
                Solvers solvers = borrowSolvers();
                try {
                    for (int r = start; r < end; r++) {
                        int m = at[r + 1] - at[r];
                        // Warm start: each row reads only its own current vector, so rows stay independent.
                        // Under CG, short rows take the exact low-rank solve (cheaper there than the CG steps).
                        if (params.usesCg() && !(fixed.basis != null && takesLowRank(m, params))) {
                            solvers.cg.solve(params, fixed, rows.index(), rows.value(), extras, at[r], at[r + 1],
                                    out, r * params.rank(), params.cgSteps());
                        } else {
                            solvers.exact.solve(params, fixed, unit.side(), mean, rows.index(), rows.value(), at[r],
                                    at[r + 1], out, r * params.rank());
                        }
                    }
                } finally {
                    spareSolvers.add(solvers);
                }
                return null;
            });
        }
        Parallel.invokeAll(pool, tasks);
        state.advanceTo(unit.ordinal() + 1);
    }

    private Solvers borrowSolvers() {
        Solvers s = spareSolvers.poll();
        return s != null ? s : new Solvers(new NormalEquations(params.rank()), new ConjugateGradient(params.rank()));
    }

    /** Runs every remaining unit of {@code state} (a fresh or restored one) and returns it. */
    public AlsModelState train(AlsModelState state, IterationListener listener) {
        FixedSide fixed = null;
        long start = System.nanoTime();
        for (int u = state.nextUnit(); u < plan.size(); u++) {
            WorkUnit unit = plan.unit(u);
            if (fixed == null || plan.startsHalf(u)) {
                fixed = fixedSide(state, unit.side());
            }
            solve(state, unit, fixed);
            boolean iterationEnds = (u + 1) % plan.unitsPerIteration() == 0;
            if (iterationEnds && listener != null) {
                listener.iterationDone(unit.iteration(), params.iterations(), System.nanoTime() - start);
            }
        }
        return state;
    }

    /** A full run from the seeded start. */
    public AlsModelState train(IterationListener listener) {
        return train(initialState(), listener);
    }

    @Override
    public void close() {
        if (pool != null && ownsPool) {
            pool.shutdownNow();
        }
    }
}
