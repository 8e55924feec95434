package org.musicrec.recommend.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicrec.recommend.als.AlsData;
import org.musicrec.recommend.als.AlsModelState;
import org.musicrec.recommend.als.AlsParams;
import org.musicrec.recommend.als.AlsTrainer;
import org.musicrec.recommend.als.Confidence;
import org.musicrec.recommend.als.Solver;
import org.musicrec.recommend.als.WorkPlan;

/**
 * The training step's resume path without the container: solving units through a session, saving
 * after each, then "dying" at any unit and resuming from the saved state in a new session (a new
 * trainer, the fixed side recomputed) ends with exactly the factors of an uninterrupted run.
 */
class TrainingResumeTest {

    @TempDir
    Path work;

    private static AlsData data() {
        Random r = new Random(3);
        int users = 90;
        int items = 70;
        int n = 1200;
        int[] u = new int[n];
        int[] i = new int[n];
        float[] v = new float[n];
        for (int k = 0; k < n; k++) {
            u[k] = r.nextInt(users);
            i[k] = r.nextInt(items);
            v[k] = 1 + r.nextInt(30);
        }
        return AlsData.of(users, items, u, i, v);
    }

    private static final AlsParams PARAMS = new AlsParams(6, 0.1, 1.5, 4, 11L, true, Confidence.LOG);

    private AlsModelState runUntil(AlsData data, TrainingWorkspace ws, AlsModelState start, int stopBefore) {
        return runUntil(data, PARAMS, ws, start, stopBefore);
    }

    private AlsModelState runUntil(AlsData data, AlsParams params, TrainingWorkspace ws, AlsModelState start, int stopBefore) {
        try (AlsTrainer trainer = new AlsTrainer(data, params, 2, 32)) {
            TrainingSession s = new TrainingSession(trainer, start == null ? trainer.initialState() : start, ws, 0);
            WorkPlan plan = trainer.plan();
            for (int u = s.state.nextUnit(); u < Math.min(stopBefore, plan.size()); u++) {
                s.solve(plan.unit(u));
                s.save();
            }
            return s.state;
        }
    }

    /** Both solvers; CG's warm start reads the saved factors of the side it solves, so it must resume exactly too. */
    @Test
    void resumingFromAnySavedUnitGivesTheUninterruptedModel() throws IOException {
        AlsData data = data();
        for (AlsParams params : new AlsParams[] {PARAMS, PARAMS.withSolver(Solver.CG)}) {
            String solver = params.solver().label();
            TrainingWorkspace straight = new TrainingWorkspace(work, "straight-" + solver);
            AlsModelState expected = runUntil(data, params, straight, null, Integer.MAX_VALUE);
            int units = new WorkPlan(data.numUsers(), data.numItems(), params.iterations(), 32).size();
            assertTrue(units > 8, "several units per iteration: " + units);
            for (int kill : new int[] {1, 3, units / 2, units - 1}) {
                TrainingWorkspace ws = new TrainingWorkspace(work, "killed-" + solver + "-" + kill);
                runUntil(data, params, ws, null, kill);
                AlsModelState restored = ws.loadState(kill);
                AlsModelState resumed = runUntil(data, params, ws, restored, Integer.MAX_VALUE);
                assertEquals(units, resumed.nextUnit());
                assertArrayEquals(expected.userFactors(), resumed.userFactors(), solver + ", killed before unit " + kill);
                assertArrayEquals(expected.itemFactors(), resumed.itemFactors(), solver + ", killed before unit " + kill);
            }
        }
    }

    @Test
    void keepsOnlyTheTwoNewestStatesAndRefusesAMissingOne() throws IOException {
        AlsData data = data();
        TrainingWorkspace ws = new TrainingWorkspace(work, "keep");
        runUntil(data, ws, null, 5);
        assertTrue(Files.exists(ws.state(5)));
        assertTrue(Files.exists(ws.state(4)), "the previous state stays: the checkpoint may still name it");
        assertFalse(Files.exists(ws.state(3)));
        assertEquals(5, ws.newestState());
        IOException e = assertThrows(IOException.class, () -> ws.loadState(2));
        assertTrue(e.getMessage().contains("unit 2"), e.getMessage());
        assertTrue(ws.trainNanos() > 0);
        ws.delete();
        assertFalse(Files.exists(ws.dir()));
    }
}
