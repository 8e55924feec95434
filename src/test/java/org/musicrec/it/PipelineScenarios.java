package org.musicrec.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.musicrec.tools.generate.FmaMetadataGenerator;

/**
 * POST /api/admin/pipeline: a plan out of order refused, then catalog-import and replay-history
 * run as one run, the second launched only after the first completed; a run whose first stage
 * fails stops there.
 */
final class PipelineScenarios {

    private final Http admin;

    PipelineScenarios(Http admin) {
        this.admin = admin;
    }

    void runsStagesInOrderAndStopsAtAFailure(Path work) throws Exception {
        Http.Answer bad = admin.post("api/admin/pipeline", "{\"stages\":[{\"job\":\"replay-history\"},{\"job\":\"catalog-import\"}]}");
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.json().getString("detail").contains("order"), bad.body());

        FmaMetadataGenerator.Summary s = new FmaMetadataGenerator(FmaMetadataGenerator.Settings.scaled(150, 3)).write(work.resolve("fma"));
        Path history = Files.createDirectories(work).resolve("history.csv");
        Files.writeString(history, "user,track,type,at\npipe-u1,1,play,2026-11-30T10:00:00Z\npipe-u2,2,like,2026-11-30T10:01:00Z\n");
        Http.Answer started = admin.post("api/admin/pipeline", "{\"stages\":[{\"job\":\"catalog-import\",\"parameters\":{\"source\":\""
                + s.directory() + "\"}},{\"job\":\"replay-history\",\"parameters\":{\"file\":\"" + history + "\",\"format\":\"csv\"}}]}");
        assertEquals(202, started.status(), started.body());
        JsonObject run = await();
        assertEquals("completed", run.getString("state"), run.toString());
        JsonObject first = execution(run, 0), second = execution(run, 1);
        assertEquals("COMPLETED", first.getString("status"));
        assertEquals("COMPLETED", second.getString("status"));
        assertTrue(!Instant.parse(second.getString("start")).isBefore(Instant.parse(first.getString("end"))),
                "replay-history started after catalog-import ended: " + first + " " + second);

        admin.post("api/admin/pipeline", "{\"stages\":[{\"job\":\"catalog-import\",\"parameters\":{\"source\":\"" + work.resolve("absent")
                + "\"}},{\"job\":\"replay-history\",\"parameters\":{\"file\":\"" + history + "\"}}]}");
        JsonObject failed = await();
        assertEquals("failed", failed.getString("state"), failed.toString());
        assertEquals("PENDING", failed.getJsonArray("stages").getJsonObject(1).getString("status"), "the later stage never ran");
    }

    private JsonObject await() {
        return Poll.until(Duration.ofMinutes(3), () -> admin.get("api/admin/pipeline").json(),
                j -> !"running".equals(j.getString("state")), "the pipeline run to end");
    }

    private JsonObject execution(JsonObject run, int stage) {
        long id = run.getJsonArray("stages").getJsonObject(stage).getJsonNumber("executionId").longValue();
        return admin.get("api/admin/jobs/executions/" + id).json();
    }
}
