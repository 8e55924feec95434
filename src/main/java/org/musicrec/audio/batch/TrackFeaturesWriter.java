package org.musicrec.audio.batch;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.musicrec.audio.pca.PcaModel;
import org.musicrec.platform.mongo.MongoClientHolder;

/**
 * Stores each chunk's features on the tracks in one bulk write: set on the catalogue's track, or a
 * placeholder track (flagged {@code placeholder}) for audio the catalogue does not know. An upsert
 * by id, so a chunk replayed after a restart rewrites the same values and never duplicates a track.
 * Each track also records the job instance that stored it ({@value #INSTANCE}): a restart's readers
 * skip those files (see {@link AudioPartitionMapper} for why partition checkpoints cannot serve).
 * Field names are those of org.musicrec.catalog.Track.
 */
@Named
@Dependent
public class TrackFeaturesWriter extends AbstractItemWriter {

    static final String TRACKS = "tracks";
    static final String INSTANCE = "featuresJobInstance";

    /** The audio paths whose features job instance {@code instanceId} has stored (committed chunks). */
    static Set<String> storedBy(MongoDatabase db, long instanceId) {
        Set<String> paths = new HashSet<>();
        for (Document d : db.getCollection(TRACKS).find(Filters.eq(INSTANCE, instanceId))
                .projection(Projections.include("audioPath"))) {
            paths.add(d.getString("audioPath"));
        }
        return paths;
    }

    @Inject
    MongoClientHolder mongo;

    @Inject
    JobContext job;

    private PcaModel pca;
    private Integer pcaVersion;

    @Override
    public void open(java.io.Serializable checkpoint) {
        // Tracks added after a PCA fit are placed on the map with the stored model, without refitting.
        Document active = PcaModels.active(mongo.database().getCollection(PcaFitBatchlet.MODELS));
        if (active != null) {
            pca = PcaModel.fromMap(active);
            pcaVersion = active.getInteger("version");
        }
    }

    @Override
    public void writeItems(List<Object> items) {
        List<WriteModel<Document>> writes = new ArrayList<>(items.size());
        for (Object item : items) {
            ExtractedTrack t = (ExtractedTrack) item;
            List<Bson> updates = new ArrayList<>(List.of(
                    Updates.set("features", Arrays.stream(t.features()).boxed().toList()),
                    Updates.set("audioPath", t.audioPath()),
                    Updates.set("featuresAt", new Date()),
                    Updates.set(INSTANCE, job.getInstanceId()),
                    Updates.setOnInsert("placeholder", true),
                    Updates.setOnInsert("title", "track " + t.trackId())));
            if (pca != null) {
                updates.add(Updates.set("pcaCoordinates", Arrays.stream(pca.project(t.features())).boxed().toList()));
                updates.add(Updates.set("pcaModelVersion", pcaVersion));
            }
            writes.add(new UpdateOneModel<>(Filters.eq("_id", t.trackId()), Updates.combine(updates),
                    new UpdateOptions().upsert(true)));
        }
        if (!writes.isEmpty()) {
            mongo.database().getCollection(TRACKS).bulkWrite(writes);
        }
    }
}
