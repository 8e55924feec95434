package org.musicrec.tools.evaluate;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.musicrec.recommend.eval.Split;
import org.musicrec.recommend.tuning.AlsTuning;
import org.musicrec.recommend.tuning.CandidateStore;
import org.musicrec.recommend.tuning.HyperparameterSearch;
import org.musicrec.recommend.tuning.SearchSpace;

/** {@code ./musicrec evaluate --tune}: runs the search, prints the candidate table (stderr) and the JSON (stdout). */
final class TuneReport {
    private TuneReport() {
    }

    static void run(Split rawSplit, boolean implicit, long seed, int candidates, double budgetSeconds, int k, int threads,
                    java.nio.file.Path trainFile, java.nio.file.Path testFile, PrintStream out, PrintStream err) throws Exception {
        Split split = rawSplit.trainFirst();
        SearchSpace space = implicit ? SearchSpace.implicitDefaults() : SearchSpace.explicitDefaults();
        // One thread per candidate and as many candidates at once as there are threads: ALS on one thread
        // wastes nothing on hand-offs, and the results do not depend on the split.
        HyperparameterSearch.Settings settings = new HyperparameterSearch.Settings(space, seed, candidates,
                budgetSeconds, implicit, threads, 1);
        String metric = implicit ? "ndcg@" + k : "rmse";
        AlsTuning.Result result = AlsTuning.tune(split, settings, k, CandidateStore.inMemory(),
                (r, reused, elapsed) -> err.printf(Locale.ROOT,
                        "evaluate: candidate %d rung %d (%d it.) validation %s %.4f in %.1f s, %.0f s elapsed%n",
                        r.candidate(), r.rung(), r.iterations(), metric, r.metric(), r.seconds(), elapsed));
        HyperparameterSearch.Outcome o = result.search();
        err.printf(Locale.ROOT, "%5s %5s %8s %8s %5s %6s %4s %4s %10s %7s%n", "cand", "rank", "reg", "alpha", "conf",
                "biases", "it.", "rung", metric, "sec");
        List<Object> rows = new ArrayList<>();
        for (HyperparameterSearch.Candidate c : o.candidates()) {
            err.printf(Locale.ROOT, "%5d %5d %8.4g %8.4g %5s %6s %4d %4d %10.4f %7.1f%s%n", c.index(), c.params().rank(),
                    c.params().reg(), c.params().alpha(), c.params().confidence().label(), c.params().biases() ? "yes" : "no",
                    c.params().iterations(),
                    c.rung(), c.metric(), c.seconds(), c.index() == o.winner().index() ? "  <- winner" : "");
            rows.add(new JsonObject().put("index", c.index()).put("rank", c.params().rank()).put("reg", c.params().reg())
                    .put("alpha", c.params().alpha()).put("confidence", c.params().confidence().label())
                    .put("biases", c.params().biases())
                    .put("iterations", c.params().iterations()).put("rung", c.rung())
                    .put("trained_iterations", c.iterations()).put("complete", c.complete())
                    .put("validation", c.metric()).put("seconds", c.seconds()));
        }
        List<Object> curve = new ArrayList<>();
        for (HyperparameterSearch.CurvePoint p : o.curve()) {
            curve.add(new JsonObject().put("seconds", p.seconds()).put("evaluations", p.evaluations()).put("best", p.best()));
        }
        JsonObject tuning = new JsonObject().put("seed", seed).put("validation_metric", metric)
                .put("candidates", o.candidates().size()).put("evaluations", o.trained() + o.reused())
                .put("budget_seconds", budgetSeconds).put("search_seconds", o.seconds())
                .put("total_seconds", result.seconds()).put("winner", o.winner().index())
                .put("winner_validation", o.winner().metric()).put("curve", curve).put("tried", rows);
        JsonObject json = EvaluateCommand.toJson(result.test(), trainFile, testFile);
        out.println(json.put("tuning", tuning));
    }
}
