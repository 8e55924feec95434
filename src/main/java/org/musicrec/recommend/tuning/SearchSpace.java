package org.musicrec.recommend.tuning;

import java.util.List;
import java.util.Random;
import org.musicrec.recommend.als.AlsParams;
import org.musicrec.recommend.als.Confidence;

/**
 * The declared ranges candidates are drawn from. Rank, reg and alpha are drawn log-uniformly (their
 * effect is multiplicative), iterations uniformly, the confidence transform uniformly from the list.
 * Everything a range does not cover (solver, CG steps, BM25 settings, seed) comes from {@code base}.
 */
public record SearchSpace(AlsParams base, int minRank, int maxRank, double minReg, double maxReg,
                          double minAlpha, double maxAlpha, List<Confidence> confidences,
                          int minIterations, int maxIterations) {
    public SearchSpace {
        if (minRank < 1 || maxRank < minRank || maxRank > AlsParams.MAX_RANK) {
            throw new IllegalArgumentException("rank range must be within 1.." + AlsParams.MAX_RANK);
        }
        if (!(minReg > 0) || maxReg < minReg || !(minAlpha > 0) || maxAlpha < minAlpha) {
            throw new IllegalArgumentException("reg and alpha ranges must be positive and ordered");
        }
        if (minIterations < 1 || maxIterations < minIterations || maxIterations > AlsParams.MAX_ITERATIONS) {
            throw new IllegalArgumentException("iteration range must be within 1.." + AlsParams.MAX_ITERATIONS);
        }
        confidences = List.copyOf(confidences);
        if (confidences.isEmpty()) {
            throw new IllegalArgumentException("at least one confidence transform");
        }
    }

    /** Implicit ranges: wide around what hand tuning on HetRec explored, deliberately not centred on its result. */
    public static SearchSpace implicitDefaults() {
        return new SearchSpace(AlsParams.implicitDefaults(), 16, 200, 0.01, 3, 0.1, 10,
                List.of(Confidence.LOG, Confidence.RAW), 5, 20);
    }

    /** Explicit ranges: rank, reg and iterations (alpha and confidence do not apply). */
    public static SearchSpace explicitDefaults() {
        return new SearchSpace(AlsParams.explicitDefaults(), 5, 100, 0.01, 1, 1, 1, List.of(Confidence.RAW), 5, 25);
    }

    /** The same ranges over another base (the job keeps its solver, CG and BM25 settings and seed). */
    public SearchSpace withBase(AlsParams b) {
        return new SearchSpace(b, minRank, maxRank, minReg, maxReg, minAlpha, maxAlpha, confidences, minIterations,
                maxIterations);
    }

    /** The default ranges for {@code base}'s kind of feedback, over {@code base}. */
    public static SearchSpace defaultsFor(AlsParams base) {
        return (base.implicit() ? implicitDefaults() : explicitDefaults()).withBase(base);
    }

    public boolean implicit() {
        return base.implicit();
    }

    /** Candidate {@code index} of the search seeded {@code seed}: independent of how many others are drawn. */
    public AlsParams candidate(long seed, int index) {
        Random random = new Random(seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + 1);
        int rank = (int) Math.round(logUniform(random, minRank, maxRank));
        double reg = round3(logUniform(random, minReg, maxReg));
        double alpha = implicit() ? round3(logUniform(random, minAlpha, maxAlpha)) : base.alpha();
        Confidence confidence = confidences.get(random.nextInt(confidences.size()));
        int iterations = minIterations + random.nextInt(maxIterations - minIterations + 1);
        return base.withRank(Math.max(minRank, Math.min(maxRank, rank))).withReg(reg).withAlpha(alpha)
                .withConfidence(implicit() ? confidence : base.confidence()).withIterations(iterations);
    }

    private static double logUniform(Random random, double lo, double hi) {
        return lo == hi ? lo : Math.exp(Math.log(lo) + random.nextDouble() * (Math.log(hi) - Math.log(lo)));
    }

    /** Three significant digits: readable in tables and stable in JSON. */
    private static double round3(double x) {
        if (x == 0) {
            return 0;
        }
        double scale = Math.pow(10, 2 - Math.floor(Math.log10(Math.abs(x))));
        return Math.round(x * scale) / scale;
    }
}
