package org.musicrec.platform.kafka;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Owns the application's one Kafka producer (idempotent, acks=all). {@link #publishAll} returns only
 * once the broker has acknowledged every record, or throws: a caller never reports as accepted
 * anything that was not durably written.
 */
@ApplicationScoped
public class RecordPublisher {

    @Inject
    KafkaSettings settings;

    private KafkaProducer<String, String> producer;

    @PostConstruct
    void open() {
        producer = KafkaClients.create(() -> new KafkaProducer<>(settings.producer(), new StringSerializer(), new StringSerializer()));
    }

    /** Sends the records and waits for all acknowledgements within the configured bound. */
    public List<PublishedRecord> publishAll(List<OutgoingRecord> records) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(settings.sendTimeoutMs() + 1000L);
        List<Future<RecordMetadata>> pending = new ArrayList<>(records.size());
        try {
            for (OutgoingRecord r : records) {
                ProducerRecord<String, String> pr = new ProducerRecord<>(r.topic(), r.key(), r.value());
                r.headers().forEach((k, v) -> pr.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
                pending.add(producer.send(pr));
            }
            List<PublishedRecord> acks = new ArrayList<>(pending.size());
            for (Future<RecordMetadata> f : pending) {
                long left = Math.max(1, deadline - System.nanoTime());
                RecordMetadata m = f.get(left, TimeUnit.NANOSECONDS);
                acks.add(new PublishedRecord(m.topic(), m.partition(), m.offset()));
            }
            return acks;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MessagingUnavailableException("interrupted while waiting for the broker", e);
        } catch (ExecutionException e) {
            throw new MessagingUnavailableException("the broker did not acknowledge: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new MessagingUnavailableException("no acknowledgement from the broker within "
                    + Duration.ofMillis(settings.sendTimeoutMs()).toSeconds() + " s", e);
        } catch (org.apache.kafka.common.errors.TimeoutException e) {
            throw new MessagingUnavailableException("the broker is unreachable: " + e.getMessage(), e);
        } catch (org.apache.kafka.common.KafkaException e) {
            throw new MessagingUnavailableException("the broker refused the records: " + e.getMessage(), e);
        }
    }

    public PublishedRecord publish(OutgoingRecord record) {
        return publishAll(List.of(record)).get(0);
    }

    @PreDestroy
    void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
