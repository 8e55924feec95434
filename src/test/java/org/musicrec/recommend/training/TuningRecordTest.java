package org.musicrec.recommend.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicrec.recommend.als.AlsParams;
import org.musicrec.recommend.tuning.CandidateStore;
import org.musicrec.recommend.tuning.HyperparameterSearch;
import org.musicrec.recommend.tuning.SearchSpace;

/** What a tuned train-als run records in its version, and how the winner reaches the later steps. */
class TuningRecordTest {

    @Test
    void theStoredDocumentListsEveryCandidateAndTheWinnerBecomesTheParameters(@TempDir Path work) throws Exception {
        Properties props = new Properties();
        props.setProperty("tune", "true");
        props.setProperty("candidates", "5");
        props.setProperty("budgetSeconds", "60");
        props.setProperty("cgSteps", "4");
        TrainingParameters given = TrainingParameters.of(props, "run-1");
        assertEquals(new TrainingParameters.Tuning(true, 5, 60), given.tuning());

        SearchSpace space = SearchSpace.defaultsFor(given.als());
        HyperparameterSearch.Settings s = new HyperparameterSearch.Settings(space, given.als().seed(), 5, 60, true, 1, 1);
        HyperparameterSearch.Outcome o = HyperparameterSearch.search(s, (p, it, t) -> p.rank() / 1000.0,
                CandidateStore.inMemory(), (r, reused, e) -> { });
        Document doc = AlsTuningBatchlet.document(o, "ndcg@10", s, 0);
        List<Document> candidates = doc.getList("candidates", Document.class);
        assertEquals(5, candidates.size());
        assertEquals(o.winner().index(), doc.get("winner", Document.class).getInteger("index"));
        // 5 candidates: one bracket of two rungs, 5 then the best ceil(5/3) = 2 fully = 7 evaluations.
        assertEquals(7, doc.getInteger("evaluations"));

        TrainingWorkspace ws = new TrainingWorkspace(work, given.runId());
        ws.writeTuning(doc);
        AlsParams winner = ws.readTuningWinner(given.als()).orElseThrow();
        assertEquals(o.winner().params().rank(), winner.rank());
        assertEquals(o.winner().params().reg(), winner.reg());
        assertEquals(o.winner().params().iterations(), winner.iterations());
        assertEquals(4, winner.cgSteps(), "settings outside the ranges stay as given");
    }

    @Test
    void anExplicitWinnerWithBiasesKeepsThemInTheParametersAndTheRecord(@TempDir Path work) throws Exception {
        Properties props = new Properties();
        props.setProperty("implicit", "false");
        props.setProperty("tune", "true");
        TrainingParameters given = TrainingParameters.of(props, "run-2");
        SearchSpace space = SearchSpace.defaultsFor(given.als());
        HyperparameterSearch.Settings s = new HyperparameterSearch.Settings(space, given.als().seed(), 9, 0, false, 1, 1);
        // Lower is better: the biased candidate of lowest rank wins.
        HyperparameterSearch.Outcome o = HyperparameterSearch.search(s, (p, it, t) -> (p.biases() ? 0 : 1000) + p.rank(),
                CandidateStore.inMemory(), (r, reused, e) -> { });
        assertTrue(o.winner().params().biases(), o.winner().toString());
        Document doc = AlsTuningBatchlet.document(o, "rmse", s, 0);
        assertEquals(true, doc.get("winner", Document.class).getBoolean("biases"));
        TrainingWorkspace ws = new TrainingWorkspace(work, given.runId());
        ws.writeTuning(doc);
        AlsParams winner = ws.readTuningWinner(given.als()).orElseThrow();
        assertEquals(o.winner().params(), winner);
    }

    @Test
    void withoutTuneNothingIsSearched() {
        assertEquals(TrainingParameters.Tuning.OFF, TrainingParameters.of(new Properties(), "x").tuning());
    }
}
