package org.musicrec.events.kafka;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * One read per batch finds the ids already stored (a find per record was two round trips per event
 * on the consumer's path, next to the interaction writes).
 * Records that can never be read go to the dead-letter topic with the reason in a header, so the
 * stream never stalls on one.
 */
@ApplicationScoped
public class ActivityLogWriter implements TopicSubscriber {

    public static final String REASON_HEADER = DeadLetters.REASON_HEADER;
    /** Ids per {@code $in} read (a batch is at most {@code musicrec.kafka.max-poll-records}, 500 by default). */
    private static final int IDS_PER_READ = 500;

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
        Map<String, ActivityLogEntry> entries = new LinkedHashMap<>(); // the first copy of an id in the batch wins
        for (IncomingRecord r : batch) {
            ActivityEvent event;
            try {
                event = ActivityEventCodec.decode(r.value());
            } catch (PoisonRecordException e) {
                poison.add(DeadLetters.of(topics.deadLetter(), r, e.getMessage()));
                continue;
            }
            entries.putIfAbsent(event.eventId(), ActivityLogEntry.of(event, r.partition(), r.offset()));
        }
        Set<String> stored = storedIds(new ArrayList<>(entries.keySet()));
        List<ActivityLogEntry> fresh = entries.values().stream().filter(e -> !stored.contains(e.getId())).toList();
        if (!fresh.isEmpty()) {
            template.insert(fresh);
        }
        if (!poison.isEmpty()) {
            publisher.publishAll(poison); // acknowledged before the batch is committed
        }
    }

    private Set<String> storedIds(List<String> ids) {
        Set<String> stored = new HashSet<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_READ) {
            template.select(ActivityLogEntry.class).where("id").in(ids.subList(from, Math.min(ids.size(), from + IDS_PER_READ)))
                    .<ActivityLogEntry>result().forEach(e -> stored.add(e.getId()));
        }
        return stored;
    }
}
