package org.musicrec.recommend.training;

import java.util.Properties;
import org.musicrec.recommend.als.AlsParams;
import org.musicrec.recommend.als.Confidence;
import org.musicrec.recommend.als.Solver;
import org.musicrec.recommend.als.WorkPlan;
import org.musicrec.recommend.tuning.HyperparameterSearch;

/**
 * The job parameters of {@code train-als}, parsed once with their defaults. Every step reads them
 * from the execution's parameters (a restart passes the same ones again), so the whole job agrees on
 * one set. Defaults: {@link AlsParams#implicitDefaults()} or {@link AlsParams#explicitDefaults()}.
 *
 * @param runId     names the run's workspace; the admin API sets a fresh one at launch, so a restart
 *                  (same parameters) finds its files and a new launch never does
 * @param splitSeed seed of the train/test split (defaults to the ALS seed)
 * @param activate  make the stored version the active one
 * @param engine    {@code local} (in-process, the default) or {@code spark} (Spark MLlib in a driver JVM)
 * @param sparkMaster the Spark master for this run (blank: {@code musicrec.spark.master})
 * @param tuning    whether and how far to search hyperparameters first (the tune step)
 */
public record TrainingParameters(String runId, AlsParams als, long splitSeed, int k, int blockRows, boolean activate,
                                 String engine, String sparkMaster, Tuning tuning) {
    public static final int MAX_K = 1000;
    public static final String LOCAL = "local";
    public static final String SPARK = "spark";
    /** A day: a search longer than that is a mistake, not a plan. */
    public static final int MAX_BUDGET_SECONDS = 86_400;

    /**
     * @param tune          search from the declared ranges; the winner replaces the ALS parameters
     * @param candidates    at most this many candidates (0: decided by the budget or the default)
     * @param budgetSeconds time budget of the search (0: none)
     */
    public record Tuning(boolean tune, int candidates, int budgetSeconds) {
        public static final Tuning OFF = new Tuning(false, 0, 0);
    }

    /** The same run with the tune step's winner as its ALS parameters. */
    public TrainingParameters withAls(AlsParams winner) {
        return new TrainingParameters(runId, winner, splitSeed, k, blockRows, activate, engine, sparkMaster, tuning);
    }

    public boolean spark() {
        return SPARK.equals(engine);
    }

    /** @param fallbackRunId used when the parameters name no run (e.g. a job started by JobOperator directly) */
    public static TrainingParameters of(Properties p, String fallbackRunId) {
        Properties props = p == null ? new Properties() : p;
        boolean implicit = Boolean.parseBoolean(props.getProperty("implicit", "true").trim());
        AlsParams a = implicit ? AlsParams.implicitDefaults() : AlsParams.explicitDefaults();
        try {
            if (has(props, "rank")) {
                a = a.withRank(Integer.parseInt(props.getProperty("rank").trim()));
            }
            if (has(props, "reg")) {
                a = a.withReg(Double.parseDouble(props.getProperty("reg").trim()));
            }
            if (has(props, "alpha")) {
                a = a.withAlpha(Double.parseDouble(props.getProperty("alpha").trim()));
            }
            if (has(props, "iterations")) {
                a = a.withIterations(Integer.parseInt(props.getProperty("iterations").trim()));
            }
            if (has(props, "seed")) {
                a = a.withSeed(Long.parseLong(props.getProperty("seed").trim()));
            }
            if (has(props, "confidence")) {
                a = a.withConfidence(Confidence.parse(props.getProperty("confidence")));
            }
            if (has(props, "solver")) {
                a = a.withSolver(Solver.parse(props.getProperty("solver")));
            }
            if (has(props, "cgSteps")) {
                a = a.withCgSteps(Integer.parseInt(props.getProperty("cgSteps").trim()));
            }
            if (has(props, "bm25K1") || has(props, "bm25B")) {
                a = a.withBm25(has(props, "bm25K1") ? Double.parseDouble(props.getProperty("bm25K1").trim()) : a.bm25K1(),
                        has(props, "bm25B") ? Double.parseDouble(props.getProperty("bm25B").trim()) : a.bm25B());
            }
            String biasesText = has(props, "biases") ? props.getProperty("biases").trim().toLowerCase(java.util.Locale.ROOT) : "false";
            if (!biasesText.equals("true") && !biasesText.equals("false")) {
                throw new IllegalArgumentException("biases must be true or false, not '" + props.getProperty("biases") + "'");
            }
            if (biasesText.equals("true")) {
                a = a.withBiases(true); // refused for implicit feedback and rank < 3 by AlsParams
            }
            long splitSeed = has(props, "splitSeed") ? Long.parseLong(props.getProperty("splitSeed").trim()) : a.seed();
            int k = has(props, "k") ? Integer.parseInt(props.getProperty("k").trim()) : 10;
            int blockRows = has(props, "blockRows") ? Integer.parseInt(props.getProperty("blockRows").trim()) : WorkPlan.DEFAULT_BLOCK_ROWS;
            if (k < 1 || k > MAX_K) {
                throw new IllegalArgumentException("k must be in 1.." + MAX_K + ", not " + k);
            }
            if (blockRows < 1) {
                throw new IllegalArgumentException("blockRows must be >= 1, not " + blockRows);
            }
            boolean activate = !has(props, "activate") || Boolean.parseBoolean(props.getProperty("activate").trim());
            String runId = has(props, "runId") ? props.getProperty("runId").trim() : fallbackRunId;
            if (!runId.matches("[A-Za-z0-9._-]{1,64}")) {
                throw new IllegalArgumentException("runId must be 1-64 letters, digits, '.', '_' or '-'");
            }
            String engine = has(props, "engine") ? props.getProperty("engine").trim().toLowerCase(java.util.Locale.ROOT) : LOCAL;
            if (!engine.equals(LOCAL) && !engine.equals(SPARK)) {
                throw new IllegalArgumentException("engine must be local or spark, not '" + props.getProperty("engine") + "'");
            }
            if (engine.equals(SPARK) && a.biases()) {
                // Spark MLlib's ALS has no bias terms; training plain factors instead would not be what was asked.
                throw new IllegalArgumentException("biases=true needs engine=local (Spark MLlib's ALS has no biases)");
            }
            String master = has(props, "sparkMaster") ? props.getProperty("sparkMaster").trim() : "";
            if (master.length() > 500 || !master.matches("\\S*")) {
                throw new IllegalArgumentException("sparkMaster must be a master URL without spaces (at most 500 characters)");
            }
            String tuneText = has(props, "tune") ? props.getProperty("tune").trim().toLowerCase(java.util.Locale.ROOT) : "false";
            if (!tuneText.equals("true") && !tuneText.equals("false")) {
                throw new IllegalArgumentException("tune must be true or false, not '" + props.getProperty("tune") + "'");
            }
            boolean tune = tuneText.equals("true");
            if (!tune && (has(props, "candidates") || has(props, "budgetSeconds"))) {
                // Silently training the given parameters would not be what was asked for.
                throw new IllegalArgumentException("candidates and budgetSeconds bound a search: they need tune=true");
            }
            int candidates = has(props, "candidates") ? Integer.parseInt(props.getProperty("candidates").trim()) : 0;
            int budget = has(props, "budgetSeconds") ? Integer.parseInt(props.getProperty("budgetSeconds").trim()) : 0;
            if (candidates < 0 || candidates > HyperparameterSearch.MAX_CANDIDATES) {
                throw new IllegalArgumentException("candidates must be in 0.." + HyperparameterSearch.MAX_CANDIDATES);
            }
            if (budget < 0 || budget > MAX_BUDGET_SECONDS) {
                throw new IllegalArgumentException("budgetSeconds must be in 0.." + MAX_BUDGET_SECONDS);
            }
            return new TrainingParameters(runId, a, splitSeed, k, blockRows, activate, engine, master,
                    tune ? new Tuning(true, candidates, budget) : Tuning.OFF);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a train-als parameter is not a number: " + e.getMessage(), e);
        }
    }

    private static boolean has(Properties p, String key) {
        String v = p.getProperty(key);
        return v != null && !v.isBlank();
    }
}
