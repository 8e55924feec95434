package org.musicrec.recommend.training;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import org.musicrec.events.ListeningHistory;
import org.musicrec.recommend.eval.IdDictionary;
import org.musicrec.recommend.eval.Interactions;

/**
 * Step 1 of {@code train-als}: the interactions as they are now, frozen into {@code snapshot.tsv}
 * ({@code user item value}), so that the later steps (and a restart of them) all see one data set
 * while events keep arriving. Implicit runs take every interaction with a positive weight (the value
 * is the weight); explicit runs every interaction with a rating. The history hands them over in
 * a fixed order, so the same interactions always give the same file.
 */
@Named
@Dependent
public class InteractionSnapshotBatchlet extends AbstractBatchlet {

    @Inject
    TrainingRun run;

    @Inject
    ListeningHistory history;

    @Override
    public String process() throws Exception {
        TrainingParameters p = run.parameters();
        TrainingWorkspace ws = run.workspace();
        // Taken before the read: whatever is applied from now on may be missing from the snapshot.
        Instant startedAt = Instant.now();
        boolean implicit = p.als().implicit();
        Interactions rows = new Interactions(new IdDictionary(), new IdDictionary());
        history.forEachTrainingValue(implicit, (user, track, value) ->
                rows.add(rows.users().indexOf(user), rows.items().indexOf(track), value, Interactions.NO_TIMESTAMP));
        if (rows.size() == 0) {
            throw new IllegalStateException("nothing to train on: no interactions with "
                    + (implicit ? "a positive weight" : "a rating") + " in 'interactions'");
        }
        ws.writeSnapshot(rows);
        ws.writeSnapshotTime(startedAt);
        String status = rows.size() + " interactions, " + rows.users().size() + " users, " + rows.items().size() + " tracks";
        return status;
    }
}
