package org.musicrec.admin;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** {@code GET /api/admin/jobs}: every deployed job, by name, with the summaries of its executions. */
public record JobList(List<Job> jobs) {

    @JsonbPropertyOrder({"job", "executions"})
    public record Job(String job, List<JobExecutionView> executions) {
    }
}
