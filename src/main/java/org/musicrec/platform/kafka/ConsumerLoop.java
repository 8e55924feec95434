package org.musicrec.platform.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * One poll loop for one subscriber: poll, hand the batch over, commit only after the handler
 * returned. When the handler fails transiently (the store is down, say) the consumer seeks back to
 * the batch's first offsets and retries with a growing pause, so nothing is committed that was not
 * written. When it fails in a way no retry mends ({@link Failures}), the records are handed over
 * one at a time: each that succeeds counts (an idempotent handler makes the second delivery of one
 * that took effect in the failed batch harmless), each that fails alone goes to the subscriber's
 * dead-letter route, and the loop commits past them all; one record never stalls a partition.
 */
final class ConsumerLoop implements Runnable {

    private static final Logger LOG = Logger.getLogger(ConsumerLoop.class.getName());
    private static final long MAX_BACKOFF_MS = 5_000;

    private final TopicSubscriber subscriber;
    private final Properties config;
    private final ConsumerStatus status;
    private volatile boolean running = true;
    private volatile KafkaConsumer<String, String> consumer;
    private final GroupOffsets offsets;

    ConsumerLoop(TopicSubscriber subscriber, Properties config) {
        this.subscriber = subscriber;
        this.config = config;
        this.status = new ConsumerStatus(subscriber.groupId(), subscriber.topic());
        this.offsets = new GroupOffsets(subscriber.groupId(), status);
    }

    ConsumerStatus status() {
        return status;
    }

    @Override
    public void run() {
        status.running(true);
        long restartBackoff = 1_000;
        try {
            // An unexpected failure of the client itself (not of a batch) closes it and starts a
            // fresh one after a pause: the loop never stops for good while the application runs.
            while (running) {
                try {
                    pollUntilStopped();
                } catch (WakeupException e) {
                    return;
                } catch (RuntimeException e) {
                    status.failed(e.toString());
                    LOG.log(Level.SEVERE, "consumer " + subscriber.groupId() + " failed, restarting it", e);
                    sleep(restartBackoff);
                    restartBackoff = Math.min(MAX_BACKOFF_MS * 6, restartBackoff * 2);
                }
            }
        } finally {
            status.running(false);
        }
    }

    private void pollUntilStopped() {
        try (KafkaConsumer<String, String> c = KafkaClients.create(() -> new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer()))) {
            consumer = c;
            c.subscribe(List.of(subscriber.topic()), new Assignments());
            long backoff = 100;
            while (running) {
                ConsumerRecords<String, String> records = c.poll(Duration.ofMillis(500));
                status.polled(Instant.now());
                offsets.read(c);
                if (records.isEmpty()) {
                    continue;
                }
                try {
                    subscriber.handle(convert(records));
                    c.commitSync(nextOffsets(records));
                    status.handled(records.count());
                    backoff = 100;
                    continue;
                } catch (WakeupException e) {
                    throw e;
                } catch (Exception e) {
                    if (Failures.permanent(e)) {
                        LOG.log(Level.WARNING, "consumer " + subscriber.groupId() + ": a batch of " + records.count()
                                + " failed in a way no retry mends (" + Failures.reason(e) + "); handling its records one by one");
                        if (oneByOne(c, records)) {
                            backoff = 100;
                            continue;
                        }
                    } else {
                        status.failed(e.toString());
                        LOG.log(Level.WARNING, "consumer " + subscriber.groupId() + " failed on a batch of "
                                + records.count() + ", will retry: " + e);
                        rewind(c, records);
                    }
                }
                sleep(backoff);
                backoff = Math.min(MAX_BACKOFF_MS, backoff * 2);
            }
        } finally {
            consumer = null;
        }
    }

    /** Tells the subscriber of every assignment; a failure there is logged, never thrown into the poll. */
    private final class Assignments implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            Set<Integer> numbers = partitions.stream().map(TopicPartition::partition).collect(Collectors.toUnmodifiableSet());
            try {
                subscriber.assigned(numbers);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "consumer " + subscriber.groupId() + ": the subscriber failed on an assignment", e);
            }
        }
    }

    /**
     * After a batch failed permanently: each record alone, in offset order per partition. A record
     * that fails permanently on its own goes to {@link TopicSubscriber#rejected}, which makes it
     * durable before the commit moves past it. Commits every record done; on a transient failure
     * (of a record, or of the dead-letter route) seeks each partition back to its first record not
     * done and returns false, for the caller to back off.
     */
    private boolean oneByOne(KafkaConsumer<String, String> c, ConsumerRecords<String, String> records) {
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        try {
            for (TopicPartition tp : records.partitions()) {
                for (ConsumerRecord<String, String> r : records.records(tp)) {
                    IncomingRecord in = convert(r);
                    try {
                        subscriber.handle(List.of(in));
                        status.handled(1);
                    } catch (WakeupException e) {
                        throw e;
                    } catch (Exception e) {
                        if (!Failures.permanent(e)) {
                            throw e;
                        }
                        String reason = Failures.reason(e);
                        subscriber.rejected(in, reason);
                        status.rejected(reason);
                        LOG.log(Level.WARNING, "consumer " + subscriber.groupId() + ": " + tp + "@" + r.offset()
                                + " can never be applied, handed to the dead-letter route: " + reason);
                    }
                    done.put(tp, new OffsetAndMetadata(r.offset() + 1));
                }
            }
            c.commitSync(done);
            return true;
        } catch (WakeupException e) {
            throw e;
        } catch (Exception e) {
            status.failed(e.toString());
            LOG.log(Level.WARNING, "consumer " + subscriber.groupId() + " failed while handling records one by one, will retry "
                    + "from the first not done: " + e);
            if (!done.isEmpty()) {
                try {
                    c.commitSync(done); // spares the dead-letter route a second copy of what it took
                } catch (WakeupException w) {
                    throw w;
                } catch (org.apache.kafka.common.KafkaException ignored) {
                    // redelivered then, and handled again harmlessly
                }
            }
            for (TopicPartition tp : records.partitions()) {
                OffsetAndMetadata d = done.get(tp);
                c.seek(tp, d != null ? d.offset() : records.records(tp).get(0).offset());
            }
            return false;
        }
    }

    void stop() {
        running = false;
        KafkaConsumer<String, String> c = consumer;
        if (c != null) {
            c.wakeup();
        }
    }

    private static List<IncomingRecord> convert(ConsumerRecords<String, String> records) {
        List<IncomingRecord> batch = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> r : records) {
            batch.add(convert(r));
        }
        return batch;
    }

    private static IncomingRecord convert(ConsumerRecord<String, String> r) {
        Map<String, String> headers = new HashMap<>();
        for (Header h : r.headers()) {
            headers.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
        }
        return new IncomingRecord(r.topic(), r.partition(), r.offset(), r.key(), r.value(), r.timestamp(), headers);
    }

    private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(ConsumerRecords<String, String> records) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition tp : records.partitions()) {
            List<ConsumerRecord<String, String>> part = records.records(tp);
            offsets.put(tp, new OffsetAndMetadata(part.get(part.size() - 1).offset() + 1));
        }
        return offsets;
    }

    private static void rewind(KafkaConsumer<String, String> c, ConsumerRecords<String, String> records) {
        for (TopicPartition tp : records.partitions()) {
            c.seek(tp, records.records(tp).get(0).offset());
        }
    }

    private void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
