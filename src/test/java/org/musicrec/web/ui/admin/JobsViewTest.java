package org.musicrec.web.ui.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.musicrec.admin.JobControl;
import org.musicrec.admin.JobExecutionView;
import org.musicrec.admin.JobList;
import org.musicrec.admin.JobProblemList;
import org.musicrec.admin.PipelineRunView;

class JobsViewTest {

    /** Records what the view asked for; two jobs deployed, one past execution. */
    static final class RecordingControl implements JobControl {
        final List<String> calls = new ArrayList<>();
        JsonObject lastParameters;
        JsonObject lastPlan;
        RuntimeException failure;

        @Override
        public JobList jobs() {
            return new JobList(List.of(
                    new JobList.Job("catalog-import", List.of(new JobExecutionView(4, "catalog-import", "FAILED", "x",
                            "2026-12-01T12:00:00.123Z", null, null, null))),
                    new JobList.Job("fit-pca", List.of())));
        }

        private static JobExecutionView executionOf(long id) {
            return new JobExecutionView(id, null, null, null, null, null, null, null);
        }

        @Override
        public JobExecutionView start(String job, JsonObject parameters) {
            calls.add("start " + job);
            if (failure != null) {
                throw failure;
            }
            lastParameters = parameters;
            return executionOf(9);
        }

        @Override
        public JobExecutionView execution(long executionId) {
            return executionOf(executionId);
        }

        @Override
        public JobExecutionView restart(long executionId) {
            calls.add("restart " + executionId);
            return executionOf(executionId + 1);
        }

        @Override
        public JobExecutionView stop(long executionId) {
            calls.add("stop " + executionId);
            return executionOf(executionId);
        }

        @Override
        public JobProblemList problems(long executionId) {
            return new JobProblemList(1, List.of(new JobProblemList.Problem("tracks", "tracks.csv", 7, "bad id", executionId)));
        }

        @Override
        public PipelineRunView runPipeline(JsonObject plan) {
            lastPlan = plan;
            return new PipelineRunView("running", "2026-12-01T12:00:00Z", "", List.of(), null);
        }

        @Override
        public PipelineRunView pipeline() {
            return new PipelineRunView("idle", null, null, null, null);
        }
    }

    @Test
    void formsCarryTheDefaultsAndBlankFieldsAreNotSent() {
        RecordingControl c = new RecordingControl();
        JobsView v = JobsView.of(c, "/data");
        assertEquals("500", v.getValues().get("catalog-import").get("batchSize"));
        assertEquals("/data/audio-real", v.getValues().get("extract-features").get("audioDir"));
        v.getValues().get("catalog-import").put("source", "  /x/fma  ");
        v.launch("catalog-import");
        assertEquals("{\"source\":\"/x/fma\",\"batchSize\":\"500\",\"skipLimit\":\"1000\"}", c.lastParameters.toString());
        assertEquals(9, v.getWatched(), "the new execution is watched");
        assertFalse(v.isError());
    }

    @Test
    void theNewestExecutionIsWatchedFirstWithItsProblems() {
        JobsView v = JobsView.of(new RecordingControl(), "/data");
        assertEquals(4, v.getWatched());
        ExecutionRow row = v.getExecutions().get(0);
        assertTrue(row.isRestartable());
        assertEquals("2026-12-01 12:00:00", row.getStart());
        assertEquals("bad id", v.getProblems().get(0).reason());
        assertEquals(java.util.Set.of("catalog-import", "fit-pca"), v.getAvailable());
    }

    @Test
    void anOverlongValueIsRefusedAndAFailureIsSaid() {
        RecordingControl c = new RecordingControl();
        JobsView v = JobsView.of(c, "/data");
        v.getValues().get("catalog-import").put("source", "x".repeat(JobsView.MAX_VALUE + 1));
        v.launch("catalog-import");
        assertTrue(v.isError());
        assertTrue(v.getMessage().contains("longer than"), v.getMessage());
        assertEquals(List.of(), c.calls, "nothing launched");

        c.failure = new IllegalStateException("no job named catalog-import");
        v.getValues().get("catalog-import").put("source", "/ok");
        v.launch("catalog-import");
        assertEquals("could not launch catalog-import: no job named catalog-import", v.getMessage());
    }

    @Test
    void thePipelineSendsTheTickedJobsInOrder() {
        RecordingControl c = new RecordingControl();
        JobsView v = JobsView.of(c, "/data");
        v.runPipeline();
        assertTrue(v.isError(), "nothing ticked");
        v.getInPipeline().put("fit-pca", true);
        v.getInPipeline().put("catalog-import", true);
        v.getValues().get("catalog-import").put("source", "/s");
        v.runPipeline();
        assertEquals(List.of("catalog-import", "fit-pca"),
                c.lastPlan.getJsonArray("stages").stream().map(s -> s.asJsonObject().getString("job")).toList());
        assertEquals("0.9", c.lastPlan.getJsonArray("stages").getJsonObject(1).getJsonObject("parameters").getString("explainedVariance"));
    }

    @Test
    void stopAndRestartGoToTheControl() {
        RecordingControl c = new RecordingControl();
        JobsView v = JobsView.of(c, "/data");
        v.stop(4);
        v.restart(4);
        assertEquals(List.of("stop 4", "restart 4"), c.calls);
        assertEquals(5, v.getWatched());
    }
}
