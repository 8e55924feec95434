package org.musicrec.events.kafka;

import java.util.List;
import java.util.Map;
import org.musicrec.events.RejectedRecord;
import org.musicrec.platform.kafka.IncomingRecord;
import org.musicrec.platform.kafka.OutgoingRecord;

/**
 * The dead-letter form of a record that can never be applied: same key and value, the reason in the
 * {@code musicrec-error} header and where it came from in {@code musicrec-source}. Shared by every
 * subscriber of the activity topic so the dead-letter topic reads the same whoever rejected a record.
 */
public final class DeadLetters {

    public static final String REASON_HEADER = "musicrec-error";
    public static final String SOURCE_HEADER = "musicrec-source";

    private DeadLetters() {
    }

    public static OutgoingRecord of(String deadLetterTopic, IncomingRecord r, String reason) {
        return new OutgoingRecord(deadLetterTopic, r.key(), r.value() == null ? "" : r.value(),
                Map.of(REASON_HEADER, reason == null ? "unknown" : reason,
                        SOURCE_HEADER, r.topic() + "/" + r.partition() + "@" + r.offset()));
    }

    public static List<OutgoingRecord> of(String deadLetterTopic, List<RejectedRecord> rejected) {
        return rejected.stream().map(x -> of(deadLetterTopic, x.record(), x.reason())).toList();
    }
}
