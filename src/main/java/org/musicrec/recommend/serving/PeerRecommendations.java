package org.musicrec.recommend.serving;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.musicrec.platform.NodeIdentity;
import org.musicrec.platform.kafka.IncomingRecord;
import org.musicrec.platform.kafka.TopicSubscriber;
import org.musicrec.platform.kafka.Topics;

/**
 * Freshness on every node: the activity partitions are spread over the nodes, so the node that
 * applies a listener's events is often not the one their next request reaches. Each node reads the
 * {@code recommendations} topic in a consumer group of its own ({@code musicrec-fresh-<node id>}),
 * and for every list another node published (the {@link #NODE_HEADER} header) drops what it holds
 * for that listener: the served answer ({@link Recommender#forget}, which also keeps an answer
 * computed concurrently from being kept) and the cached history ({@link ListenerHistories#forget}).
 * The next request on this node recomputes the answer from MongoDB, where the publishing node had
 * made the events durable before it published. Cheaper alternatives (installing the published list)
 * would miss the user's folded-in vector, which genre filters score with.
 *
 * <p>Records written before this node started are passed over (give or take a minute of clock
 * difference between nodes): answers computed since then read the store anyway. A new group starts
 * at the topic's beginning, so without that a first start would forget every listener ever published.
 */
@ApplicationScoped
public class PeerRecommendations implements TopicSubscriber {

    /** Header naming the node that published a list. */
    public static final String NODE_HEADER = "musicrec-node";
    static final String GROUP_PREFIX = "musicrec-fresh-";
    /** Clock difference between nodes tolerated when passing over records older than this node. */
    static final long CLOCK_SLACK_MILLIS = 60_000;

    @Inject
    Topics topics;

    @Inject
    NodeIdentity node;

    @Inject
    Recommender recommender;

    @Inject
    ListenerHistories histories;

    private final long startedAt = System.currentTimeMillis();

    @Override
    public String topic() {
        return topics.recommendations();
    }

    @Override
    public String groupId() {
        return GROUP_PREFIX + node.id();
    }

    @Override
    public void handle(List<IncomingRecord> batch) {
        Set<String> users = peersChanged(batch, node.id(), startedAt - CLOCK_SLACK_MILLIS);
        if (!users.isEmpty()) {
            histories.forget(users);
            recommender.forget(users);
        }
    }

    /** The listeners whose lists another node published since {@code notBefore}. */
    static Set<String> peersChanged(List<IncomingRecord> batch, String self, long notBefore) {
        Set<String> users = new LinkedHashSet<>();
        for (IncomingRecord r : batch) {
            String from = r.headers().get(NODE_HEADER);
            if (r.key() != null && !self.equals(from) && r.timestamp() >= notBefore) {
                users.add(r.key());
            }
        }
        return users;
    }
}
