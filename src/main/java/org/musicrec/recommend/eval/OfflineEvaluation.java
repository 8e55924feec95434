package org.musicrec.recommend.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.musicrec.recommend.als.AlsData;
import org.musicrec.recommend.als.AlsModelState;
import org.musicrec.recommend.als.AlsParams;
import org.musicrec.recommend.als.AlsTrainer;
import org.musicrec.recommend.als.CsrMatrix;
import org.musicrec.recommend.als.TopN;

/**
 * Trains on a split's training part and scores its test part: RMSE (explicit), the ranking metrics
 * for ALS and for the most-popular baseline on the same users, and the training time. The batch
 * evaluation step and {@code ./musicrec evaluate} both call this.
 */
public final class OfflineEvaluation {
    /** Receives each evaluated user's ALS top k (train items excluded). */
    @FunctionalInterface
    public interface RecommendationSink {
        void accept(int user, TopN.Ranked ranked) throws IOException;
    }

    /** Receives the prediction for each test row (NaN when its user or item has no training data). */
    @FunctionalInterface
    public interface PredictionSink {
        void accept(int testRow, double predicted) throws IOException;
    }

    /** Everything measured. {@code rmse} is NaN for implicit runs. */
    public record Outcome(AlsParams params, int k, int threads, double trainSeconds, double rmse, long rmsePairs,
                          long rmseSkipped, RankingMetrics.Result als, RankingMetrics.Result baseline,
                          int trainRows, int testRows, int users, int catalogueItems, AlsModelState model) {
    }

    private OfflineEvaluation() {
    }

    /**
     * @param split a split whose dictionaries number training ids first ({@link Split#trainFirst()})
     */
    public static Outcome run(Split split, AlsParams params, int k, int threads,
                              AlsTrainer.IterationListener listener, RecommendationSink recommendations,
                              PredictionSink predictions) throws IOException {
        AlsData data = split.train().toAlsData();
        checkTrainFirst(split.train(), data);
        long start = System.nanoTime();
        AlsModelState model;
        try (AlsTrainer trainer = new AlsTrainer(data, params, threads)) {
            model = trainer.train(listener);
        }
        double trainSeconds = (System.nanoTime() - start) / 1e9;
        return score(split, data, params, model, k, threads, trainSeconds, recommendations, predictions);
    }

    /**
     * Scores factors trained elsewhere (e.g. by another ALS implementation in a benchmark) exactly as
     * {@link #run} scores its own: same split, same exclusions, same metrics and baseline.
     *
     * @param model factors over the split's dense indices (users and items numbered as in {@code split})
     */
    public static Outcome score(Split split, AlsParams params, AlsModelState model, int k, double trainSeconds)
            throws IOException {
        AlsData data = split.train().toAlsData();
        checkTrainFirst(split.train(), data);
        if (model.rank() != params.rank() || model.numUsers() != data.numUsers() || model.numItems() != data.numItems()) {
            throw new IllegalArgumentException("model does not match the split and parameters");
        }
        return score(split, data, params, model, k, 0, trainSeconds, null, null);
    }

    private static void checkTrainFirst(Interactions train, AlsData data) {
        int catalogue = distinctTrainItems(data.byItem());
        for (int r = 0; r < train.size(); r++) {
            if (train.item(r) >= catalogue) {
                throw new IllegalArgumentException("the split must number training items first (Split.trainFirst())");
            }
        }
    }

    private static Outcome score(Split split, AlsData data, AlsParams params, AlsModelState model, int k, int threads,
                                 double trainSeconds, RecommendationSink recommendations, PredictionSink predictions)
            throws IOException {
        Interactions train = split.train();
        Interactions test = split.test();
        int catalogue = distinctTrainItems(data.byItem());
        int rank = params.rank();
        Rmse rmse = new Rmse();
        long skipped = 0;
        CsrMatrix byUser = data.byUser();
        for (int r = 0; r < test.size(); r++) {
            int u = test.user(r);
            int i = test.item(r);
            double predicted = Double.NaN;
            if (u < data.numUsers() && i < data.numItems() && byUser.rowLength(u) > 0 && data.byItem().rowLength(i) > 0) {
                predicted = dot(model.userFactors(), u * rank, model.itemFactors(), i * rank, rank);
                rmse.add(test.value(r), predicted);
            } else {
                skipped++;
            }
            if (predictions != null) {
                predictions.accept(r, predicted);
            }
        }

        List<List<Integer>> heldOut = heldOutByUser(test);
        RankingMetrics alsMetrics = new RankingMetrics(k, catalogue);
        RankingMetrics popMetrics = new RankingMetrics(k, catalogue);
        PopularityBaseline popular = new PopularityBaseline(data.byItem());
        float[] noFactors = new float[rank];
        for (int u = 0; u < heldOut.size(); u++) {
            List<Integer> held = heldOut.get(u);
            if (held == null || held.isEmpty()) {
                continue;
            }
            int[] heldItems = held.stream().mapToInt(Integer::intValue).toArray();
            boolean known = u < data.numUsers();
            int from = known ? byUser.rowStart()[u] : 0;
            int to = known ? byUser.rowStart()[u + 1] : 0;
            TopN.Ranked ranked = known
                    ? TopN.of(model.userFactors(), u * rank, model.itemFactors(), rank, catalogue, k, byUser.index(), from, to)
                    : TopN.of(noFactors, 0, model.itemFactors(), rank, catalogue, k, byUser.index(), 0, 0);
            alsMetrics.add(ranked.items(), heldItems);
            popMetrics.add(popular.recommend(k, byUser.index(), from, to), heldItems);
            if (recommendations != null) {
                recommendations.accept(u, ranked);
            }
        }
        return new Outcome(params, k, threads, trainSeconds, params.implicit() ? Double.NaN : rmse.value(),
                rmse.count(), skipped, alsMetrics.result(), popMetrics.result(), train.size(), test.size(),
                train.users().size(), catalogue, model);
    }

    private static int distinctTrainItems(CsrMatrix byItem) {
        int n = 0;
        for (int i = 0; i < byItem.rows(); i++) {
            n += byItem.rowLength(i) > 0 ? 1 : 0;
        }
        return n;
    }

    private static List<List<Integer>> heldOutByUser(Interactions test) {
        List<List<Integer>> held = new ArrayList<>();
        for (int r = 0; r < test.size(); r++) {
            int u = test.user(r);
            while (held.size() <= u) {
                held.add(null);
            }
            if (held.get(u) == null) {
                held.set(u, new ArrayList<>());
            }
            held.get(u).add(test.item(r));
        }
        return held;
    }

    private static double dot(float[] a, int ao, float[] b, int bo, int k) {
        double s = 0;
        for (int j = 0; j < k; j++) {
            s += (double) a[ao + j] * b[bo + j];
        }
        return s;
    }
}
