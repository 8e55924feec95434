package org.musicrec.recommend.eval;

import java.nio.file.Path;
import java.util.Locale;
import org.musicrec.recommend.als.AlsData;
import org.musicrec.recommend.als.AlsModelState;
import org.musicrec.recommend.als.AlsParams;
import org.musicrec.recommend.als.AlsTrainer;
import org.musicrec.recommend.als.CsrMatrix;

/**
 * Two ideas for the HetRec NDCG@10 goal, measured without changing the trainer (a main, not a test):
 * seed ensembles (the factors of models trained with seeds 42, 43, ... side by side, so a score is the
 * sum of the members' scores) and a popularity blend (one extra factor: beta for every user, ln(1 + item
 * count) / ln(1 + largest count) for every item). Both are scored by {@link OfflineEvaluation#score}, as
 * {@code ./musicrec evaluate} scores its model.
 *
 * <p>Arguments: train-file test-file rank reg alpha seeds (implicit, log confidence, the defaults' other settings)
 */
public final class EnsembleBlendBench {
    private EnsembleBlendBench() {
    }

    public static void main(String[] a) throws Exception {
        Interactions train = new Interactions(new IdDictionary(), new IdDictionary());
        InteractionFile.read(Path.of(a[0]), train, InteractionFile.DEFAULT_MAX_ROWS);
        Interactions test = train.emptyLike();
        InteractionFile.read(Path.of(a[1]), test, InteractionFile.DEFAULT_MAX_ROWS);
        Split split = new Split(train, test);
        int rank = Integer.parseInt(a[2]);
        double reg = Double.parseDouble(a[3]);
        double alpha = Double.parseDouble(a[4]);
        int seeds = Integer.parseInt(a[5]);
        AlsParams base = AlsParams.implicitDefaults().withRank(rank).withReg(reg).withAlpha(alpha);
        AlsData data = train.toAlsData();
        int nu = data.numUsers(), ni = data.numItems();
        float[][] us = new float[seeds][], is = new float[seeds][];
        for (int s = 0; s < seeds; s++) {
            try (AlsTrainer t = new AlsTrainer(data, base.withSeed(42L + s), 2)) {
                AlsModelState m = t.train(null);
                us[s] = m.userFactors(); is[s] = m.itemFactors();
            }
            AlsModelState single = new AlsModelState(rank, nu, ni, us[s], is[s], 0);
            System.out.printf(Locale.ROOT, "seed %d alone: ndcg %.4f%n", 42 + s, OfflineEvaluation.score(split, base, single, 10, 0).als().ndcg());
        }
        for (int n = 2; n <= seeds; n++) {
            int r2 = rank * n;
            float[] u = new float[nu * r2], it = new float[ni * r2];
            for (int s = 0; s < n; s++) {
                for (int x = 0; x < nu; x++) System.arraycopy(us[s], x * rank, u, x * r2 + s * rank, rank);
                for (int x = 0; x < ni; x++) System.arraycopy(is[s], x * rank, it, x * r2 + s * rank, rank);
            }
            AlsModelState m = new AlsModelState(r2, nu, ni, u, it, 0);
            System.out.printf(Locale.ROOT, "ensemble of %d: ndcg %.4f%n", n, OfflineEvaluation.score(split, base.withRank(r2), m, 10, 0).als().ndcg());
        }
        // The popularity blend on the first seed's model.
        CsrMatrix byItem = data.byItem();
        double max = 0;
        for (int i = 0; i < ni; i++) max = Math.max(max, byItem.rowLength(i));
        for (double beta : new double[] {-0.05, 0.02, 0.05, 0.1, 0.2}) {
            int r2 = rank + 1;
            float[] u = new float[nu * r2], it = new float[ni * r2];
            for (int x = 0; x < nu; x++) { System.arraycopy(us[0], x * rank, u, x * r2, rank); u[x * r2 + rank] = (float) beta; }
            for (int x = 0; x < ni; x++) { System.arraycopy(is[0], x * rank, it, x * r2, rank); it[x * r2 + rank] = (float) (Math.log1p(byItem.rowLength(x)) / Math.log1p(max)); }
            AlsModelState m = new AlsModelState(r2, nu, ni, u, it, 0);
            System.out.printf(Locale.ROOT, "pop blend beta %.2f: ndcg %.4f%n", beta, OfflineEvaluation.score(split, base.withRank(r2), m, 10, 0).als().ndcg());
        }
    }
}
