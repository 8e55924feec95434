package org.musicrec.admin;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.musicrec.platform.lease.JobLease;

/**
 * {@code GET /api/admin/jobs/cluster}: the node answering, and every lease in force in the cluster
 * (a job, or the pipeline, with the node and execution running it). Execution ids are those of the
 * holding node's job repository.
 */
@JsonbPropertyOrder({"node", "running"})
public record ClusterJobs(String node, List<Running> running) {

    @JsonbPropertyOrder({"name", "node", "execution", "since", "leaseUntil"})
    public record Running(String name, String node, long execution, String since, String leaseUntil) {
        static Running of(JobLease l) {
            return new Running(l.name(), l.node(), l.execution(), l.acquiredAt().toString(), l.expiresAt().toString());
        }
    }
}
