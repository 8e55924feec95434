package org.musicrec.platform.kafka;

import java.util.List;
import java.util.Set;

/**
 * A consumer of one topic, as a CDI bean; the platform runs one consumer loop per subscriber.
 * {@link #handle} must make its effect durable before it returns: the loop commits the batch's
 * offsets only afterwards, and on an exception re-delivers the same batch after a back-off.
 * Handlers must therefore be idempotent per record.
 */
public interface TopicSubscriber {

    String topic();

    /** The consumer group; each subscriber has its own so they progress independently. */
    String groupId();

    void handle(List<IncomingRecord> batch) throws Exception;

    /**
     * The group has just given this consumer these partitions (at its start and after every rebalance),
     * before any of their records are handed over: what another instance applied meanwhile may be news
     * here. Called on the poll thread; must be quick and must not throw.
     */
    default void assigned(Set<Integer> partitions) {
    }
}
