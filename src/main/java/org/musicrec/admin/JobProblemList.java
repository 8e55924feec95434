package org.musicrec.admin;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.musicrec.platform.batch.JobProblem;

/** What a job instance recorded as skipped or refused items, over all its executions. */
@JsonbPropertyOrder({"instanceId", "problems"})
public record JobProblemList(long instanceId, List<Problem> problems) {

    @JsonbPropertyOrder({"step", "item", "line", "reason", "executionId"})
    public record Problem(String step, String item, long line, String reason, long executionId) {

        static Problem of(JobProblem p) {
            return new Problem(p.getStep(), p.getItem(), p.getLine(), p.getReason(), p.getExecutionId());
        }
    }
}
