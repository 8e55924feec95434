package org.musicrec.audio.batch;

import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.bson.Document;
import org.musicrec.platform.mongo.MongoClientHolder;

/** Reads tracks with features in id order; the checkpoint is the last id read. */
@Named
@Dependent
public class TrackProjectionReader extends AbstractItemReader {

    @Inject
    MongoClientHolder mongo;

    private MongoCursor<Document> cursor;
    private Long lastId;

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint instanceof Long l ? l : null;
        var filter = lastId == null ? Filters.exists("features") : Filters.and(Filters.exists("features"), Filters.gt("_id", lastId));
        cursor = mongo.database().getCollection(TrackFeaturesWriter.TRACKS).find(filter)
                .projection(Projections.include("features")).sort(Sorts.ascending("_id")).iterator();
    }

    @Override
    public Object readItem() {
        if (!cursor.hasNext()) {
            return null;
        }
        Document d = cursor.next();
        lastId = ((Number) d.get("_id")).longValue();
        return d;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }

    @Override
    public void close() {
        if (cursor != null) {
            cursor.close();
        }
    }
}
