package org.musicrec.recommend.serving;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.musicrec.events.InteractionsApplied;
import org.musicrec.platform.kafka.OutgoingRecord;
import org.musicrec.platform.kafka.RecordPublisher;
import org.musicrec.platform.kafka.Topics;

/**
 * Keeps answers fresh: when the consumer has applied a user's events, folds the user in against
 * the active model's item factors (or re-blends their cold-start list), so the next request
 * reflects the event, and publishes the new list on the {@code recommendations} topic
 * ({@code {userId, items, modelVersion, strategy, at}}, keyed by user) for downstream consumers.
 * Runs on the CDI async executor, so the consumer loop never waits for it; a failed refresh keeps
 * the user's previous list and is logged.
 */
@ApplicationScoped
public class FreshRecommendations {
    private static final Logger LOG = Logger.getLogger(FreshRecommendations.class.getName());
    /** Length of the published list. */
    static final int PUBLISHED = 10;

    @Inject
    Recommender recommender;

    @Inject
    RecordPublisher publisher;

    @Inject
    Topics topics;

    void onApplied(@ObservesAsync InteractionsApplied event) {
        List<OutgoingRecord> out = new ArrayList<>();
        for (String user : event.userIds()) {
            try {
                out.add(record(recommender.refresh(user, PUBLISHED)));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "fold-in of user " + user + " failed; the previous list stays", e);
            }
        }
        if (!out.isEmpty()) {
            try {
                publisher.publishAll(out);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "could not publish " + out.size() + " recommendation updates: " + e.getMessage());
            }
        }
    }

    OutgoingRecord record(Recommendations r) {
        return new OutgoingRecord(topics.recommendations(), r.userId(),
                RecommendationMessage.json(r.userId(), r.items(), r.modelVersion(), r.strategy(), Instant.now()));
    }
}
