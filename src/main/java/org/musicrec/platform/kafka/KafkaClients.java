package org.musicrec.platform.kafka;

import java.util.function.Supplier;

/**
 * Creates Kafka clients with the application's class loader as the context loader. Kafka resolves
 * configured class names (defaults included) through the thread's context loader; on a container
 * thread such as the health servlet's that is a Payara loader which cannot see kafka-clients, and the
 * failure poisons the config class for the life of the JVM.
 */
public final class KafkaClients {
    private KafkaClients() {
    }

    public static <T> T create(Supplier<T> factory) {
        Thread t = Thread.currentThread();
        ClassLoader previous = t.getContextClassLoader();
        t.setContextClassLoader(KafkaClients.class.getClassLoader());
        try {
            return factory.get();
        } finally {
            t.setContextClassLoader(previous);
        }
    }
}
