package org.musicrec.recommend.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.musicrec.platform.DataDir;
import org.musicrec.recommend.als.AlsParams;

/** The quality targets on the shared data sets (skipped when the data is absent). */
class RealDataTest {
    /**
     * The HetRec split this test checks played no part in choosing the defaults: they were tuned on
     * the validation part of seed 42's training part and checked on the test parts of seeds 42 and 1.
     */
    static final long UNTOUCHED_SEED = 7L;

    private static Split load(String relative, boolean implicit, long seed) throws IOException {
        Path file = DataDir.require(relative);
        Interactions all = new Interactions(new IdDictionary(), new IdDictionary());
        InteractionFile.Report report = InteractionFile.read(file, all, InteractionFile.DEFAULT_MAX_ROWS);
        assertTrue(report.clean(), report.problems().toString());
        return (implicit ? Split.implicit(all, seed) : Split.explicit(all, seed)).trainFirst();
    }

    @Test
    void movieLens100kExplicitRmseMatchesSparkAtRank10Reg01TenIterations() throws IOException {
        OfflineEvaluation.Outcome o = OfflineEvaluation.run(load("ml-100k/u.data", false, 42L),
                AlsParams.explicitDefaults(), 10, 2, null, null, null);
        // Spark MLlib measured 0.923 on its own seeded 80/20 split; different random splits of this set move
        // RMSE by about +-0.005 (see BENCHMARKS.md), hence the stated tolerance.
        assertTrue(o.rmse() <= 0.923 + 0.005, "RMSE " + o.rmse());
        assertTrue(o.rmse() >= 0.85, "RMSE suspiciously low: " + o.rmse());
    }

    @Test
    void hetrecLastFmImplicitNdcgBeatsSparkAndThePopularityBaseline() throws IOException {
        OfflineEvaluation.Outcome o = OfflineEvaluation.run(load("hetrec2011-lastfm-2k/user_artists.dat", true, UNTOUCHED_SEED),
                AlsParams.implicitDefaults(), 10, 2, null, null, null);
        // The figure BENCHMARKS.md reports once for the untouched split (the line is in the surefire report).
        System.out.printf(java.util.Locale.ROOT, "HetRec seed %d: NDCG@10 %.4f, most-popular %.4f%n", UNTOUCHED_SEED,
                o.als().ndcg(), o.baseline().ndcg());
        // The bound was set on seed 42 before this split was first evaluated; Spark's setting gave 0.246 on seed 42.
        assertTrue(o.als().ndcg() > 0.25, "NDCG@10 " + o.als().ndcg());
        assertTrue(o.als().ndcg() > 2.5 * o.baseline().ndcg(), o.als() + " vs " + o.baseline());
        assertTrue(o.baseline().ndcg() > 0.06 && o.baseline().ndcg() < 0.10, "baseline " + o.baseline());
    }
}
