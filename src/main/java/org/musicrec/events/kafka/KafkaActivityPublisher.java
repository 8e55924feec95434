package org.musicrec.events.kafka;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.musicrec.events.ActivityEvent;
import org.musicrec.events.ActivityPublisher;
import org.musicrec.platform.kafka.OutgoingRecord;
import org.musicrec.platform.kafka.RecordPublisher;
import org.musicrec.platform.kafka.Topics;

/** Publishes events on the activity topic keyed by user, so one user's events stay in order. */
@ApplicationScoped
public class KafkaActivityPublisher implements ActivityPublisher {

    @Inject
    RecordPublisher publisher;

    @Inject
    Topics topics;

    @Inject
    ActivityMetrics metrics;

    @Override
    public void publish(List<ActivityEvent> events) {
        publisher.publishAll(events.stream()
                .map(e -> new OutgoingRecord(topics.activity(), e.userId(), e.toJson().toString()))
                .toList());
        metrics.accepted(events.size()); // only reached once the broker acknowledged them all
    }
}
