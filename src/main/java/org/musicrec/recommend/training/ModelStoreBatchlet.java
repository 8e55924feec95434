package org.musicrec.recommend.training;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.musicrec.recommend.als.AlsData;
import org.musicrec.recommend.als.AlsModelState;
import org.musicrec.recommend.als.Bm25;
import org.musicrec.recommend.eval.IdDictionary;
import org.musicrec.recommend.eval.Split;
import org.musicrec.recommend.model.ModelActivated;
import org.musicrec.recommend.model.ModelArtifact;
import org.musicrec.recommend.model.ModelVersions;
import org.musicrec.recommend.model.TopListBuilder;
import org.musicrec.recommend.model.UserTopList;

/**
 * Step 6 of {@code train-als}: stores the model as a new version (factors with their ids, then every
 * user's precomputed top list, then the metadata), activates it when asked and announces the new
 * lists. Every write is keyed by the run, so a restarted store step rewrites its own version
 * instead of adding another; the workspace is removed at the end.
 */
@Named
@Dependent
public class ModelStoreBatchlet extends AbstractBatchlet {
    /** Length of the precomputed list per user. */
    public static final int LIST_LENGTH = 100;
    /** User lists per bulk write. */
    private static final int BULK = 500;

    @Inject
    TrainingRun run;

    @Inject
    JobContext job;

    @Inject
    ModelVersions models;

    @Inject
    Event<ModelActivated> activated;

    @Inject
    TopListPublisher lists;

    @Override
    public String process() throws Exception {
        TrainingParameters p = run.parameters();
        TrainingWorkspace ws = run.workspace();
        long start = System.nanoTime();
        Document evaluation = ws.readEvaluation();
        Split split = ws.readSplit();
        AlsModelState state = ws.loadFinalState(split, p);
        String modelId = "als-" + p.runId();
        int version = models.versionFor(modelId);
        AlsData data = split.train().toAlsData();
        models.storeArtifact(modelId, artifact(split, data, state));
        List<UserTopList> tops = new TopListBuilder(split, data, state, p.als().rank(), p.als().latentRank()).build(LIST_LENGTH);
        for (int from = 0; from < tops.size(); from += BULK) {
            models.storeUserLists(modelId, tops.subList(from, Math.min(tops.size(), from + BULK)));
        }
        Document model = ModelMetadata.of(modelId, version, run, p, evaluation, tops.size(), (System.nanoTime() - start) / 1e9);
        // Serving refreshes, after the swap, every user whose events were applied after this instant.
        ws.readSnapshotTime().ifPresent(at -> model.append("snapshotAt", Date.from(at)));
        ws.readSparkMaster().ifPresent(master -> model.append("sparkMaster", master));
        ws.readTuning().ifPresent(t -> model.append("tuning", t));
        models.storeMetadata(model);
        if (p.activate()) {
            models.activate(modelId, version);
            activated.fire(new ModelActivated(modelId, version));
            lists.publish(tops, version);
        }
        ws.delete();
        String status = ModelMetadata.status(version, p.activate(), p.k(), evaluation);
        job.setExitStatus(status);
        return status;
    }

    /** The factors with their ids, each item's training count (popularity) and its BM25 totals. */
    private static ModelArtifact artifact(Split split, AlsData data, AlsModelState state) {
        int[] counts = new int[data.numItems()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = data.byItem().rowLength(i);
        }
        return new ModelArtifact(ids(split.train().users()), ids(split.train().items()), counts,
                Bm25.itemTotals(data.byItem()), state);
    }

    private static List<String> ids(IdDictionary d) {
        List<String> ids = new ArrayList<>(d.size());
        for (int i = 0; i < d.size(); i++) {
            ids.add(d.id(i));
        }
        return ids;
    }
}
