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
 * returned. When the handler fails (the store is down, say) the consumer seeks back to the batch's
 * first offsets and retries with a growing pause, so nothing is committed that was not written.
 */
final class ConsumerLoop implements Runnable {

    private static final Logger LOG = Logger.getLogger(ConsumerLoop.class.getName());
    private static final long MAX_BACKOFF_MS = 5_000;

    private final TopicSubscriber subscriber;
    private final Properties config;
    private final ConsumerStatus status;
    private volatile boolean running = true;
    private volatile KafkaConsumer<String, String> consumer;

    ConsumerLoop(TopicSubscriber subscriber, Properties config) {
        this.subscriber = subscriber;
        this.config = config;
        this.status = new ConsumerStatus(subscriber.groupId(), subscriber.topic());
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
                status.polled(Instant.now(), lag(c));
                if (records.isEmpty()) {
                    continue;
                }
                try {
                    subscriber.handle(convert(records));
                    c.commitSync(nextOffsets(records));
                    status.handled(records.count());
                    backoff = 100;
                } catch (WakeupException e) {
                    throw e;
                } catch (Exception e) {
                    status.failed(e.toString());
                    LOG.log(Level.WARNING, "consumer " + subscriber.groupId() + " failed on a batch of "
                            + records.count() + ", will retry: " + e);
                    rewind(c, records);
                    sleep(backoff);
                    backoff = Math.min(MAX_BACKOFF_MS, backoff * 2);
                }
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
            Map<String, String> headers = new HashMap<>();
            for (Header h : r.headers()) {
                headers.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
            }
            batch.add(new IncomingRecord(r.topic(), r.partition(), r.offset(), r.key(), r.value(), r.timestamp(), headers));
        }
        return batch;
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

    private static long lag(KafkaConsumer<String, String> c) {
        long total = 0;
        for (TopicPartition tp : c.assignment()) {
            total += c.currentLag(tp).orElse(0);
        }
        return total;
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
