package org.musicrec.platform.batch;

import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import java.time.Instant;

/**
 * Something a batch job skipped or refused (a malformed row, an undecodable file, an unsafe
 * archive entry), kept in {@code job_problems} so the admin console can show it. The id is derived
 * from (execution, item) so that a chunk re-processed after a restart records it once.
 */
@Entity("job_problems")
public class JobProblem {

    @Id
    private String id;
    @Column
    private String job;
    @Column
    private long executionId;
    @Column
    private long instanceId;
    @Column
    private String step;
    @Column
    private String item;
    @Column
    private long line;
    @Column
    private String reason;
    @Column
    private long atEpochMs;

    public JobProblem() {
    }

    public JobProblem(String job, long instanceId, long executionId, String step, String item, long line, String reason) {
        this.id = instanceId + "/" + step + "/" + item + (line > 0 ? ":" + line : "");
        this.job = job;
        this.instanceId = instanceId;
        this.executionId = executionId;
        this.step = step;
        this.item = item;
        this.line = line;
        this.reason = reason;
        this.atEpochMs = Instant.now().toEpochMilli();
    }

    public String getId() {
        return id;
    }

    public String getJob() {
        return job;
    }

    public long getExecutionId() {
        return executionId;
    }

    public long getInstanceId() {
        return instanceId;
    }

    public String getStep() {
        return step;
    }

    public String getItem() {
        return item;
    }

    public long getLine() {
        return line;
    }

    public String getReason() {
        return reason;
    }

    public long getAtEpochMs() {
        return atEpochMs;
    }
}
