package org.musicrec.recommend.training;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.bson.Document;
import org.musicrec.platform.mongo.MongoClientHolder;
import org.musicrec.recommend.als.AlsData;
import org.musicrec.recommend.als.AlsModelState;
import org.musicrec.recommend.als.AlsParams;
import org.musicrec.recommend.als.Bm25;
import org.musicrec.recommend.als.CsrMatrix;
import org.musicrec.recommend.als.Solver;
import org.musicrec.recommend.als.TopN;
import org.musicrec.recommend.eval.Interactions;
import org.musicrec.recommend.eval.Split;
import org.musicrec.recommend.model.ModelActivated;
import org.musicrec.recommend.model.ModelArtifact;
import org.musicrec.recommend.model.mongo.MongoModelRegistry;

/**
 * Step 5 of {@code train-als}: stores the model as a new version (factors with their ids, the
 * parameters, the data sizes, the metrics, the timings), precomputes every user's top list
 * (excluding all their known tracks, held-out ones included, since serving must not offer what they
 * played), then activates it when asked. Every write is keyed by the run, so a restarted store step
 * rewrites its own version instead of adding another; the workspace is removed at the end.
 */
@Named
@Dependent
public class ModelStoreBatchlet extends AbstractBatchlet {
    /** Length of the precomputed list per user. */
    public static final int LIST_LENGTH = 100;
    private static final int BULK = 500;
    /** A user's strongest tracks considered as "because you played X" reasons. */
    private static final int MAX_REASON_CANDIDATES = 200;

    @Inject
    TrainingRun run;

    @Inject
    JobContext job;

    @Inject
    MongoClientHolder mongo;

    @Inject
    Event<ModelActivated> activated;

    @Inject
    org.musicrec.platform.kafka.RecordPublisher publisher;

    @Inject
    org.musicrec.platform.kafka.Topics topics;

    @Override
    public String process() throws Exception {
        TrainingParameters p = run.parameters();
        TrainingWorkspace ws = run.workspace();
        long start = System.nanoTime();
        Document evaluation = ws.readEvaluation();
        Split split = ws.readSplit();
        AlsModelState state = ws.loadFinalState(split, p);
        Interactions train = split.train();
        List<String> users = ids(train.users());
        List<String> items = ids(train.items());
        MongoModelRegistry registry = new MongoModelRegistry(mongo.database());
        String modelId = "als-" + p.runId();
        int version = registry.versionFor(modelId);
        AlsData data = train.toAlsData();
        int[] counts = new int[data.numItems()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = data.byItem().rowLength(i);
        }
        registry.storeArtifact(modelId, new ModelArtifact(users, items, counts, Bm25.itemTotals(data.byItem()), state));
        List<Document> lists = storeUserLists(registry, modelId, split, data, state, p.als());
        AlsParams a = p.als();
        Document model = new Document("_id", modelId).append("version", version).append("createdAt", new Date())
                .append("jobInstanceId", run.instanceId()).append("jobExecutionId", run.executionId())
                .append("params", new Document("rank", a.rank()).append("reg", a.reg()).append("alpha", a.alpha())
                        .append("iterations", a.iterations()).append("seed", a.seed()).append("implicit", a.implicit())
                        .append("confidence", a.confidence().name().toLowerCase(Locale.ROOT))
                        .append("solver", a.implicit() ? a.solver().label() : Solver.CHOLESKY.label())
                        .append("cgSteps", a.cgSteps()).append("bm25K1", a.bm25K1()).append("bm25B", a.bm25B())
                        .append("splitSeed", p.splitSeed()).append("k", p.k()))
                .append("data", evaluation.get("data", Document.class).append("userLists", lists.size()))
                .append("metrics", evaluation.get("metrics"))
                .append("baseline", evaluation.get("baseline"))
                .append("timings", new Document("trainSeconds", evaluation.get("trainSeconds"))
                        .append("evaluateSeconds", evaluation.get("evaluateSeconds"))
                        .append("storeSeconds", (System.nanoTime() - start) / 1e9));
        // Serving refreshes, after the swap, every user whose events were applied after this instant.
        ws.readSnapshotTime().ifPresent(at -> model.append("snapshotAt", Date.from(at)));
        registry.storeMetadata(model);
        if (p.activate()) {
            registry.activate(modelId, version);
            activated.fire(new ModelActivated(modelId, version));
            publishLists(lists, version);
        }
        ws.delete();
        String k = String.valueOf(p.k());
        Document m = evaluation.get("metrics", Document.class);
        Document b = evaluation.get("baseline", Document.class);
        String status = String.format(Locale.ROOT, "version %d%s: %sndcg@%s %s (popular %s)", version,
                p.activate() ? " active" : "", m.get("rmse") == null ? "" : "rmse " + fmt(m.get("rmse")) + ", ",
                k, fmt(m.get("ndcg@" + k)), fmt(b.get("ndcg@" + k)));
        job.setExitStatus(status);
        return status;
    }

    private static String fmt(Object v) {
        return v instanceof Number n ? String.format(Locale.ROOT, "%.4f", n.doubleValue()) : "n/a";
    }

    private static List<String> ids(org.musicrec.recommend.eval.IdDictionary d) {
        List<String> ids = new ArrayList<>(d.size());
        for (int i = 0; i < d.size(); i++) {
            ids.add(d.id(i));
        }
        return ids;
    }

    /** Top lists of every user with training data; returns the stored documents (for the announcement). */
    private static List<Document> storeUserLists(MongoModelRegistry registry, String modelId, Split split, AlsData data,
                                                 AlsModelState state, AlsParams a) {
        CsrMatrix byUser = data.byUser();
        int catalogue = 0;
        for (int i = 0; i < data.numItems(); i++) {
            catalogue += data.byItem().rowLength(i) > 0 ? 1 : 0;
        }
        List<List<Integer>> heldOut = new ArrayList<>();
        Interactions test = split.test();
        for (int r = 0; r < test.size(); r++) {
            while (heldOut.size() <= test.user(r)) {
                heldOut.add(null);
            }
            if (heldOut.get(test.user(r)) == null) {
                heldOut.set(test.user(r), new ArrayList<>());
            }
            heldOut.get(test.user(r)).add(test.item(r));
        }
        org.musicrec.recommend.model.ItemSimilarity similarity =
                new org.musicrec.recommend.model.ItemSimilarity(state.itemFactors(), a.rank());
        List<Document> batch = new ArrayList<>();
        List<Document> stored = new ArrayList<>();
        for (int u = 0; u < data.numUsers(); u++) {
            int from = byUser.rowStart()[u];
            int to = byUser.rowStart()[u + 1];
            if (from == to) {
                continue;
            }
            int[] exclude = Arrays.copyOfRange(byUser.index(), from, to);
            if (u < heldOut.size() && heldOut.get(u) != null) {
                int[] extra = heldOut.get(u).stream().mapToInt(Integer::intValue).toArray();
                exclude = java.util.stream.IntStream.concat(Arrays.stream(exclude), Arrays.stream(extra)).sorted().toArray();
            }
            TopN.Ranked ranked = TopN.of(state.userFactors(), u * a.rank(), state.itemFactors(), a.rank(), catalogue,
                    LIST_LENGTH, exclude, 0, exclude.length);
            int[] reasonCandidates = strongest(byUser, u, MAX_REASON_CANDIDATES);
            List<String> ids = new ArrayList<>(ranked.size());
            List<Double> scores = new ArrayList<>(ranked.size());
            List<String> reasons = new ArrayList<>(ranked.size());
            for (int n = 0; n < ranked.size(); n++) {
                ids.add(split.train().items().id(ranked.items()[n]));
                scores.add((double) ranked.scores()[n]);
                reasons.add(split.train().items().id(similarity.mostSimilar(ranked.items()[n], reasonCandidates)));
            }
            Document list = MongoModelRegistry.userListDocument(modelId, split.train().users().id(u), ids, scores).append("reasons", reasons);
            batch.add(list);
            stored.add(list);
            if (batch.size() == BULK) {
                registry.storeUserLists(batch);
                batch.clear();
            }
        }
        registry.storeUserLists(batch);
        return stored;
    }

    /** The user's training items with the largest values, at most {@code max}. */
    private static int[] strongest(CsrMatrix byUser, int u, int max) {
        int from = byUser.rowStart()[u];
        int to = byUser.rowStart()[u + 1];
        Integer[] order = new Integer[to - from];
        for (int i = 0; i < order.length; i++) {
            order[i] = from + i;
        }
        Arrays.sort(order, (x, y) -> Float.compare(byUser.value()[y], byUser.value()[x]));
        int[] out = new int[Math.min(max, order.length)];
        for (int i = 0; i < out.length; i++) {
            out[i] = byUser.index()[order[i]];
        }
        return out;
    }

    /**
     * Announces every user's new list on the recommendations topic (keyed by user). A failure fails
     * the step, and its restart publishes again: consumers see at least once, with the model version
     * to tell repeats apart.
     */
    private void publishLists(List<Document> lists, int version) {
        List<org.musicrec.platform.kafka.OutgoingRecord> out = new ArrayList<>();
        java.time.Instant at = java.time.Instant.now();
        for (Document d : lists) {
            String user = d.getString("userId");
            List<String> ids = d.getList("items", String.class);
            List<Double> scores = d.getList("scores", Double.class);
            List<org.musicrec.recommend.model.RankedItem> top = new ArrayList<>();
            for (int i = 0; i < Math.min(10, ids.size()); i++) {
                top.add(new org.musicrec.recommend.model.RankedItem(ids.get(i), scores.get(i), null));
            }
            out.add(new org.musicrec.platform.kafka.OutgoingRecord(topics.recommendations(), user,
                    org.musicrec.recommend.model.RecommendationMessage.json(user, top, version, "als", at)));
            if (out.size() >= 1000) {
                publisher.publishAll(out);
                out.clear();
            }
        }
        if (!out.isEmpty()) {
            publisher.publishAll(out);
        }
    }
}
