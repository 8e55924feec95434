package org.musicrec.recommend.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.ml.recommendation.ALS;
import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.musicrec.recommend.als.AlsData;
import org.musicrec.recommend.als.AlsLoss;
import org.musicrec.recommend.als.AlsModelState;
import org.musicrec.recommend.als.AlsParams;
import org.musicrec.recommend.als.AlsTrainer;
import org.musicrec.recommend.als.Bm25;
import org.musicrec.recommend.als.Confidence;
import org.musicrec.recommend.als.CsrMatrix;
import org.musicrec.recommend.als.Solver;
import org.musicrec.recommend.eval.IdDictionary;
import org.musicrec.recommend.eval.InteractionFile;
import org.musicrec.recommend.eval.Interactions;
import org.musicrec.recommend.eval.OfflineEvaluation;
import org.musicrec.recommend.eval.Split;
import org.musicrec.recommend.eval.SyntheticInteractions;

/**
 * Our ALS against Spark MLlib's {@code org.apache.spark.ml.recommendation.ALS} in one JVM, on identical
 * training rows (the dense indices of our split are Spark's user and item ids) and identical parameters.
 * Both models are scored by the same code ({@link OfflineEvaluation#score}, {@link AlsLoss}), so quality
 * differences come from the training only. Run by bench/als-spark.sh (profile spark-bench).
 *
 * <p>Timing: ours = {@link AlsTrainer#train} from the seeded start; Spark = {@code ALS.fit} on a cached,
 * counted DataFrame (so input conversion is excluded; fit ends with Spark materialising both factor
 * RDDs). Each engine runs {@code --repeats} times alternately; the first run of each includes its JIT
 * warm-up. Implicit cases time ours twice per repeat, with the CG solver (the case's steps) and with the
 * exact Cholesky solve, each against the same Spark run. The log confidence is given to Spark as rating = ln(1 + w), which makes its c = 1 + alpha r
 * equal to ours.
 *
 * <p>Arguments: [--data DIR] [--sets ml100k,hetrec,synthetic] [--threads 2] [--repeats 3]
 * [--synthetic USERS,ITEMS,ROWS] [--synthetic-iterations 5] [--synthetic-repeats 1] [--model-seed 42]
 * (the seed of both engines' random initial factors in the HetRec cases; the splits keep seed 42)
 * [--from-spark-init] (implicit cases with a split: also train ours from Spark's own initial factors,
 * taken from a Spark fit of 0 iterations, and score that model: tells the two engines' start from their
 * arithmetic)
 */
public final class SparkAlsBench {
    private record Case(String name, AlsData data, Split split, AlsParams params, int repeats) {
    }

    private record Timing(double[] seconds, AlsModelState model) {
        double first() {
            return seconds[0];
        }

        double best() {
            return Arrays.stream(seconds).min().orElseThrow();
        }

        String all() {
            StringBuilder b = new StringBuilder();
            for (double s : seconds) {
                b.append(b.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", s));
            }
            return b.toString();
        }
    }

    private SparkAlsBench() {
    }

    public static void main(String[] args) throws IOException {
        Path dataDir = Path.of(option(args, "--data", "../shared/data"));
        List<String> sets = Arrays.asList(option(args, "--sets", "ml100k,hetrec,synthetic").split(","));
        int threads = Integer.parseInt(option(args, "--threads", "2"));
        int repeats = Integer.parseInt(option(args, "--repeats", "3"));
        String[] synthetic = option(args, "--synthetic", "100000,20000,5000000").split(",");
        int syntheticIterations = Integer.parseInt(option(args, "--synthetic-iterations", "5"));
        int syntheticRepeats = Integer.parseInt(option(args, "--synthetic-repeats", "1"));
        long modelSeed = Long.parseLong(option(args, "--model-seed", "42"));
        boolean fromSparkInit = Arrays.asList(args).contains("--from-spark-init");

        List<Case> cases = new ArrayList<>();
        if (sets.contains("ml100k")) {
            Path file = dataDir.resolve("ml-100k/u.data");
            if (Files.isRegularFile(file)) {
                Split split = Split.explicit(read(file), 42L).trainFirst();
                cases.add(new Case("ML-100K explicit, seeded 80/20 (seed 42)", split.train().toAlsData(), split,
                        AlsParams.explicitDefaults(), repeats));
            } else {
                System.out.println("skipped ML-100K: " + file + " is absent");
            }
        }
        if (sets.contains("hetrec")) {
            Path file = dataDir.resolve("hetrec2011-lastfm-2k/user_artists.dat");
            if (Files.isRegularFile(file)) {
                Split split = Split.implicit(read(file), 42L).trainFirst();
                AlsData data = split.train().toAlsData();
                String seeds = modelSeed == 42L ? "" : ", initial factors of seed " + modelSeed;
                cases.add(new Case("HetRec Last.fm 2K implicit, per-user 20% (seed 42), Spark's setting" + seeds, data, split,
                        new AlsParams(50, 0.1, 1.0, 15, modelSeed, true, Confidence.LOG), repeats));
                cases.add(new Case("HetRec Last.fm 2K implicit, per-user 20% (seed 42), our defaults" + seeds, data, split,
                        AlsParams.implicitDefaults().withSeed(modelSeed), repeats));
            } else {
                System.out.println("skipped HetRec: " + file + " is absent");
            }
        }
        if (sets.contains("synthetic")) {
            int users = Integer.parseInt(synthetic[0]);
            int items = Integer.parseInt(synthetic[1]);
            long rows = Long.parseLong(synthetic[2]);
            long t0 = System.nanoTime();
            AlsData data = SyntheticInteractions.generate(users, items, rows, 42L).toAlsData();
            System.out.printf(Locale.ROOT, "synthetic set generated and indexed in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            cases.add(new Case(String.format(Locale.ROOT, "synthetic power-law %d users x %d items x %d rows (seed 42)",
                    users, items, rows), data, null,
                    new AlsParams(50, 0.1, 1.0, syntheticIterations, 42L, true, Confidence.LOG), syntheticRepeats));
        }

        long t0 = System.nanoTime();
        SparkSession spark = SparkSession.builder()
                .master("local[" + threads + "]")
                .appName("als-bench")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", String.valueOf(threads))
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        System.out.printf(Locale.ROOT, "Spark %s local[%d] session in %.1f s; BLAS %s%n", spark.version(), threads,
                (System.nanoTime() - t0) / 1e9, blasName());
        System.out.printf(Locale.ROOT, "machine: %d cores, JVM max heap %.1f GB, %s %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / 1e9,
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        try {
            for (Case c : cases) {
                runCase(spark, c, threads, fromSparkInit);
            }
        } finally {
            spark.stop();
        }
    }

    private static void runCase(SparkSession spark, Case c, int threads, boolean fromSparkInit) throws IOException {
        AlsParams p = c.params();
        System.out.println();
        System.out.printf(Locale.ROOT, "## %s%n", c.name());
        System.out.printf(Locale.ROOT, "   %s, rank %d, reg %s, alpha %s, %d iterations, %d users x %d items, %d train rows, %d threads%n",
                p.implicit() ? "implicit " + p.confidence().label() : "explicit", p.rank(), p.reg(), p.alpha(),
                p.iterations(), c.data().numUsers(), c.data().numItems(), c.data().byUser().nnz(), threads);
        // Implicit: ours with both solvers (CG with the case's steps, and exact Cholesky), then Spark, per repeat.
        List<AlsParams> variants = p.implicit()
                ? List.of(p.withSolver(Solver.CG), p.withSolver(Solver.CHOLESKY)) : List.of(p);
        Dataset<Row> ratings = sparkRatings(spark, c.data(), p, threads);
        double[][] ours = new double[variants.size()][c.repeats()];
        double[] theirs = new double[c.repeats()];
        AlsModelState[] ourModels = new AlsModelState[variants.size()];
        AlsModelState sparkModel = null;
        for (int r = 0; r < c.repeats(); r++) {
            StringBuilder line = new StringBuilder();
            for (int v = 0; v < variants.size(); v++) {
                long t = System.nanoTime();
                try (AlsTrainer trainer = new AlsTrainer(c.data(), variants.get(v), threads)) {
                    ourModels[v] = trainer.train(null);
                }
                ours[v][r] = (System.nanoTime() - t) / 1e9;
                line.append(String.format(Locale.ROOT, "ours (%s) %.2f s, ", label(variants.get(v)), ours[v][r]));
            }
            System.out.printf(Locale.ROOT, "   run %d: %s(Spark running)%n", r + 1, line);
            System.out.flush();
            long t = System.nanoTime();
            ALSModel model = sparkAls(p).fit(ratings);
            theirs[r] = (System.nanoTime() - t) / 1e9;
            sparkModel = factors(model, c.data(), p.rank());
            model.userFactors().unpersist();
            model.itemFactors().unpersist();
            System.out.printf(Locale.ROOT, "   run %d: %sSpark %.2f s; load average %.2f%n", r + 1, line, theirs[r],
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
        if (fromSparkInit && p.implicit() && c.split() != null) {
            ALSModel init = sparkAls(p).setMaxIter(0).fit(ratings);
            AlsModelState start = factors(init, c.data(), p.rank());
            for (AlsParams v : variants) {
                AlsModelState copy = new AlsModelState(p.rank(), start.numUsers(), start.numItems(),
                        start.userFactors().clone(), start.itemFactors().clone(), 0);
                AlsModelState trained;
                try (AlsTrainer trainer = new AlsTrainer(c.data(), v, threads)) {
                    trained = trainer.train(copy, null);
                }
                System.out.printf(Locale.ROOT, "   FROM SPARK'S INITIAL FACTORS: ours (%s) NDCG@10 %.4f, objective %.6g%n", label(v),
                        OfflineEvaluation.score(c.split(), v, trained, 10, 0).als().ndcg(), AlsLoss.of(c.data(), v, trained));
            }
        }
        ratings.unpersist();
        Timing sparkTiming = new Timing(theirs, sparkModel);
        for (int v = 0; v < variants.size(); v++) {
            report(c, variants.get(v), new Timing(ours[v], ourModels[v]), sparkTiming);
        }
    }

    private static String label(AlsParams p) {
        return p.usesCg() ? "cg, " + p.cgSteps() + " steps" : "cholesky";
    }

    private static void report(Case c, AlsParams p, Timing ours, Timing spark) throws IOException {
        System.out.printf(Locale.ROOT, "   -- ours with solver %s%n", label(p));
        System.out.printf(Locale.ROOT, "   train seconds, ours:  %s (first %.2f, best %.2f)%n", ours.all(), ours.first(), ours.best());
        System.out.printf(Locale.ROOT, "   train seconds, Spark: %s (first %.2f, best %.2f)%n", spark.all(), spark.first(), spark.best());
        double[] pairs = new double[ours.seconds().length];
        for (int r = 0; r < pairs.length; r++) {
            pairs[r] = spark.seconds()[r] / ours.seconds()[r];
        }
        Arrays.sort(pairs);
        // Runs alternate, so the ratio within each pair of runs saw about the same load; its median is
        // the figure least moved by the other jobs on a shared machine.
        System.out.printf(Locale.ROOT, "   SPEED Spark/ours (%s): first runs %.1fx, best runs %.1fx, median of per-run ratios %.1fx%n",
                label(p), spark.first() / ours.first(), spark.best() / ours.best(), pairs[pairs.length / 2]);
        double ourLoss = AlsLoss.of(c.data(), p, ours.model());
        double sparkLoss = AlsLoss.of(c.data(), p, spark.model());
        System.out.printf(Locale.ROOT, "   training objective (lower is better): ours %.6g, Spark %.6g (ours/Spark %.4f)%n",
                ourLoss, sparkLoss, ourLoss / sparkLoss);
        if (c.split() == null) {
            return;
        }
        OfflineEvaluation.Outcome o = OfflineEvaluation.score(c.split(), p, ours.model(), 10, ours.best());
        OfflineEvaluation.Outcome s = OfflineEvaluation.score(c.split(), p, spark.model(), 10, spark.best());
        if (!p.implicit()) {
            System.out.printf(Locale.ROOT, "   QUALITY RMSE: ours %.4f, Spark %.4f (%d test pairs, %d skipped)%n",
                    o.rmse(), s.rmse(), o.rmsePairs(), o.rmseSkipped());
        } else {
            System.out.printf(Locale.ROOT, "   QUALITY NDCG@10: ours %.4f, Spark %.4f, most-popular %.4f; MAP@10 ours %.4f, Spark %.4f;"
                            + " precision@10 ours %.4f, Spark %.4f (%d users)%n",
                    o.als().ndcg(), s.als().ndcg(), o.baseline().ndcg(), o.als().map(), s.als().map(),
                    o.als().precision(), s.als().precision(), o.als().users());
        }
    }

    private static ALS sparkAls(AlsParams p) {
        return new ALS().setRank(p.rank()).setRegParam(p.reg()).setMaxIter(p.iterations()).setSeed(p.seed())
                .setImplicitPrefs(p.implicit()).setAlpha(p.alpha())
                .setUserCol("user").setItemCol("item").setRatingCol("rating");
    }

    /**
     * The training rows as a cached DataFrame; implicit log confidence is passed as rating ln(1 + w), BM25
     * as the BM25 weight (our weighting of the same rows), so Spark's c = 1 + alpha r is ours.
     */
    private static Dataset<Row> sparkRatings(SparkSession spark, AlsData data, AlsParams p, int threads) {
        CsrMatrix byUser = Bm25.prepare(data, p).byUser();
        List<Row> rows = new ArrayList<>(byUser.nnz());
        boolean log = p.implicit() && p.confidence() == Confidence.LOG;
        for (int u = 0; u < byUser.rows(); u++) {
            for (int q = byUser.rowStart()[u]; q < byUser.rowStart()[u + 1]; q++) {
                float w = byUser.value()[q];
                rows.add(RowFactory.create(u, byUser.index()[q], log ? (float) Math.log1p(w) : w));
            }
        }
        StructType schema = new StructType()
                .add("user", DataTypes.IntegerType, false)
                .add("item", DataTypes.IntegerType, false)
                .add("rating", DataTypes.FloatType, false);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Dataset<Row> df = spark.createDataFrame(jsc.parallelize(rows, 2 * threads), schema).cache();
        df.count();
        return df;
    }

    /** Spark's factors as our state, rows missing in Spark's output (no training data) left at zero. */
    private static AlsModelState factors(ALSModel model, AlsData data, int rank) {
        float[] users = new float[data.numUsers() * rank];
        float[] items = new float[data.numItems() * rank];
        copy(model.userFactors(), users, rank);
        copy(model.itemFactors(), items, rank);
        return new AlsModelState(rank, data.numUsers(), data.numItems(), users, items, 0);
    }

    private static void copy(Dataset<Row> factors, float[] into, int rank) {
        for (Row row : factors.collectAsList()) {
            int id = row.getInt(0);
            List<Object> f = row.getList(1);
            for (int j = 0; j < rank; j++) {
                into[id * rank + j] = ((Number) f.get(j)).floatValue();
            }
        }
    }

    private static Interactions read(Path file) throws IOException {
        Interactions all = new Interactions(new IdDictionary(), new IdDictionary());
        InteractionFile.Report report = InteractionFile.read(file, all, InteractionFile.DEFAULT_MAX_ROWS);
        if (!report.clean()) {
            throw new IOException(file + ": " + report.problemCount() + " bad lines, e.g. " + report.problems());
        }
        return all;
    }

    private static String blasName() {
        try {
            return dev.ludovic.netlib.blas.BLAS.getInstance().getClass().getSimpleName();
        } catch (RuntimeException | LinkageError e) {
            return "unknown (" + e + ")";
        }
    }

    private static String option(String[] args, String name, String fallback) {
        for (int a = 0; a + 1 < args.length; a++) {
            if (args[a].equals(name)) {
                return args[a + 1];
            }
        }
        return fallback;
    }
}
