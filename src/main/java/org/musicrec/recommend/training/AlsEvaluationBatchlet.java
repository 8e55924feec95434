package org.musicrec.recommend.training;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import org.bson.Document;
import org.musicrec.recommend.als.AlsModelState;
import org.musicrec.recommend.eval.OfflineEvaluation;
import org.musicrec.recommend.eval.RankingMetrics;
import org.musicrec.recommend.eval.Split;

/**
 * Step 5 of {@code train-als}: scores the trained factors on the held-out part, RMSE for explicit
 * runs and the ranking metrics at k for both kinds, each next to the most-popular baseline on the
 * same split (definitions in docs/recommend-als.md), into {@code evaluation.json}.
 */
@Named
@Dependent
public class AlsEvaluationBatchlet extends AbstractBatchlet {

    @Inject
    TrainingRun run;

    @Override
    public String process() throws Exception {
        TrainingParameters p = run.parameters();
        TrainingWorkspace ws = run.workspace();
        long start = System.nanoTime();
        Split split = ws.readSplit();
        AlsModelState model = ws.loadFinalState(split, p);
        double trainSeconds = ws.trainNanos() / 1e9;
        OfflineEvaluation.Outcome o = OfflineEvaluation.score(split, p.als(), model, p.k(), trainSeconds);
        Document metrics = metrics(o.als(), p.k());
        if (!Double.isNaN(o.rmse())) {
            metrics.append("rmse", o.rmse());
        }
        Document evaluation = new Document("metrics", metrics)
                .append("baseline", metrics(o.baseline(), p.k()))
                .append("data", new Document("users", o.users()).append("items", o.catalogueItems())
                        .append("interactions", o.trainRows() + o.testRows()).append("train", o.trainRows())
                        .append("test", o.testRows()).append("evaluatedUsers", o.als().users()))
                .append("trainSeconds", trainSeconds)
                .append("evaluateSeconds", (System.nanoTime() - start) / 1e9);
        ws.writeEvaluation(evaluation);
        return Double.isNaN(o.rmse())
                ? String.format(Locale.ROOT, "ndcg@%d %.4f (popular %.4f)", p.k(), o.als().ndcg(), o.baseline().ndcg())
                : String.format(Locale.ROOT, "rmse %.4f, ndcg@%d %.4f (popular %.4f)", o.rmse(), p.k(), o.als().ndcg(), o.baseline().ndcg());
    }

    static Document metrics(RankingMetrics.Result r, int k) {
        return new Document("precision@" + k, nan(r.precision())).append("recall@" + k, nan(r.recall()))
                .append("ndcg@" + k, nan(r.ndcg())).append("map@" + k, nan(r.map())).append("coverage", nan(r.coverage()))
                .append("users", r.users());
    }

    private static Double nan(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
