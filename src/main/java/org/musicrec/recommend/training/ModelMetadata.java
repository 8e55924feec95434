package org.musicrec.recommend.training;

import java.util.Date;
import java.util.Locale;
import org.bson.Document;
import org.musicrec.recommend.als.AlsParams;
import org.musicrec.recommend.als.Solver;

/**
 * The metadata document of a stored version: the run's parameters, the data sizes, the metrics and
 * baseline and the timings from {@code evaluation.json}, and where it came from; the admin console
 * answers with it, so its field names are part of the API.
 */
final class ModelMetadata {

    private ModelMetadata() {
    }

    static Document of(String modelId, int version, TrainingRun run, TrainingParameters p, Document evaluation,
                       int userLists, double storeSeconds) {
        AlsParams a = p.als();
        return new Document("_id", modelId).append("version", version).append("createdAt", new Date())
                .append("jobInstanceId", run.instanceId()).append("jobExecutionId", run.executionId())
                .append("params", new Document("rank", a.rank()).append("reg", a.reg()).append("alpha", a.alpha())
                        .append("iterations", a.iterations()).append("seed", a.seed()).append("implicit", a.implicit())
                        .append("confidence", a.confidence().name().toLowerCase(Locale.ROOT))
                        .append("solver", a.implicit() ? a.solver().label() : Solver.CHOLESKY.label())
                        .append("cgSteps", a.cgSteps()).append("bm25K1", a.bm25K1()).append("bm25B", a.bm25B())
                        .append("biases", a.biases())
                        .append("splitSeed", p.splitSeed()).append("k", p.k()))
                .append("engine", p.engine())
                .append("data", evaluation.get("data", Document.class).append("userLists", userLists))
                .append("metrics", evaluation.get("metrics"))
                .append("baseline", evaluation.get("baseline"))
                .append("timings", new Document("trainSeconds", evaluation.get("trainSeconds"))
                        .append("evaluateSeconds", evaluation.get("evaluateSeconds"))
                        .append("storeSeconds", storeSeconds));
    }

    /** The step's exit status: the version, whether active, and the headline metrics next to the baseline. */
    static String status(int version, boolean active, int k, Document evaluation) {
        Document m = evaluation.get("metrics", Document.class);
        Document b = evaluation.get("baseline", Document.class);
        String ks = String.valueOf(k);
        return String.format(Locale.ROOT, "version %d%s: %sndcg@%s %s (popular %s)", version,
                active ? " active" : "", m.get("rmse") == null ? "" : "rmse " + fmt(m.get("rmse")) + ", ",
                ks, fmt(m.get("ndcg@" + ks)), fmt(b.get("ndcg@" + ks)));
    }

    private static String fmt(Object v) {
        return v instanceof Number n ? String.format(Locale.ROOT, "%.4f", n.doubleValue()) : "n/a";
    }
}
