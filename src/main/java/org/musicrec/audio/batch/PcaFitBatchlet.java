package org.musicrec.audio.batch;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.musicrec.audio.FeatureColumns;
import org.musicrec.audio.pca.PcaFitter;
import org.musicrec.audio.pca.PcaModel;
import org.musicrec.platform.mongo.MongoClientHolder;

/**
 * Fits standardisation + PCA on every track that has features and stores the model as the next
 * version in {@code pca_models} (keyed by the job instance, so a re-run of this step after a
 * restart replaces its own version instead of adding one). Keeps components up to the explained
 * variance asked for (default 0.90) and at least 2, for the map.
 */
@Named
@Dependent
public class PcaFitBatchlet extends AbstractBatchlet {

    static final String MODELS = "pca_models";

    @Inject
    @BatchProperty
    String explainedVariance;

    @Inject
    JobContext job;

    @Inject
    MongoClientHolder mongo;

    @Override
    public String process() {
        MongoCollection<Document> tracks = mongo.database().getCollection(TrackFeaturesWriter.TRACKS);
        List<double[]> rows = new ArrayList<>();
        for (Document d : tracks.find(Filters.exists("features")).projection(Projections.include("features")).sort(Sorts.ascending("_id"))) {
            List<?> f = d.getList("features", Number.class);
            if (f.size() == FeatureColumns.count()) {
                rows.add(f.stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray());
            }
        }
        if (rows.size() < 3) {
            throw new IllegalStateException("PCA needs at least 3 tracks with features, found " + rows.size());
        }
        double target = explainedVariance == null || explainedVariance.isBlank() ? 0.90 : Double.parseDouble(explainedVariance);
        PcaModel model = new PcaFitter(target, 2, Clock.systemUTC())
                .fit(FeatureColumns.all().stream().map(FeatureColumns.Column::key).toList(), rows.toArray(double[][]::new));
        PcaModels.store(mongo.database().getCollection(MODELS), job.getInstanceId(), model);
        String status = "fitted on " + model.trackCount() + " tracks, " + model.componentCount() + " components, "
                + String.format(java.util.Locale.ROOT, "%.3f", model.totalExplainedRatio()) + " of the variance";
        job.setExitStatus(status);
        return status;
    }
}
