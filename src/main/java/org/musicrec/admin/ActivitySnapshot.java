package org.musicrec.admin;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.musicrec.platform.kafka.ConsumerStatus;

/** {@code GET /api/admin/activity}: the activity pipeline's rates, totals and lag, and each consumer loop. */
@JsonbPropertyOrder({"eventsPerSecond", "consumedTotal", "lag", "deadLetters", "acceptedPerSecond", "acceptedTotal",
        "windowSeconds", "loops"})
public record ActivitySnapshot(double eventsPerSecond, long consumedTotal, long lag, long deadLetters,
                               double acceptedPerSecond, long acceptedTotal, int windowSeconds, List<Loop> loops) {

    /** One consumer loop; {@code lastPoll} and {@code lastError} are absent until it has one. */
    @JsonbPropertyOrder({"group", "topic", "running", "recordsHandled", "recordsPerSecond", "failures", "lag", "lastPoll",
            "lastError"})
    public record Loop(String group, String topic, boolean running, long recordsHandled, double recordsPerSecond,
                       long failures, long lag, String lastPoll, String lastError) {

        static Loop of(ConsumerStatus s) {
            return new Loop(s.groupId(), s.topic(), s.running(), s.recordsHandled(), s.recordsPerSecond(), s.failures(),
                    s.lag(), s.lastPoll() == null ? null : s.lastPoll().toString(), s.lastError());
        }
    }
}
