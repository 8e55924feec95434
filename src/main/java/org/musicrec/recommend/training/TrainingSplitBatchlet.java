package org.musicrec.recommend.training;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.musicrec.recommend.eval.Interactions;
import org.musicrec.recommend.eval.Split;

/**
 * Step 2 of {@code train-als}: the seeded split of the snapshot (explicit: a random 80/20 of the
 * ratings; implicit: 20% of the items of each user with at least 5, see {@link Split}) into
 * {@code train.tsv} and {@code test.tsv}, training ids first, so that reading train then test with
 * shared dictionaries numbers the users and items exactly as the trainer and the evaluation expect.
 */
@Named
@Dependent
public class TrainingSplitBatchlet extends AbstractBatchlet {

    @Inject
    TrainingRun run;

    @Override
    public String process() throws Exception {
        TrainingParameters p = run.parameters();
        TrainingWorkspace ws = run.workspace();
        Interactions all = ws.readSnapshot();
        Split split = (p.als().implicit() ? Split.implicit(all, p.splitSeed()) : Split.explicit(all, p.splitSeed())).trainFirst();
        ws.writeSplit(split);
        return "train " + split.train().size() + ", test " + split.test().size();
    }

}
