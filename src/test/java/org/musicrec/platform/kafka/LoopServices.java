package org.musicrec.platform.kafka;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.clients.admin.Admin;
import org.musicrec.tools.devservices.DevServices;
import org.musicrec.tools.devservices.FreePortServices;

/**
 * An in-process Kafka broker and Mongo wire server for the consumer loop's tests, on free loopback
 * ports (never the dev services' fixed ones, which a running demo or another test run may hold).
 */
final class LoopServices implements AutoCloseable {

    interface Handler {
        void handle(List<IncomingRecord> batch) throws Exception;
    }

    interface DeadLetterRoute {
        void rejected(IncomingRecord record, String reason) throws Exception;
    }

    private final DevServices services;
    final MongoClient mongo;

    private LoopServices(DevServices services) {
        this.services = services;
        this.mongo = MongoClients.create(services.config().mongoUri());
    }

    /** Three partitions per topic; the broker creates no topic on demand, so every one used is listed. */
    static LoopServices start(Path dir, List<String> topics) throws IOException {
        return new LoopServices(FreePortServices.start(dir, 3, topics));
    }

    String mongoUri() {
        return services.config().mongoUri();
    }

    String bootstrap() {
        return services.config().kafkaBootstrap();
    }

    KafkaSettings settings(String clientId) {
        KafkaSettings s = new KafkaSettings();
        s.bootstrapServers = bootstrap();
        s.clientId = clientId;
        s.sendTimeoutMs = 10_000;
        s.consumersEnabled = true;
        s.maxPollRecords = 100;
        return s;
    }

    /** The group's committed offsets on the topic, summed over its partitions. */
    long committed(String group, String topic) throws Exception {
        try (Admin admin = Admin.create(settings("loop-test").admin())) {
            return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().entrySet().stream()
                    .filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
                    .mapToLong(e -> e.getValue().offset()).sum();
        }
    }

    long committedQuietly(String group, String topic) {
        try {
            return committed(group, topic);
        } catch (Exception e) {
            return -1;
        }
    }

    static TopicSubscriber subscriber(String topic, String group, Handler h) {
        return subscriber(topic, group, h, null);
    }

    /** With {@code route} null, the interface's default: no dead-letter route. */
    static TopicSubscriber subscriber(String topic, String group, Handler h, DeadLetterRoute route) {
        return new TopicSubscriber() {
            @Override
            public String topic() {
                return topic;
            }

            @Override
            public String groupId() {
                return group;
            }

            @Override
            public void handle(List<IncomingRecord> batch) throws Exception {
                h.handle(batch);
            }

            @Override
            public void rejected(IncomingRecord record, String reason) throws Exception {
                if (route == null) {
                    TopicSubscriber.super.rejected(record, reason);
                } else {
                    route.rejected(record, reason);
                }
            }
        };
    }

    /** A subscriber that also tells {@code assigned} of each partition assignment it hears of. */
    static TopicSubscriber subscriberTellingAssignments(String topic, String group, Handler h,
                                                        java.util.function.Consumer<java.util.Set<Integer>> assigned) {
        return new TopicSubscriber() {
            @Override
            public String topic() {
                return topic;
            }

            @Override
            public String groupId() {
                return group;
            }

            @Override
            public void handle(List<IncomingRecord> batch) throws Exception {
                h.handle(batch);
            }

            @Override
            public void assigned(java.util.Set<Integer> partitions) {
                assigned.accept(partitions);
            }
        };
    }

    @Override
    public void close() {
        mongo.close();
        services.close();
    }

}
