package org.musicrec.recommend.tuning;

import java.util.List;
import java.util.Random;
import org.musicrec.recommend.als.AlsParams;
import org.musicrec.recommend.als.Confidence;

/**
 * The declared ranges candidates are drawn from. Rank, reg and alpha are drawn log-uniformly (their
 * effect is multiplicative), iterations uniformly, the confidence transform and biases on or off uniformly
 * from their lists. The rank range counts latent factors: a candidate with biases gets the two bias columns
 * on top ({@link AlsParams#biases}). Everything a range does not cover (solver, CG steps, BM25 settings,
 * seed) comes from {@code base}.
 */
public record SearchSpace(AlsParams base, int minRank, int maxRank, double minReg, double maxReg,
                          double minAlpha, double maxAlpha, List<Confidence> confidences,
                          int minIterations, int maxIterations, List<Boolean> biases) {
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
        biases = List.copyOf(biases);
        if (biases.isEmpty() || (base.implicit() && biases.contains(true))) {
            throw new IllegalArgumentException("biases: at least one choice, and only false for implicit feedback");
        }
        if (maxRank + AlsParams.BIAS_COLUMNS > AlsParams.MAX_RANK && biases.contains(true)) {
            throw new IllegalArgumentException("rank range with biases must end by " + (AlsParams.MAX_RANK - AlsParams.BIAS_COLUMNS));
        }
    }

    /** Biases as {@code base} has them (not searched). */
    public SearchSpace(AlsParams base, int minRank, int maxRank, double minReg, double maxReg, double minAlpha,
                       double maxAlpha, List<Confidence> confidences, int minIterations, int maxIterations) {
        this(base, minRank, maxRank, minReg, maxReg, minAlpha, maxAlpha, confidences, minIterations, maxIterations,
                List.of(base.biases()));
    }

    /** Implicit ranges: wide around what hand tuning on HetRec explored, deliberately not centred on its result. */
    public static SearchSpace implicitDefaults() {
        return new SearchSpace(AlsParams.implicitDefaults(), 16, 200, 0.01, 3, 0.1, 10,
                List.of(Confidence.LOG, Confidence.RAW), 5, 20);
    }

    /** Explicit ranges: rank, reg, iterations and biases on or off (alpha and confidence do not apply). */
    public static SearchSpace explicitDefaults() {
        return new SearchSpace(AlsParams.explicitDefaults(), 5, 100, 0.01, 1, 1, 1, List.of(Confidence.RAW), 5, 25,
                List.of(false, true));
    }

    /** The same ranges over another base (the job keeps its solver, CG and BM25 settings and seed). */
    public SearchSpace withBase(AlsParams b) {
        return new SearchSpace(b, minRank, maxRank, minReg, maxReg, minAlpha, maxAlpha, confidences, minIterations,
                maxIterations, b.implicit() ? List.of(false) : biases);
    }

    /** The same ranges with other bias choices (an engine without biases searches only {@code false}). */
    public SearchSpace withBiases(List<Boolean> choices) {
        return new SearchSpace(base, minRank, maxRank, minReg, maxReg, minAlpha, maxAlpha, confidences, minIterations,
                maxIterations, choices);
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
        // Drawn last, so the draws above (and every implicit candidate) are as before biases were searched.
        boolean withBiases = biases.get(random.nextInt(biases.size()));
        int latent = Math.max(minRank, Math.min(maxRank, rank));
        return base.withBiases(false).withRank(latent + (withBiases ? AlsParams.BIAS_COLUMNS : 0)).withReg(reg)
                .withAlpha(alpha).withConfidence(implicit() ? confidence : base.confidence())
                .withIterations(iterations).withBiases(withBiases);
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
