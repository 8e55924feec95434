package org.musicrec.recommend.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicrec.recommend.als.AlsParams;

/** The job's checkpoint of the search: a killed search restarted on the same file trains only what was not finished. */
class FileCandidateStoreTest {
    private static final SearchSpace SPACE = SearchSpace.implicitDefaults();

    private static double metric(AlsParams p) {
        return -Math.abs(Math.log(p.rank() / 50.0)) - Math.abs(Math.log(p.reg() / 0.3));
    }

    private static HyperparameterSearch.Settings settings() {
        return new HyperparameterSearch.Settings(SPACE, 11L, 12, 0, true, 2, 1);
    }

    @Test
    void aRestartOnTheSameFileTrainsOnlyWhatWasNotFinished(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tuning-evaluations.tsv");
        FileCandidateStore first = FileCandidateStore.open(file, SPACE, 11L);
        AtomicInteger saves = new AtomicInteger();
        CandidateStore killedAfterSeven = new CandidateStore() {
            @Override
            public Optional<CandidateResult> find(int candidate, int rung) {
                return first.find(candidate, rung);
            }

            @Override
            public void save(CandidateResult r) {
                if (saves.incrementAndGet() > 7) {
                    throw new IllegalStateException("killed");
                }
                first.save(r);
            }
        };
        assertThrows(IllegalStateException.class, () -> HyperparameterSearch.search(settings(),
                (p, it, t) -> metric(p), killedAfterSeven, (r, reused, s) -> { }));
        // A kill in the middle of writing the next line leaves a torn line: it is ignored and redone.
        Files.writeString(file, "3\t1\t", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        FileCandidateStore reopened = FileCandidateStore.open(file, SPACE, 11L);
        assertEquals(7, reopened.size());
        AtomicInteger trained = new AtomicInteger();
        HyperparameterSearch.Outcome o = HyperparameterSearch.search(settings(), (p, it, t) -> {
            trained.incrementAndGet();
            return metric(p);
        }, reopened, (r, reused, s) -> { });
        // 12 candidates: a bracket of 9 (9 + 3 + 1) and one of 3 (3 + 1) = 17 evaluations.
        assertEquals(17 - 7, trained.get());
        assertEquals(7, o.reused());
        HyperparameterSearch.Outcome fresh = HyperparameterSearch.search(settings(), (p, it, t) -> metric(p),
                CandidateStore.inMemory(), (r, reused, s) -> { });
        assertEquals(fresh.winner().index(), o.winner().index());
        assertEquals(fresh.winner().params(), o.winner().params());
    }
}
