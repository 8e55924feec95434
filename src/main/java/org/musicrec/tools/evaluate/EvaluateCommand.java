package org.musicrec.tools.evaluate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.musicrec.tools.cli.CommandArgs;
import org.musicrec.tools.cli.ExitStatus;
import org.musicrec.tools.cli.UsageException;
import org.musicrec.recommend.als.AlsModelState;
import org.musicrec.recommend.als.AlsParams;
import org.musicrec.recommend.als.Confidence;
import org.musicrec.recommend.als.Solver;
import org.musicrec.recommend.eval.IdDictionary;
import org.musicrec.recommend.eval.InteractionFile;
import org.musicrec.recommend.eval.Interactions;
import org.musicrec.recommend.eval.OfflineEvaluation;
import org.musicrec.recommend.eval.RankingMetrics;
import org.musicrec.recommend.eval.Split;
import org.musicrec.recommend.spark.SparkAlsLauncher;
import org.musicrec.recommend.spark.SparkSettings;
import org.musicrec.recommend.tuning.HyperparameterSearch;

/** {@code ./musicrec evaluate}: train ALS on one file, score it on another, print one JSON object. */
public final class EvaluateCommand {
    static final String USAGE = """
            usage: ./musicrec evaluate --train FILE --test FILE [--implicit] [--confidence raw|log|bm25]
                     [--rank N] [--reg X] [--alpha X] [--iterations N] [--k 10] [--seed N] [--threads N]
                     [--solver cg|cholesky] [--cg-steps N] [--bm25-k1 X] [--bm25-b X] [--biases]
                     [--max-rows N] [--recommendations-out FILE] [--predictions-out FILE]
                     [--engine local|spark] [--spark-master URL] [--spark-blocks N]
                     [--spark-driver-memory 1g] [--spark-executor-memory 1g] [--spark-cores-max N]
                     [--spark-executor-wait-seconds 120]
                     [--tune [--candidates N] [--budget-seconds S]]

              FILE: tab-separated 'user item value [timestamp]' (MovieLens u.data, HetRec user_artists.dat).
              Prints one JSON object on stdout: rmse (explicit), precision@k, recall@k, ndcg@k, map@k,
              coverage, baseline (the same for most-popular), train_seconds and the parameters used.
              Defaults: explicit rank 10, reg 0.1, 10 iterations (always Cholesky); implicit (--implicit)
              confidence %s, rank %d, reg %s, alpha %s, %d iterations, solver %s with %d CG steps per row;
              k 10, seed 42, threads = available processors.
              --confidence: raw 1 + alpha v; log 1 + alpha ln(1 + v); bm25 1 + alpha bm25(v) with K1 %s, B %s.
              --solver: cg (a few conjugate-gradient steps per row, warm-started) or cholesky (exact).
              --biases (explicit, local engine): a global mean plus user and item biases learned with the
              factors; --rank counts the two bias columns (rank 12 = 10 latent factors).
              --recommendations-out writes 'user item rank score' (top k per test user, train items
              excluded); --predictions-out writes 'user item predicted' per test row (NaN if unknown).
              --engine spark: train with Spark MLlib ALS in a driver JVM of its own on --spark-master
              (spark://host:port from ./musicrec spark, local[N], ...; default local[threads]), the job
              jar and class path from spark/target (MUSICREC_SPARK_JOB_JAR, MUSICREC_SPARK_CLASSPATH_FILE);
              confidence is applied before Spark; the same scoring. No --recommendations-out/--predictions-out.
              With no live executor for --spark-executor-wait-seconds (all workers dead) the driver gives up.
              --tune: search rank, reg, alpha, confidence and iterations (explicit: rank, reg, iterations, biases)
              from declared ranges instead of using the ones given, scoring candidates on a validation split
              of --train (seeded random search, successive halving, docs/recommend-als.md "Tuning"); the
              winner is retrained on all of --train and scored once on --test. Prints a table of candidates
              on stderr and the winner's JSON (with a "tuning" object) on stdout. --candidates (at most %d)
              and --budget-seconds bound the search; without either, %d candidates.
              Exit status: 0 ok, 1 finished but some input lines were skipped, 2 bad usage or input.
            """.formatted(AlsParams.implicitDefaults().confidence().label(), AlsParams.implicitDefaults().rank(),
            AlsParams.implicitDefaults().reg(), AlsParams.implicitDefaults().alpha(),
            AlsParams.implicitDefaults().iterations(), AlsParams.implicitDefaults().solver().label(),
            AlsParams.implicitDefaults().cgSteps(), AlsParams.implicitDefaults().bm25K1(),
            AlsParams.implicitDefaults().bm25B(), HyperparameterSearch.MAX_CANDIDATES,
            HyperparameterSearch.DEFAULT_CANDIDATES);

    private EvaluateCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            out.print(USAGE);
            return ExitStatus.OK;
        }
        try {
            CommandArgs o = new CommandArgs(args,
                    Set.of("train", "test", "confidence", "rank", "reg", "alpha", "iterations", "k", "seed",
                            "threads", "max-rows", "recommendations-out", "predictions-out", "solver", "cg-steps",
                            "bm25-k1", "bm25-b", "engine", "spark-master", "spark-blocks", "spark-driver-memory",
                            "spark-executor-memory", "spark-cores-max", "spark-executor-wait-seconds", "candidates", "budget-seconds"),
                    Set.of("implicit", "tune", "biases"));
            o.positional(0, "no positional arguments");
            return evaluate(o, out, err);
        } catch (UsageException | IllegalArgumentException e) {
            err.println("evaluate: " + e.getMessage());
            err.println("(./musicrec evaluate --help for usage)");
            return ExitStatus.BAD_INPUT;
        } catch (InteractionFile.UnusableFileException e) {
            err.println("evaluate: " + e.getMessage());
            return ExitStatus.BAD_INPUT;
        } catch (IOException e) {
            err.println("evaluate: " + e);
            return ExitStatus.BAD_INPUT;
        }
    }

    private static int evaluate(CommandArgs o, PrintStream out, PrintStream err) throws IOException {
        boolean implicit = o.flag("implicit");
        AlsParams defaults = implicit ? AlsParams.implicitDefaults() : AlsParams.explicitDefaults();
        AlsParams params = new AlsParams(
                o.getInt("rank", defaults.rank(), 1, AlsParams.MAX_RANK),
                o.getDouble("reg", defaults.reg(), 0, Double.MAX_VALUE),
                o.getDouble("alpha", defaults.alpha(), 0, Double.MAX_VALUE),
                o.getInt("iterations", defaults.iterations(), 0, AlsParams.MAX_ITERATIONS),
                o.getLong("seed", defaults.seed()),
                implicit,
                Confidence.parse(o.get("confidence", defaults.confidence().label())),
                Solver.parse(o.get("solver", defaults.solver().label())),
                o.getInt("cg-steps", defaults.cgSteps(), 1, AlsParams.MAX_CG_STEPS),
                o.getDouble("bm25-k1", defaults.bm25K1(), 0, Double.MAX_VALUE),
                o.getDouble("bm25-b", defaults.bm25B(), 0, Double.MAX_VALUE), o.flag("biases"));
        int k = o.getInt("k", 10, 1, 10_000);
        int threads = o.getInt("threads", Runtime.getRuntime().availableProcessors(), 1, 1024);
        long maxRows = o.getLong("max-rows", InteractionFile.DEFAULT_MAX_ROWS);
        Path trainFile = o.requiredPath("train");
        Path testFile = o.requiredPath("test");
        Path recOut = o.path("recommendations-out");
        Path predOut = o.path("predictions-out");

        // Train first: its ids take the low indices, which OfflineEvaluation relies on.
        Interactions train = new Interactions(new IdDictionary(), new IdDictionary());
        InteractionFile.Report trainReport = InteractionFile.read(trainFile, train, maxRows);
        Interactions test = train.emptyLike();
        InteractionFile.Report testReport = InteractionFile.read(testFile, test, maxRows);
        long problems = report(trainReport, err) + report(testReport, err);
        if (train.size() == 0 || test.size() == 0) {
            err.println("evaluate: no usable rows in " + (train.size() == 0 ? trainFile : testFile));
            return ExitStatus.BAD_INPUT;
        }
        err.printf(Locale.ROOT, "evaluate: %d training rows, %d test rows, %d users, %d items%n",
                train.size(), test.size(), train.users().size(), train.items().size());
        if (o.flag("tune")) {
            int candidates = o.getInt("candidates", 0, 1, HyperparameterSearch.MAX_CANDIDATES);
            double budget = o.getDouble("budget-seconds", 0, 0, 7 * 24 * 3600.0);
            if (recOut != null || predOut != null) {
                throw new UsageException("--tune does not write --recommendations-out or --predictions-out");
            }
            if (!o.get("engine", "local").equals("local")) {
                throw new UsageException("--tune searches with the local engine only; leave out --engine");
            }
            try {
                TuneReport.run(new Split(train, test), implicit, params.seed(), candidates, budget, k, threads, trainFile, testFile, out,
                        err);
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e);
            }
            return problems == 0 ? ExitStatus.OK : ExitStatus.FINISHED_WITH_PROBLEMS;
        }

        String engine = o.get("engine", "local");
        if (engine.equals("spark")) {
            if (params.biases()) {
                throw new UsageException("--biases is for --engine local only (Spark MLlib's ALS has no biases)");
            }
            if (recOut != null || predOut != null) {
                throw new UsageException("--recommendations-out and --predictions-out are for --engine local only");
            }
            SparkSettings spark = sparkSettings(o, threads);
            Split split = new Split(train, test);
            Path dir = Files.createTempDirectory("musicrec-evaluate-spark");
            long start = System.nanoTime();
            AlsModelState model;
            try {
                long[] shown = {-1};
                model = new SparkAlsLauncher(spark).train(dir, train.toAlsData(), params, 0, (done, submitted) -> {
                    if (done / 50 != shown[0]) {
                        shown[0] = done / 50;
                        err.printf(Locale.ROOT, "evaluate: spark %d of %d tasks submitted so far, %.1f s elapsed%n",
                                done, submitted, (System.nanoTime() - start) / 1e9);
                    }
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } finally {
                // The driver leaves spark-checkpoints/ (a tree) next to its files: delete deepest first.
                try (var files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
            OfflineEvaluation.Outcome outcome = OfflineEvaluation.score(split, params, model, k, (System.nanoTime() - start) / 1e9);
            out.println(toJson(outcome, trainFile, testFile).put("engine", "spark").put("spark_master", spark.master()));
            return problems == 0 ? ExitStatus.OK : ExitStatus.FINISHED_WITH_PROBLEMS;
        } else if (!engine.equals("local")) {
            throw new UsageException("--engine must be local or spark, not '" + engine + "'");
        }
        OfflineEvaluation.Outcome outcome;
        try (BufferedWriter recs = recOut == null ? null : Files.newBufferedWriter(recOut, StandardCharsets.UTF_8);
             BufferedWriter preds = predOut == null ? null : Files.newBufferedWriter(predOut, StandardCharsets.UTF_8)) {
            outcome = OfflineEvaluation.run(new Split(train, test), params, k, threads,
                    (it, total, nanos) -> err.printf(Locale.ROOT,
                            "evaluate: iteration %d/%d done, %.2f s elapsed, %.2f s/iteration, about %.0f s left%n",
                            it + 1, total, nanos / 1e9, nanos / 1e9 / (it + 1), nanos / 1e9 / (it + 1) * (total - it - 1)),
                    recs == null ? null : (user, ranked) -> {
                        for (int r = 0; r < ranked.size(); r++) {
                            recs.write(train.users().id(user) + "\t" + train.items().id(ranked.items()[r]) + "\t"
                                    + (r + 1) + "\t" + ranked.scores()[r] + "\n");
                        }
                    },
                    preds == null ? null : (row, predicted) -> preds.write(test.users().id(test.user(row)) + "\t"
                            + test.items().id(test.item(row)) + "\t" + (float) predicted + "\n"));
        }
        out.println(toJson(outcome, trainFile, testFile));
        return problems == 0 ? ExitStatus.OK : ExitStatus.FINISHED_WITH_PROBLEMS;
    }

    /** The Spark settings from the options, then the MUSICREC_SPARK_* environment, then the defaults. */
    static SparkSettings sparkSettings(CommandArgs o, int threads) {
        String jar = env("MUSICREC_SPARK_JOB_JAR", "spark/target/musicrec-spark-job.jar");
        String cp = env("MUSICREC_SPARK_CLASSPATH_FILE", "spark/target/spark.classpath");
        if (!Files.isRegularFile(Path.of(jar)) || !Files.isRegularFile(Path.of(cp))) {
            throw new UsageException("no Spark job jar at " + jar + " or class path at " + cp + " (./musicrec build makes them)");
        }
        return new SparkSettings(o.get("spark-master", env("MUSICREC_SPARK_MASTER", "local[" + threads + "]")), Path.of(jar), Path.of(cp),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                o.get("spark-driver-memory", "2g"), o.get("spark-executor-memory", "1g"),
                o.getInt("spark-cores-max", 0, 0, 100_000), o.getInt("spark-blocks", 4, 1, SparkSettings.MAX_BLOCKS),
                "127.0.0.1", java.time.Duration.ofHours(24),
                java.time.Duration.ofSeconds(o.getInt("spark-executor-wait-seconds", (int) SparkSettings.DEFAULT_EXECUTOR_WAIT.toSeconds(), 1, 86_400)),
                java.util.Map.of());
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    private static long report(InteractionFile.Report r, PrintStream err) {
        for (String p : r.problems()) {
            err.println("evaluate: skipped " + p);
        }
        if (r.problemCount() > r.problems().size()) {
            err.println("evaluate: ... and " + (r.problemCount() - r.problems().size()) + " more skipped lines in " + r.file());
        }
        return r.problemCount();
    }

    static JsonObject toJson(OfflineEvaluation.Outcome o, Path trainFile, Path testFile) {
        JsonObject json = new JsonObject();
        if (!o.params().implicit()) {
            json.put("rmse", o.rmse());
            json.put("rmse_pairs", o.rmsePairs());
            json.put("rmse_skipped_pairs", o.rmseSkipped());
        }
        ranking(json, o.als());
        json.put("baseline", ranking(new JsonObject().put("name", "most-popular"), o.baseline()));
        json.put("train_seconds", o.trainSeconds());
        json.put("eval_users", o.als().users());
        json.put("implicit", o.params().implicit());
        json.put("confidence", o.params().confidence().label());
        json.put("rank", o.params().rank());
        json.put("reg", o.params().reg());
        json.put("alpha", o.params().alpha());
        json.put("iterations", o.params().iterations());
        if (!o.params().implicit()) {
            json.put("biases", o.params().biases());
        }
        json.put("solver", o.params().implicit() ? o.params().solver().label() : Solver.CHOLESKY.label());
        if (o.params().usesCg()) {
            json.put("cg_steps", o.params().cgSteps());
        }
        if (o.params().implicit() && o.params().confidence() == Confidence.BM25) {
            json.put("bm25_k1", o.params().bm25K1());
            json.put("bm25_b", o.params().bm25B());
        }
        json.put("k", o.k());
        json.put("seed", o.params().seed());
        json.put("threads", o.threads());
        json.put("train", trainFile.toString());
        json.put("test", testFile.toString());
        json.put("train_rows", o.trainRows());
        json.put("test_rows", o.testRows());
        json.put("users", o.users());
        json.put("catalogue_items", o.catalogueItems());
        return json;
    }

    private static JsonObject ranking(JsonObject json, RankingMetrics.Result r) {
        int k = r.k();
        return json.put("precision@" + k, r.precision()).put("recall@" + k, r.recall()).put("ndcg@" + k, r.ndcg())
                .put("map@" + k, r.map()).put("coverage", r.coverage());
    }
}
