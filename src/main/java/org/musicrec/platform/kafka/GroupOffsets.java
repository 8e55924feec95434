package org.musicrec.platform.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;

/**
 * Reads, for a consumer loop's status, the group's committed offsets and the end offsets of the
 * partitions assigned to it, from the broker. Not the consumer's own position or cached lag: a loop
 * that rewinds to a record it cannot get past sits at a position the fetcher has no lag for, and
 * showed none.
 */
final class GroupOffsets {

    private static final Logger LOG = Logger.getLogger(GroupOffsets.class.getName());
    /** How often the broker is asked, and how long each answer may take (the poll thread waits for it). */
    private static final Duration EVERY = Duration.ofSeconds(1);
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final String groupId;
    private final ConsumerStatus status;
    private long nextNanos = System.nanoTime();

    GroupOffsets(String groupId, ConsumerStatus status) {
        this.groupId = groupId;
        this.status = status;
    }

    /**
     * At most every {@link #EVERY}, on the poll thread. The end is as the consumer's isolation level
     * sees it; a partition without a commit yet counts from its first offset. When the broker does
     * not answer, the last figures stay.
     */
    void read(KafkaConsumer<String, String> c) {
        long now = System.nanoTime();
        if (now - nextNanos < 0) {
            return;
        }
        nextNanos = now + EVERY.toNanos();
        Set<TopicPartition> assigned = c.assignment();
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = assigned.isEmpty() ? Map.of() : c.committed(assigned, TIMEOUT);
            Map<TopicPartition, Long> end = assigned.isEmpty() ? Map.of() : c.endOffsets(assigned, TIMEOUT);
            Set<TopicPartition> uncommitted = assigned.stream().filter(tp -> committed.get(tp) == null).collect(Collectors.toSet());
            Map<TopicPartition, Long> first = uncommitted.isEmpty() ? Map.of() : c.beginningOffsets(uncommitted, TIMEOUT);
            Map<Integer, Long> committedBy = new HashMap<>();
            Map<Integer, Long> endBy = new HashMap<>();
            for (TopicPartition tp : assigned) {
                OffsetAndMetadata o = committed.get(tp);
                Long e = end.get(tp);
                Long from = o != null ? Long.valueOf(o.offset()) : first.get(tp);
                if (e != null && from != null) {
                    committedBy.put(tp.partition(), from);
                    endBy.put(tp.partition(), e);
                }
            }
            status.offsets(committedBy, endBy, Instant.now());
        } catch (WakeupException e) {
            throw e;
        } catch (KafkaException e) {
            LOG.log(Level.FINE, "consumer " + groupId + ": offsets not read, the last figures stay", e);
        }
    }
}
