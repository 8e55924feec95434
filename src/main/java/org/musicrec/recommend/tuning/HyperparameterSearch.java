package org.musicrec.recommend.tuning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.musicrec.recommend.als.AlsParams;

/**
 * Seeded random search with successive halving. Candidates come in brackets of {@link #BRACKET}: every
 * candidate of a bracket is first trained for a ninth of its iterations (at least {@link #MIN_RUNG_ITERATIONS}),
 * the best third goes on to a third of its iterations, the best of those trains fully. A bracket of nine thus costs about three full trainings,
 * so a budget buys about three times as many candidates as training each fully would. Candidate i's
 * parameters depend only on the seed and i, every evaluation is deterministic (ALS results do not depend
 * on thread counts), and ties are broken by index, so the same seed and candidate count give the same
 * candidates and winner whatever the parallelism. A time budget only decides how many brackets start.
 */
public final class HyperparameterSearch {
    public static final int BRACKET = 9;
    public static final int ETA = 3;
    public static final int MAX_CANDIDATES = 1000;
    /** Without a candidate count or budget: two brackets. */
    public static final int DEFAULT_CANDIDATES = 18;
    /**
     * Early rungs train at least this many iterations (or the candidate's full count if smaller): after one
     * or two sweeps low ranks look better than they end up, and halving would drop the high ones unseen.
     */
    public static final int MIN_RUNG_ITERATIONS = 5;

    /** Scores parameters trained for the given iterations on the validation split. */
    @FunctionalInterface
    public interface Evaluator {
        double evaluate(AlsParams params, int iterations, int threads) throws Exception;
    }

    /** Told after every evaluation (trained or taken from the store), from a worker thread. */
    @FunctionalInterface
    public interface Progress {
        void evaluated(CandidateResult result, boolean reused, double elapsedSeconds);
    }

    /**
     * @param candidates     how many candidates at most (0: {@link #MAX_CANDIDATES} when there is a budget, else
     *                       {@link #DEFAULT_CANDIDATES})
     * @param budgetSeconds  no new bracket starts when the time so far plus the last bracket's time plus a
     *                       final retraining would exceed this (0: no budget)
     * @param higherIsBetter true for NDCG, false for RMSE
     * @param parallel       candidates trained at once
     * @param threads        threads per candidate
     */
    public record Settings(SearchSpace space, long seed, int candidates, double budgetSeconds, boolean higherIsBetter,
                           int parallel, int threads) {
        public Settings {
            if (candidates < 0 || candidates > MAX_CANDIDATES) {
                throw new IllegalArgumentException("candidates must be in 0.." + MAX_CANDIDATES);
            }
            if (!(budgetSeconds >= 0) || Double.isInfinite(budgetSeconds)) {
                throw new IllegalArgumentException("budgetSeconds must be a finite number >= 0");
            }
            if (parallel < 1 || threads < 1) {
                throw new IllegalArgumentException("parallel and threads must be >= 1");
            }
        }

        int candidateLimit() {
            return candidates > 0 ? candidates : budgetSeconds > 0 ? MAX_CANDIDATES : DEFAULT_CANDIDATES;
        }
    }

    /**
     * A candidate as far as it got.
     *
     * @param rung     the last rung it was evaluated at
     * @param complete whether that rung trained its full iterations (only complete candidates can win)
     * @param seconds  time over all its rungs
     */
    public record Candidate(int index, AlsParams params, int rung, int iterations, double metric, double seconds,
                            boolean complete) {
    }

    /** Best complete metric so far after {@code evaluations} evaluations and {@code seconds}. */
    public record CurvePoint(double seconds, int evaluations, double best) {
    }

    /**
     * @param trained evaluations trained in this run
     * @param reused  evaluations found in the store (finished before a restart)
     */
    public record Outcome(List<Candidate> candidates, Candidate winner, List<CurvePoint> curve, int trained, int reused,
                          double seconds, boolean higherIsBetter) {
    }

    private HyperparameterSearch() {
    }

    /** On a pool of its own ({@link Settings#parallel} daemon threads), shut down at the end. */
    public static Outcome search(Settings s, Evaluator evaluator, CandidateStore store, Progress progress)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(s.parallel(), r -> {
            Thread t = new Thread(r, "tuning");
            t.setDaemon(true);
            return t;
        });
        try {
            return search(s, evaluator, store, progress, pool);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * On the caller's executor (in the container: its ManagedExecutorService), which is left running. At
     * most {@link Settings#parallel} candidates are trained at once however large the executor is: each
     * rung hands its evaluations to that many workers.
     */
    public static Outcome search(Settings s, Evaluator evaluator, CandidateStore store, Progress progress,
                                 ExecutorService executor) throws Exception {
        long start = System.nanoTime();
        List<Candidate> candidates = new ArrayList<>();
        List<CurvePoint> curve = new ArrayList<>();
        AtomicInteger trained = new AtomicInteger();
        AtomicInteger reused = new AtomicInteger();
        int limit = s.candidateLimit();
        double lastBracketSeconds = 0;
        double longestFull = 0;
        for (int first = 0; first < limit; first += BRACKET) {
            int n = Math.min(BRACKET, limit - first);
            double elapsed = seconds(start);
            if (s.budgetSeconds() > 0 && first > 0
                    && elapsed + lastBracketSeconds * n / BRACKET + 1.5 * longestFull > s.budgetSeconds()) {
                break;
            }
            long bracketStart = System.nanoTime();
            List<Candidate> bracket = bracket(s, first, n, evaluator, store, progress, executor, start, trained, reused);
            for (Candidate c : bracket) {
                candidates.add(c);
                if (c.complete()) {
                    longestFull = Math.max(longestFull, c.seconds());
                }
            }
            lastBracketSeconds = seconds(bracketStart);
            Candidate best = best(candidates, s.higherIsBetter());
            curve.add(new CurvePoint(seconds(start), trained.get() + reused.get(), best.metric()));
        }
        candidates.sort(Comparator.comparingInt(Candidate::index));
        return new Outcome(List.copyOf(candidates), best(candidates, s.higherIsBetter()), List.copyOf(curve),
                trained.get(), reused.get(), seconds(start), s.higherIsBetter());
    }

    private static List<Candidate> bracket(Settings s, int first, int n, Evaluator evaluator, CandidateStore store,
                                           Progress progress, ExecutorService pool, long start, AtomicInteger trained,
                                           AtomicInteger reused) throws Exception {
        int rungs = n >= ETA * ETA ? 3 : n >= ETA ? 2 : 1;
        Candidate[] latest = new Candidate[n];
        List<Integer> alive = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            alive.add(first + i);
        }
        for (int rung = 0; rung < rungs; rung++) {
            int divisor = (int) Math.pow(ETA, rungs - 1 - rung);
            int thisRung = rung;
            List<Callable<CandidateResult>> tasks = new ArrayList<>();
            for (int index : alive) {
                AlsParams params = s.space().candidate(s.seed(), index);
                int iterations = rungIterations(params.iterations(), divisor);
                tasks.add(() -> {
                    Optional<CandidateResult> done = store.find(index, thisRung);
                    if (done.isPresent()) {
                        reused.incrementAndGet();
                        progress.evaluated(done.get(), true, seconds(start));
                        return done.get();
                    }
                    long t0 = System.nanoTime();
                    double metric = evaluator.evaluate(params, iterations, s.threads());
                    CandidateResult result = new CandidateResult(index, thisRung, params, iterations, metric, seconds(t0));
                    store.save(result);
                    trained.incrementAndGet();
                    progress.evaluated(result, false, seconds(start));
                    return result;
                });
            }
            List<CandidateResult> results = runAll(tasks, s.parallel(), pool);
            for (CandidateResult r : results) {
                Candidate before = latest[r.candidate() - first];
                double spent = (before == null ? 0 : before.seconds()) + r.seconds();
                latest[r.candidate() - first] = new Candidate(r.candidate(), r.params(), rung, r.iterations(), r.metric(),
                        spent, rung == rungs - 1);
            }
            results.sort(order(s.higherIsBetter(), CandidateResult::metric, CandidateResult::candidate));
            int keep = Math.max(1, (results.size() + ETA - 1) / ETA);
            alive = new ArrayList<>();
            for (int p = 0; p < keep; p++) {
                alive.add(results.get(p).candidate());
            }
        }
        return List.of(latest);
    }

    /**
     * Runs the tasks with at most {@code parallel} at once on {@code pool}: that many workers take tasks in
     * order from a shared counter. After a failure no worker starts another task; the first failure is thrown.
     */
    static <T> List<T> runAll(List<Callable<T>> tasks, int parallel, ExecutorService pool) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean failed = new AtomicBoolean();
        List<T> results = new ArrayList<>(Collections.nCopies(tasks.size(), null));
        List<Future<Void>> workers = new ArrayList<>();
        for (int w = 0; w < Math.min(parallel, tasks.size()); w++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < tasks.size() && !failed.get(); i = next.getAndIncrement()) {
                    try {
                        T r = tasks.get(i).call();
                        synchronized (results) {
                            results.set(i, r);
                        }
                    } catch (Exception | Error e) {
                        failed.set(true);
                        throw e;
                    }
                }
                return null;
            }));
        }
        Exception first = null;
        for (Future<Void> f : workers) {
            try {
                f.get();
            } catch (ExecutionException e) {
                if (first == null) {
                    first = e.getCause() instanceof Exception ex ? ex : e;
                }
            } catch (InterruptedException e) {
                failed.set(true);
                for (Future<Void> other : workers) {
                    other.cancel(true);
                }
                Thread.currentThread().interrupt();
                throw e;
            }
        }
        if (first != null) {
            throw first;
        }
        synchronized (results) {
            return new ArrayList<>(results);
        }
    }

    static int rungIterations(int full, int divisor) {
        return Math.min(full, Math.max(MIN_RUNG_ITERATIONS, (full + divisor - 1) / divisor));
    }

    /** The best complete candidate: highest (or lowest) metric, lowest index on ties; NaN metrics lose. */
    static Candidate best(List<Candidate> candidates, boolean higherIsBetter) {
        return candidates.stream().filter(Candidate::complete)
                .sorted(order(higherIsBetter, Candidate::metric, Candidate::index))
                .findFirst().orElseThrow(() -> new IllegalStateException("no candidate finished"));
    }

    private static <T> Comparator<T> order(boolean higherIsBetter, java.util.function.ToDoubleFunction<T> metric,
                                           java.util.function.ToIntFunction<T> index) {
        Comparator<T> byMetric = (a, b) -> {
            double x = metric.applyAsDouble(a);
            double y = metric.applyAsDouble(b);
            if (Double.isNaN(x) || Double.isNaN(y)) {
                return Boolean.compare(Double.isNaN(x), Double.isNaN(y));
            }
            return higherIsBetter ? Double.compare(y, x) : Double.compare(x, y);
        };
        return byMetric.thenComparingInt(index);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
