package org.musicrec.platform.kafka;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Starts one consumer loop per {@link TopicSubscriber} bean when the application starts, on managed
 * threads (Jakarta Concurrency) so that they carry the application's class loader and naming
 * context, and stops them cleanly, committing nothing half-done, when it is undeployed.
 */
@ApplicationScoped
public class ConsumerLoops {

    private static final Logger LOG = Logger.getLogger(ConsumerLoops.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    @Inject
    KafkaSettings settings;

    @Inject
    Instance<TopicSubscriber> subscribers;

    private final List<ConsumerLoop> loops = new ArrayList<>();
    private final List<Thread> running = new ArrayList<>();

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        if (!settings.consumersEnabled()) {
            LOG.info("Kafka consumers disabled by musicrec.kafka.consumers.enabled");
            return;
        }
        for (TopicSubscriber s : subscribers) {
            ConsumerLoop loop = new ConsumerLoop(s, settings.consumer(s.groupId()));
            Thread t = threads.newThread(loop);
            t.setName("consumer-" + s.groupId());
            loops.add(loop);
            running.add(t);
            t.start();
            LOG.info("started consumer group " + s.groupId() + " on topic " + s.topic());
        }
    }

    public List<ConsumerStatus> statuses() {
        return loops.stream().map(ConsumerLoop::status).toList();
    }

    @PreDestroy
    void stop() {
        loops.forEach(ConsumerLoop::stop);
        for (Thread t : running) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
