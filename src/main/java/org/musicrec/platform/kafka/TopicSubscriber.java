package org.musicrec.platform.kafka;

import java.util.List;

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
}
