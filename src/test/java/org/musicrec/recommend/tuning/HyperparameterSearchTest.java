package org.musicrec.recommend.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.musicrec.recommend.als.AlsParams;
import org.musicrec.recommend.eval.IdDictionary;
import org.musicrec.recommend.eval.Interactions;
import org.musicrec.recommend.eval.Split;
import org.musicrec.recommend.eval.SyntheticInteractions;

class HyperparameterSearchTest {
    private static final HyperparameterSearch.Progress QUIET = (r, reused, s) -> { };

    /** Peaks at rank 40, reg 0.2; independent of iterations, so halving never drops the best of a bracket. */
    private static double planted(AlsParams p) {
        double dr = Math.log(p.rank() / 40.0);
        double dg = Math.log(p.reg() / 0.2);
        return 1 - dr * dr - dg * dg;
    }

    private static HyperparameterSearch.Settings settings(int candidates, int parallel) {
        return new HyperparameterSearch.Settings(SearchSpace.implicitDefaults(), 7L, candidates, 0, true, parallel, 1);
    }

    @Test
    void findsThePlantedBestSetting() throws Exception {
        HyperparameterSearch.Outcome o = HyperparameterSearch.search(settings(27, 2),
                (p, it, threads) -> planted(p), CandidateStore.inMemory(), QUIET);
        assertEquals(27, o.candidates().size());
        int argmax = java.util.stream.IntStream.range(0, 27).boxed()
                .max(Comparator.comparingDouble(i -> planted(SearchSpace.implicitDefaults().candidate(7L, i)))).orElseThrow();
        assertEquals(argmax, o.winner().index());
        // 3 brackets of 9: 9 + 3 + 1 evaluations each.
        assertEquals(39, o.trained());
        assertEquals(3, o.candidates().stream().filter(HyperparameterSearch.Candidate::complete).count());
    }

    @Test
    void halvingTrainsFewerIterationsFirst() throws Exception {
        Map<String, CandidateResult> seen = new ConcurrentHashMap<>();
        HyperparameterSearch.search(settings(9, 1), (p, it, threads) -> planted(p), CandidateStore.inMemory(seen), QUIET);
        for (CandidateResult r : seen.values()) {
            int divisor = r.rung() == 0 ? 9 : r.rung() == 1 ? 3 : 1;
            assertEquals(Math.min(r.params().iterations(), Math.max(5, (r.params().iterations() + divisor - 1) / divisor)),
                    r.iterations(), r.key());
        }
        assertEquals(9, seen.values().stream().filter(r -> r.rung() == 0).count());
        assertEquals(3, seen.values().stream().filter(r -> r.rung() == 1).count());
        assertEquals(1, seen.values().stream().filter(r -> r.rung() == 2).count());
    }

    @Test
    void sameSeedGivesSameCandidatesAndWinnerOnRealAls() throws Exception {
        SyntheticInteractions syn = SyntheticInteractions.generate(120, 300, 3000, 5L);
        Interactions all = new Interactions(new IdDictionary(), new IdDictionary());
        for (int r = 0; r < syn.size(); r++) {
            all.add(all.users().indexOf("u" + syn.users()[r]), all.items().indexOf("i" + syn.items()[r]),
                    syn.values()[r], Interactions.NO_TIMESTAMP);
        }
        Split split = Split.implicit(all, 42L).trainFirst();
        SearchSpace small = new SearchSpace(AlsParams.implicitDefaults(), 2, 16, 0.01, 3, 0.1, 10,
                SearchSpace.implicitDefaults().confidences(), 2, 6);
        AlsTuning.Result a = AlsTuning.tune(split,
                new HyperparameterSearch.Settings(small, 3L, 10, 0, true, 2, 1), 10, CandidateStore.inMemory(), QUIET);
        AlsTuning.Result b = AlsTuning.tune(split,
                new HyperparameterSearch.Settings(small, 3L, 10, 0, true, 1, 2), 10, CandidateStore.inMemory(), QUIET);
        assertEquals(10, a.search().candidates().size());
        for (int i = 0; i < 10; i++) {
            HyperparameterSearch.Candidate x = a.search().candidates().get(i);
            HyperparameterSearch.Candidate y = b.search().candidates().get(i);
            assertEquals(x.params(), y.params());
            assertEquals(x.metric(), y.metric());
            assertEquals(x.rung(), y.rung());
        }
        assertEquals(a.search().winner().index(), b.search().winner().index());
        assertEquals(a.test().als().ndcg(), b.test().als().ndcg());
    }

    @Test
    void restartDoesNotRetrainFinishedEvaluations() throws Exception {
        Map<String, CandidateResult> checkpoint = new ConcurrentHashMap<>();
        CandidateStore dying = new CandidateStore() {
            final CandidateStore inner = CandidateStore.inMemory(checkpoint);
            final AtomicInteger saves = new AtomicInteger();

            @Override
            public Optional<CandidateResult> find(int candidate, int rung) {
                return inner.find(candidate, rung);
            }

            @Override
            public void save(CandidateResult result) {
                if (saves.incrementAndGet() > 10) {
                    throw new IllegalStateException("killed");
                }
                inner.save(result);
            }
        };
        assertThrows(IllegalStateException.class, () -> HyperparameterSearch.search(settings(18, 1),
                (p, it, threads) -> planted(p), dying, QUIET));
        assertEquals(10, checkpoint.size());
        AtomicInteger trainedAfterRestart = new AtomicInteger();
        HyperparameterSearch.Outcome restarted = HyperparameterSearch.search(settings(18, 1), (p, it, threads) -> {
            trainedAfterRestart.incrementAndGet();
            return planted(p);
        }, CandidateStore.inMemory(checkpoint), QUIET);
        HyperparameterSearch.Outcome uninterrupted = HyperparameterSearch.search(settings(18, 1),
                (p, it, threads) -> planted(p), CandidateStore.inMemory(), QUIET);
        assertEquals(26 - 10, trainedAfterRestart.get());
        assertEquals(16, restarted.trained());
        assertEquals(10, restarted.reused());
        assertEquals(uninterrupted.winner().index(), restarted.winner().index());
        assertEquals(uninterrupted.winner().metric(), restarted.winner().metric());
    }

    @Test
    void runsOnTheCallersExecutorAtMostParallelAtOnceAndLeavesItRunning() throws Exception {
        java.util.concurrent.ExecutorService executor = java.util.concurrent.Executors.newFixedThreadPool(6, r -> {
            Thread t = new Thread(r, "container-managed");
            t.setDaemon(true);
            return t;
        });
        try {
            java.util.Set<String> threads = ConcurrentHashMap.newKeySet();
            AtomicInteger running = new AtomicInteger();
            AtomicInteger most = new AtomicInteger();
            // The first two evaluations wait for each other (two do run at once), then give a third a second to
            // join them: with the bound kept none can, so they go on after that second and the count stays 2.
            java.util.concurrent.CountDownLatch pair = new java.util.concurrent.CountDownLatch(2);
            java.util.concurrent.CountDownLatch third = new java.util.concurrent.CountDownLatch(3);
            HyperparameterSearch.Outcome o = HyperparameterSearch.search(settings(18, 2), (p, it, t) -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                threads.add(Thread.currentThread().getName());
                pair.countDown();
                pair.await(30, java.util.concurrent.TimeUnit.SECONDS);
                third.countDown();
                third.await(1, java.util.concurrent.TimeUnit.SECONDS);
                running.decrementAndGet();
                return planted(p);
            }, CandidateStore.inMemory(), QUIET, executor);
            assertEquals(java.util.Set.of("container-managed"), threads);
            assertEquals(2, most.get());
            assertEquals(26, o.trained());
            assertEquals(false, executor.isShutdown());
            assertEquals(o.winner().index(), HyperparameterSearch.search(settings(18, 2), (p, it, t) -> planted(p),
                    CandidateStore.inMemory(), QUIET).winner().index());
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void aFailedEvaluationFailsTheSearchOnTheCallersExecutor() {
        java.util.concurrent.ExecutorService executor = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> HyperparameterSearch.search(
                    settings(9, 3), (p, it, t) -> {
                        throw new IllegalStateException("no memory");
                    }, CandidateStore.inMemory(), QUIET, executor));
            assertEquals("no memory", e.getMessage());
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void explicitCandidatesSearchBiasesWithTheRankRangeCountingLatentFactors() {
        SearchSpace space = SearchSpace.explicitDefaults();
        int biased = 0;
        for (int i = 0; i < 200; i++) {
            AlsParams p = space.candidate(11L, i);
            biased += p.biases() ? 1 : 0;
            assertEquals(true, p.latentRank() >= space.minRank() && p.latentRank() <= space.maxRank(), "candidate " + i);
            assertEquals(p, space.withBiases(java.util.List.of(false, true)).candidate(11L, i));
        }
        assertEquals(99, biased, "seeded: about half of the candidates have biases");
        for (int i = 0; i < 50; i++) {
            assertEquals(false, space.withBiases(java.util.List.of(false)).candidate(11L, i).biases());
            assertEquals(false, SearchSpace.implicitDefaults().candidate(11L, i).biases());
        }
        assertThrows(IllegalArgumentException.class, () -> SearchSpace.implicitDefaults().withBiases(java.util.List.of(true)));
    }
}
