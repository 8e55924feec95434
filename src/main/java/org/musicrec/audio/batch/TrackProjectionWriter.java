package org.musicrec.audio.batch;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bson.Document;
import org.musicrec.audio.pca.PcaModel;
import org.musicrec.platform.mongo.MongoClientHolder;

/** Projects each track with the active PCA model and stores its coordinates and the model version. */
@Named
@Dependent
public class TrackProjectionWriter extends AbstractItemWriter {

    @Inject
    MongoClientHolder mongo;

    private PcaModel model;
    private int version;

    @Override
    public void writeItems(List<Object> items) {
        if (model == null) {
            Document active = PcaModels.active(mongo.database().getCollection(PcaFitBatchlet.MODELS));
            if (active == null) {
                throw new IllegalStateException("no active PCA model: run the fit step first");
            }
            model = PcaModel.fromMap(active);
            version = active.getInteger("version");
        }
        MongoCollection<Document> tracks = mongo.database().getCollection(TrackFeaturesWriter.TRACKS);
        List<WriteModel<Document>> writes = new ArrayList<>(items.size());
        for (Object item : items) {
            Document d = (Document) item;
            double[] values = d.getList("features", Number.class).stream().mapToDouble(Number::doubleValue).toArray();
            writes.add(new UpdateOneModel<>(Filters.eq("_id", d.get("_id")), Updates.combine(
                    Updates.set("pcaCoordinates", Arrays.stream(model.project(values)).boxed().toList()),
                    Updates.set("pcaModelVersion", version))));
        }
        if (!writes.isEmpty()) {
            tracks.bulkWrite(writes);
        }
    }
}
