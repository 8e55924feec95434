package org.musicrec.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;

/** The batch jobs through the admin API, as the scenarios drive them: launch, stop, restart, wait for the end. */
final class AdminJobs {

    private final Http admin;

    AdminJobs(Http admin) {
        this.admin = admin;
    }

    /** Launches a job and returns its execution id. */
    long launch(String job, String params) {
        Http.Answer r = admin.post("api/admin/jobs/" + job, params);
        assertEquals(202, r.status(), r.body());
        return r.json().getJsonNumber("executionId").longValue();
    }

    void stop(long executionId) {
        admin.post("api/admin/jobs/executions/" + executionId + "/stop", "");
    }

    /** Restarts an execution from its checkpoint and returns the new execution's id. */
    long restart(long executionId) {
        Http.Answer r = admin.post("api/admin/jobs/executions/" + executionId + "/restart", "");
        assertEquals(202, r.status(), r.body());
        return r.json().getJsonNumber("executionId").longValue();
    }

    JsonObject awaitEnd(long executionId) {
        return awaitEnd(executionId, Duration.ofMinutes(5));
    }

    JsonObject awaitEnd(long executionId, Duration timeout) {
        return Poll.until(timeout, () -> admin.get("api/admin/jobs/executions/" + executionId).json(),
                j -> List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED").contains(j.getString("status")),
                "execution " + executionId + " to end");
    }

    String problems(long executionId) {
        return admin.get("api/admin/jobs/executions/" + executionId + "/problems").body();
    }
}
