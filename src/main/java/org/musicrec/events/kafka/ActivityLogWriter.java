package org.musicrec.events.kafka;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jnosql.mapping.document.DocumentTemplate;
import org.musicrec.events.ActivityEvent;
import org.musicrec.events.ActivityEventCodec;
import org.musicrec.events.ActivityLogEntry;
import org.musicrec.events.PoisonRecordException;
import org.musicrec.platform.kafka.IncomingRecord;
import org.musicrec.platform.kafka.OutgoingRecord;
import org.musicrec.platform.kafka.RecordPublisher;
import org.musicrec.platform.kafka.TopicSubscriber;
import org.musicrec.platform.kafka.Topics;

/**
 * Stores every activity event in {@code activity_log}, once: the event id is the document id, so a
 * redelivered record (crash before commit, rebalance, replay) is recognised and not stored again.
 * Records that can never be read go to the dead-letter topic with the reason in a header, so the
 * stream never stalls on one.
 */
@ApplicationScoped
public class ActivityLogWriter implements TopicSubscriber {

    public static final String REASON_HEADER = DeadLetters.REASON_HEADER;

    @Inject
    Topics topics;

    @Inject
    DocumentTemplate template;

    @Inject
    RecordPublisher publisher;

    @Override
    public String topic() {
        return topics.activity();
    }

    @Override
    public String groupId() {
        return "musicrec-activity-log";
    }

    @Override
    public void handle(List<IncomingRecord> batch) {
        List<OutgoingRecord> poison = new ArrayList<>();
        for (IncomingRecord r : batch) {
            ActivityEvent event;
            try {
                event = ActivityEventCodec.decode(r.value());
            } catch (PoisonRecordException e) {
                poison.add(DeadLetters.of(topics.deadLetter(), r, e.getMessage()));
                continue;
            }
            if (template.find(ActivityLogEntry.class, event.eventId()).isEmpty()) {
                template.insert(ActivityLogEntry.of(event, r.partition(), r.offset()));
            }
        }
        if (!poison.isEmpty()) {
            publisher.publishAll(poison); // acknowledged before the batch is committed
        }
    }

    /** A record that failed alone in a way no retry mends (a store refusal, say): on the dead-letter topic, acknowledged. */
    @Override
    public void rejected(IncomingRecord record, String reason) {
        publisher.publish(DeadLetters.of(topics.deadLetter(), record, reason));
    }
}
