package org.musicrec.admin;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * {@code /api/admin/pipeline}: a run with its stages, or only {@code {"state":"idle"}} before any.
 * {@code endedAt} is absent while the run runs; a stage's {@code executionId} until it is launched.
 */
@JsonbPropertyOrder({"state", "startedAt", "message", "stages", "endedAt"})
public record PipelineRunView(String state, String startedAt, String message, List<Stage> stages, String endedAt) {

    static PipelineRunView idle() {
        return new PipelineRunView("idle", null, null, null, null);
    }

    @JsonbPropertyOrder({"job", "status", "executionId"})
    public record Stage(String job, String status, Long executionId) {
    }
}
