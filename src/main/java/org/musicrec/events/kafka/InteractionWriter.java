package org.musicrec.events.kafka;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.enterprise.event.Event;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.musicrec.events.InteractionPartitionsAssigned;
import org.musicrec.events.InteractionsApplied;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.musicrec.events.mongo.ApplyReport;
import org.musicrec.events.mongo.MongoInteractionStore;
import org.musicrec.platform.kafka.IncomingRecord;
import org.musicrec.platform.kafka.RecordPublisher;
import org.musicrec.platform.kafka.TopicSubscriber;
import org.musicrec.platform.kafka.Topics;
import org.musicrec.platform.mongo.MongoClientHolder;

/**
 * Consumer group {@code musicrec-interactions}: folds activity events into per-(user, track)
 * interactions in MongoDB through {@link MongoInteractionStore}, which makes each event count exactly
 * once in effect however often the loop redelivers a batch (or hands its records over one by one
 * after a permanent failure). Poison records go to the dead-letter topic (acknowledged before the
 * batch's marks move past them), so the stream never stalls: those the store finds by checking each
 * record before the batch's writes, and any record that fails alone in a way no retry mends
 * ({@link #rejected}).
 */
@ApplicationScoped
public class InteractionWriter implements TopicSubscriber {

    public static final String GROUP = "musicrec-interactions";
    private static final Logger LOG = Logger.getLogger(InteractionWriter.class.getName());

    @Inject
    Topics topics;

    @Inject
    MongoClientHolder mongo;

    @Inject
    RecordPublisher publisher;

    @Inject
    ActivityMetrics metrics;

    @Inject
    @ConfigProperty(name = "musicrec.events.interactions.conditional-writes", defaultValue = "true")
    boolean conditionalWrites;

    @Inject
    Event<InteractionsApplied> applied;

    @Inject
    Event<InteractionPartitionsAssigned> assigned;

    private volatile MongoInteractionStore store;

    @Override
    public String topic() {
        return topics.activity();
    }

    @Override
    public String groupId() {
        return GROUP;
    }

    @Override
    public void handle(List<IncomingRecord> batch) {
        String deadLetter = topics.deadLetter();
        ApplyReport report = store().apply(batch, rejected -> {
            publisher.publishAll(DeadLetters.of(deadLetter, rejected));
            metrics.deadLettered(rejected.size());
        });
        if (report.alreadyApplied() > 0 || report.belowPartitionMark() > 0) {
            LOG.fine(() -> "redelivered records recognised: " + report);
        }
        // Serving folds these users in; asynchronously, so the loop commits without waiting for it.
        Set<String> users = new HashSet<>();
        batch.forEach(r -> {
            if (r.key() != null) {
                users.add(r.key());
            }
        });
        if (!users.isEmpty()) {
            applied.fireAsync(new InteractionsApplied(Set.copyOf(users), report.written()));
        }
    }

    @Override
    public void rejected(IncomingRecord record, String reason) {
        publisher.publish(DeadLetters.of(topics.deadLetter(), record, reason));
        metrics.deadLettered(1);
    }

    /** Synchronous: serving forgets what it holds before any record of the new partitions is applied. */
    @Override
    public void assigned(Set<Integer> partitions) {
        assigned.fire(new InteractionPartitionsAssigned(partitions));
    }

    /** Built on first use, not at deploy, so the application starts while the store is down. */
    private MongoInteractionStore store() {
        MongoInteractionStore s = store;
        if (s == null) {
            s = new MongoInteractionStore(mongo.database(), GROUP,
                    conditionalWrites ? MongoInteractionStore.Writes.CONDITIONAL : MongoInteractionStore.Writes.SINGLE_WRITER);
            s.createIndexes();
            store = s;
        }
        return s;
    }
}
