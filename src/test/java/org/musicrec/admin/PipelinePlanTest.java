package org.musicrec.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelinePlanTest {

    private static JsonObject json(String s) {
        return Json.createReader(new StringReader(s)).readObject();
    }

    @Test
    void stagesInPipelineOrderWithTheirParameters() {
        List<PipelineRun.Stage> plan = PipelineRunner.plan(json(
                "{\"stages\":[{\"job\":\"catalog-import\",\"parameters\":{\"source\":\"/f\",\"batchSize\":50}},{\"job\":\"fit-pca\"}]}"));
        assertEquals(List.of("catalog-import", "fit-pca"), plan.stream().map(PipelineRun.Stage::job).toList());
        assertEquals("50", plan.get(0).parameters().getProperty("batchSize"));
        assertTrue(plan.get(1).parameters().isEmpty());
    }

    @Test
    void badPlansAreRefusedWithTheReason() {
        assertThrows(IllegalArgumentException.class, () -> PipelineRunner.plan(json("{}")));
        assertThrows(IllegalArgumentException.class, () -> PipelineRunner.plan(json("{\"stages\":[]}")));
        IllegalArgumentException order = assertThrows(IllegalArgumentException.class,
                () -> PipelineRunner.plan(json("{\"stages\":[{\"job\":\"fit-pca\"},{\"job\":\"catalog-import\"}]}")));
        assertTrue(order.getMessage().contains("order"), order.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> PipelineRunner.plan(json("{\"stages\":[{\"job\":\"fit-pca\"},{\"job\":\"fit-pca\"}]}")));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> PipelineRunner.plan(json("{\"stages\":[{\"job\":\"rm-rf\"}]}")));
        assertTrue(unknown.getMessage().contains("rm-rf"));
        assertThrows(IllegalArgumentException.class,
                () -> PipelineRunner.plan(json("{\"stages\":[{\"job\":\"fit-pca\",\"parameters\":[1]}]}")));
    }

    @Test
    void aRunReportsItsStages() {
        PipelineRun run = new PipelineRun(PipelineRunner.plan(json("{\"stages\":[{\"job\":\"catalog-import\"},{\"job\":\"fit-pca\"}]}")));
        run.launched(0, 12);
        run.status(0, "FAILED");
        run.end(PipelineRun.State.FAILED, "catalog-import ended FAILED");
        PipelineRunView j = run.view();
        assertEquals("failed", j.state());
        assertEquals(12L, j.stages().get(0).executionId());
        assertEquals("PENDING", j.stages().get(1).status());
        assertTrue(j.endedAt() != null);
    }
}
