package org.musicrec.platform.kafka;

import java.util.List;
import java.util.Set;

/**
 * A consumer of one topic, as a CDI bean; the platform runs one consumer loop per subscriber.
 * {@link #handle} must make its effect durable before it returns: the loop commits the batch's
 * offsets only afterwards. On a transient exception it re-delivers the same batch after a back-off;
 * on a permanent one ({@link Failures}) it hands the batch's records over again one at a time, and
 * a record that fails alone goes to {@link #rejected}. Handlers must therefore be idempotent per
 * record: a record of a failed batch may have taken effect and is handed over again.
 */
public interface TopicSubscriber {

    String topic();

    /** The consumer group; each subscriber has its own so they progress independently. */
    String groupId();

    void handle(List<IncomingRecord> batch) throws Exception;

    /**
     * Takes a record that failed on its own in a way no retry mends, with the reason: the subscriber
     * makes it durable elsewhere (a dead-letter topic) before returning, and the loop commits past it.
     * The default has nowhere to put it and throws, so the loop keeps retrying the record: such a
     * subscriber stalls on it, visibly (lag, readiness), rather than lose it.
     */
    default void rejected(IncomingRecord record, String reason) throws Exception {
        throw new UnsupportedOperationException(groupId() + " has no dead-letter route for " + record.topic() + "/"
                + record.partition() + "@" + record.offset() + " (" + reason + ")");
    }

    /**
     * The group has just given this consumer these partitions (at its start and after every rebalance),
     * before any of their records are handed over: what another instance applied meanwhile may be news
     * here. Called on the poll thread; must be quick and must not throw.
     */
    default void assigned(Set<Integer> partitions) {
    }
}
