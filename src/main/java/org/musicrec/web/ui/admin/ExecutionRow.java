package org.musicrec.web.ui.admin;

import org.musicrec.admin.JobExecutionView;
import java.util.Set;

/** One line of the executions table, read from the admin API's execution summary (JobControl). */
public record ExecutionRow(long executionId, String job, String status, String exitStatus, String start, String end) {

    private static final Set<String> RUNNING = Set.of("STARTING", "STARTED");
    private static final Set<String> RESTARTABLE = Set.of("FAILED", "STOPPED");

    static ExecutionRow of(JobExecutionView e) {
        return new ExecutionRow(e.executionId(), orEmpty(e.job()), orEmpty(e.status()), orEmpty(e.exitStatus()),
                shortTime(orEmpty(e.start())), shortTime(orEmpty(e.end())));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** 2026-12-01T12:00:00.123Z -> 2026-12-01 12:00:00 (UTC), readable in a table. */
    static String shortTime(String iso) {
        if (iso.length() < 19) {
            return iso;
        }
        return iso.substring(0, 10) + " " + iso.substring(11, 19);
    }

    public boolean isRunning() {
        return RUNNING.contains(status);
    }

    public boolean isRestartable() {
        return RESTARTABLE.contains(status);
    }

    public long getExecutionId() {
        return executionId;
    }

    public String getJob() {
        return job;
    }

    public String getStatus() {
        return status;
    }

    public String getExitStatus() {
        return exitStatus;
    }

    public String getStart() {
        return start;
    }

    public String getEnd() {
        return end;
    }
}
