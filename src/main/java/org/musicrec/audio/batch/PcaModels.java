package org.musicrec.audio.batch;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.musicrec.audio.pca.PcaModel;

/**
 * Versions of the PCA model in {@code pca_models}: one document per fitting job instance, numbered,
 * the newest marked active. Tracks added later are projected with the active model, not refitted.
 */
final class PcaModels {
    private PcaModels() {
    }

    static void store(MongoCollection<Document> models, long jobInstance, PcaModel model) {
        String id = "pca-" + jobInstance;
        Document existing = models.find(Filters.eq("_id", id)).first();
        Document last = models.find().sort(Sorts.descending("version")).first();
        int version = existing != null ? existing.getInteger("version") : last != null ? last.getInteger("version") + 1 : 1;
        Document doc = new Document(model.toMap()).append("_id", id).append("version", version).append("active", true);
        models.replaceOne(Filters.eq("_id", id), doc, new ReplaceOptions().upsert(true));
        models.updateMany(Filters.and(Filters.ne("_id", id), Filters.eq("active", true)), Updates.set("active", false));
    }

    static Document active(MongoCollection<Document> models) {
        return models.find(Filters.eq("active", true)).sort(Sorts.descending("version")).first();
    }
}
