package org.musicrec.events.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.musicrec.events.ActivityEvent;
import org.musicrec.events.replay.EventSink;
import org.musicrec.platform.kafka.KafkaClients;
import org.musicrec.platform.kafka.MessagingUnavailableException;

/**
 * Sends replayed events on the activity topic (key = user id) with its own producer, for tools that
 * run outside the container; the settings are the application's ({@code ProducerProperties}). Every
 * {@code batch} events it waits for the broker's acknowledgements, so {@link #acknowledged()} is an
 * exact count of what is durably on the topic when a send fails.
 */
public final class KafkaReplaySink implements EventSink, AutoCloseable {

    private final KafkaProducer<String, String> producer;
    private final String topic;
    private final int batch;
    private final long timeoutMs;
    private final List<Future<RecordMetadata>> pending = new ArrayList<>();
    private long acknowledged;

    public KafkaReplaySink(Properties producerProperties, String topic, int batch, long timeoutMs) {
        this.producer = KafkaClients.create(() -> new KafkaProducer<>(producerProperties, new StringSerializer(), new StringSerializer()));
        this.topic = topic;
        this.batch = batch;
        this.timeoutMs = timeoutMs;
    }

    @Override
    public void accept(ActivityEvent e) {
        try {
            pending.add(producer.send(new ProducerRecord<>(topic, e.userId(), e.toJson().toString())));
        } catch (KafkaException ex) {
            throw new MessagingUnavailableException("the broker refused a record: " + ex.getMessage(), ex);
        }
        if (pending.size() >= batch) {
            flush();
        }
    }

    /** Waits for every pending acknowledgement; throws when one does not come within the bound. */
    public void flush() {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        try {
            for (Future<RecordMetadata> f : pending) {
                f.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                acknowledged++;
            }
            pending.clear();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new MessagingUnavailableException("interrupted while waiting for the broker", ex);
        } catch (ExecutionException ex) {
            throw new MessagingUnavailableException("the broker did not acknowledge: " + ex.getCause().getMessage(), ex.getCause());
        } catch (TimeoutException ex) {
            throw new MessagingUnavailableException("no acknowledgement within " + timeoutMs + " ms", ex);
        }
    }

    public long acknowledged() {
        return acknowledged;
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
