package org.musicrec.tools.devservices;

import java.time.Duration;

/** The Kafka broker and the Mongo wire server together, as the demo and the integration tests use them. */
public final class DevServices implements AutoCloseable {

    private final DevServicesConfig config;
    private final KafkaDevBroker kafka;
    private final MongoDevServer mongo;

    public DevServices(DevServicesConfig config) {
        this.config = config;
        this.kafka = new KafkaDevBroker(config);
        this.mongo = new MongoDevServer(config);
    }

    /** Starts both; returns how long it took. */
    public Duration start() {
        long t0 = System.nanoTime();
        mongo.start();
        kafka.start();
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    public DevServicesConfig config() {
        return config;
    }

    public KafkaDevBroker kafka() {
        return kafka;
    }

    public MongoDevServer mongo() {
        return mongo;
    }

    @Override
    public void close() {
        try {
            kafka.close();
        } finally {
            mongo.close();
        }
    }
}
