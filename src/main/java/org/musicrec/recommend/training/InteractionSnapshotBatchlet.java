package org.musicrec.recommend.training;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.musicrec.events.Interaction;
import org.musicrec.events.mongo.MongoInteractionStore;
import org.musicrec.platform.mongo.MongoClientHolder;
import org.musicrec.recommend.eval.IdDictionary;
import org.musicrec.recommend.eval.InteractionFile;
import org.musicrec.recommend.eval.Interactions;

/**
 * Step 1 of {@code train-als}: the interactions as they are now, frozen into {@code snapshot.tsv}
 * ({@code user item value}), so that the later steps (and a restart of them) all see one data set
 * while events keep arriving. Implicit runs take every interaction with a positive weight (the value
 * is the weight); explicit runs every interaction with a rating. Documents are read in {@code _id}
 * order, so the same interactions always give the same file.
 */
@Named
@Dependent
public class InteractionSnapshotBatchlet extends AbstractBatchlet {

    @Inject
    TrainingRun run;

    @Inject
    MongoClientHolder mongo;

    @Override
    public String process() throws Exception {
        TrainingParameters p = run.parameters();
        TrainingWorkspace ws = run.workspace();
        // Taken before the read: whatever is applied from now on may be missing from the snapshot.
        Instant startedAt = Instant.now();
        boolean implicit = p.als().implicit();
        MongoCollection<Document> interactions = mongo.database().getCollection(MongoInteractionStore.INTERACTIONS);
        Bson filter = implicit ? Filters.gt("score", 0) : Filters.exists("rating");
        Interactions rows = new Interactions(new IdDictionary(), new IdDictionary());
        for (Document d : interactions.find(filter)
                .projection(Projections.include("userId", "trackId", "rating", "plays", "skips", "completes", "likes", "dislikes"))
                .sort(Sorts.ascending("_id"))) {
            String user = d.getString("userId");
            String track = d.getString("trackId");
            if (user == null || track == null) {
                continue;
            }
            float value;
            if (implicit) {
                value = Interaction.score(num(d, "plays"), num(d, "skips"), num(d, "completes"), num(d, "likes"), num(d, "dislikes"));
                if (value <= 0) {
                    continue;
                }
            } else {
                if (!(d.get("rating") instanceof Number r)) {
                    continue;
                }
                value = r.floatValue();
            }
            rows.add(rows.users().indexOf(user), rows.items().indexOf(track), value, Interactions.NO_TIMESTAMP);
        }
        if (rows.size() == 0) {
            throw new IllegalStateException("nothing to train on: no interactions with "
                    + (implicit ? "a positive weight" : "a rating") + " in '" + MongoInteractionStore.INTERACTIONS + "'");
        }
        TrainingWorkspace.writeRows(ws.snapshot(), rows);
        ws.writeSnapshotTime(startedAt);
        String status = rows.size() + " interactions, " + rows.users().size() + " users, " + rows.items().size() + " tracks";
        return status;
    }

    private static long num(Document d, String key) {
        return d.get(key) instanceof Number n ? n.longValue() : 0;
    }
}
