package org.musicrec.recommend.training;

import jakarta.annotation.Resource;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bson.Document;
import org.musicrec.recommend.eval.Split;
import org.musicrec.recommend.tuning.AlsTuning;
import org.musicrec.recommend.tuning.FileCandidateStore;
import org.musicrec.recommend.tuning.HyperparameterSearch;
import org.musicrec.recommend.tuning.SearchSpace;

/**
 * Step 3 of {@code train-als} with {@code tune=true}: the hyperparameter search on a validation split of
 * the training part. Every finished evaluation is appended to {@code tuning-evaluations.tsv} in the run's
 * workspace before the next starts, so a restarted job trains none of them again; the result goes to
 * {@code tuning.json}, from which {@link TrainingRun#parameters()} hands the winner to the train,
 * evaluate and store steps (the winner is retrained on the whole training part and scored once on test).
 * Without {@code tune} it does nothing.
 */
@Named
@Dependent
public class AlsTuningBatchlet extends AbstractBatchlet {

    @Inject
    TrainingRun run;

    /** Candidates train on the container's threads (one each), not on threads the search makes itself. */
    @Resource
    ManagedExecutorService executor;

    @Override
    public String process() throws Exception {
        TrainingParameters p = run.givenParameters();
        if (!p.tuning().tune()) {
            return "not tuning";
        }
        TrainingWorkspace ws = run.workspace();
        if (ws.readTuning().isPresent()) {
            return "chosen before the restart";
        }
        Split split = ws.readSplit();
        SearchSpace space = SearchSpace.defaultsFor(p.als());
        if (p.spark()) {
            space = space.withBiases(List.of(false)); // the Spark engine trains no biases
        }
        int cores = Runtime.getRuntime().availableProcessors();
        HyperparameterSearch.Settings settings = new HyperparameterSearch.Settings(space, p.als().seed(),
                p.tuning().candidates(), p.tuning().budgetSeconds(), p.als().implicit(), cores, 1);
        FileCandidateStore store = FileCandidateStore.open(ws.tuningEvaluations(), space, p.als().seed());
        int before = store.size();
        Split validation = AlsTuning.validationSplit(split.train(), p.als().implicit(), p.splitSeed());
        HyperparameterSearch.Outcome o = HyperparameterSearch.search(settings, AlsTuning.evaluator(validation, p.k()),
                store, (r, reused, elapsed) -> { }, executor);
        String metric = p.als().implicit() ? "ndcg@" + p.k() : "rmse";
        ws.writeTuning(document(o, metric, settings, before));
        return String.format(Locale.ROOT, "%d candidates, %d evaluations (%d from before a restart), winner %d: %s %.4f",
                o.candidates().size(), o.trained() + o.reused(), o.reused(), o.winner().index(), metric,
                o.winner().metric());
    }

    /** What the model version records about the search (field names are part of the admin API). */
    static Document document(HyperparameterSearch.Outcome o, String metric, HyperparameterSearch.Settings s, int restored) {
        List<Document> candidates = new ArrayList<>();
        for (HyperparameterSearch.Candidate c : o.candidates()) {
            candidates.add(candidate(c));
        }
        List<Document> curve = new ArrayList<>();
        for (HyperparameterSearch.CurvePoint c : o.curve()) {
            curve.add(new Document("seconds", c.seconds()).append("evaluations", c.evaluations()).append("best", c.best()));
        }
        return new Document("metric", metric).append("higherIsBetter", o.higherIsBetter()).append("seed", s.seed())
                .append("requestedCandidates", s.candidates()).append("budgetSeconds", s.budgetSeconds())
                .append("evaluations", o.trained() + o.reused()).append("restoredEvaluations", restored)
                .append("searchSeconds", o.seconds()).append("winner", candidate(o.winner()))
                .append("candidates", candidates).append("curve", curve);
    }

    private static Document candidate(HyperparameterSearch.Candidate c) {
        return new Document("index", c.index()).append("rank", c.params().rank()).append("reg", c.params().reg())
                .append("alpha", c.params().alpha()).append("confidence", c.params().confidence().label())
                .append("biases", c.params().biases())
                .append("iterations", c.params().iterations()).append("rung", c.rung())
                .append("trainedIterations", c.iterations()).append("complete", c.complete())
                .append("validation", Double.isNaN(c.metric()) ? null : c.metric()).append("seconds", c.seconds());
    }
}
