package org.musicrec.platform.kafka;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Consumer loops' statuses and settings made by hand, for tests outside this package (readiness). */
public final class ConsumerStatuses {

    private ConsumerStatuses() {
    }

    /** One loop with one partition, committed at {@code committed} and ending at {@code end} since {@code since}. */
    public static ConsumerStatus of(String group, String topic, long committed, long end, Instant since, String lastError) {
        ConsumerStatus s = new ConsumerStatus(group, topic);
        if (lastError != null) {
            s.failed(lastError);
        }
        s.offsets(Map.of(0, committed), Map.of(0, end), since);
        return s;
    }

    public static ConsumerLoops loops(List<ConsumerStatus> statuses) {
        return new ConsumerLoops() {
            @Override
            public List<ConsumerStatus> statuses() {
                return statuses;
            }
        };
    }

    public static KafkaSettings settings(String stuckAfter) {
        KafkaSettings s = new KafkaSettings();
        s.stuckAfter = stuckAfter;
        return s;
    }
}
