package org.musicrec.recommend.training;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.musicrec.platform.kafka.OutgoingRecord;
import org.musicrec.platform.kafka.RecordPublisher;
import org.musicrec.platform.kafka.Topics;
import org.musicrec.recommend.model.RankedItem;
import org.musicrec.recommend.model.RecommendationMessage;
import org.musicrec.recommend.model.UserTopList;

/**
 * Announces every user's new list on the recommendations topic (keyed by user, the first
 * {@link #ANNOUNCED} items). A failure fails the calling step, and its restart publishes again:
 * consumers see at least once, with the model version to tell repeats apart.
 */
@Dependent
public class TopListPublisher {
    /** Items per announced list. */
    static final int ANNOUNCED = 10;
    private static final int RECORDS_PER_SEND = 1000;

    @Inject
    RecordPublisher publisher;

    @Inject
    Topics topics;

    public void publish(List<UserTopList> lists, int version) {
        List<OutgoingRecord> out = new ArrayList<>();
        Instant at = Instant.now();
        for (UserTopList l : lists) {
            List<RankedItem> top = new ArrayList<>();
            for (int i = 0; i < Math.min(ANNOUNCED, l.items().size()); i++) {
                top.add(new RankedItem(l.items().get(i), l.scores().get(i), null));
            }
            out.add(new OutgoingRecord(topics.recommendations(), l.userId(),
                    RecommendationMessage.json(l.userId(), top, version, "als", at)));
            if (out.size() >= RECORDS_PER_SEND) {
                publisher.publishAll(out);
                out.clear();
            }
        }
        if (!out.isEmpty()) {
            publisher.publishAll(out);
        }
    }
}
