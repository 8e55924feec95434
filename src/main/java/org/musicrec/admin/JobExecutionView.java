package org.musicrec.admin;

import jakarta.batch.runtime.JobExecution;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import java.util.List;
import java.util.Map;

/**
 * One job execution as {@code /api/admin/jobs} answers it. In the job list only the summary is
 * given: {@code parameters} and {@code steps} are null there, and so absent from the JSON, as are
 * {@code start} and {@code end} while the execution has none.
 */
@JsonbPropertyOrder({"executionId", "job", "status", "exitStatus", "start", "end", "parameters", "steps"})
public record JobExecutionView(long executionId, String job, String status, String exitStatus, String start, String end,
                               Map<String, String> parameters, List<Step> steps) {

    static JobExecutionView summary(JobExecution e) {
        return new JobExecutionView(e.getExecutionId(), e.getJobName(), String.valueOf(e.getBatchStatus()),
                String.valueOf(e.getExitStatus()),
                e.getStartTime() == null ? null : e.getStartTime().toInstant().toString(),
                e.getEndTime() == null ? null : e.getEndTime().toInstant().toString(), null, null);
    }

    JobExecutionView withDetail(Map<String, String> parameters, List<Step> steps) {
        return new JobExecutionView(executionId, job, status, exitStatus, start, end, parameters, steps);
    }

    /**
     * One step; its metric counts (read_count, write_count, ...) sit beside step and status in the
     * JSON, by name, and {@code expected} is absent while the step has not said how many items it has.
     */
    @JsonbTypeSerializer(Step.Flat.class)
    public record Step(String step, String status, String exitStatus, Map<String, Long> counts, Long expected) {

        /** Writes the counts as fields of the step itself, which JSON-B's record mapping cannot. */
        public static final class Flat implements JsonbSerializer<Step> {
            @Override
            public void serialize(Step s, JsonGenerator g, SerializationContext ctx) {
                g.writeStartObject().write("step", s.step()).write("status", s.status()).write("exitStatus", s.exitStatus());
                s.counts().forEach(g::write);
                if (s.expected() != null) {
                    g.write("expected", s.expected());
                }
                g.writeEnd();
            }
        }
    }
}
