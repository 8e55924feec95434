package org.musicrec.events.kafka;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.musicrec.platform.kafka.ConsumerLoops;
import org.musicrec.platform.kafka.ConsumerStatus;
import org.musicrec.platform.kafka.RateWindow;

/**
 * The activity pipeline's live figures: events the broker acknowledged (API and replay job), the
 * interaction consumer's throughput, total and lag, and records sent to the dead-letter topic; the
 * same figures for {@code GET /api/admin/activity} and as MicroProfile Metrics under {@code /metrics}
 * (application registry, names {@code musicrec.events.*}). Counts are of this instance since it started.
 */
@ApplicationScoped
public class ActivityMetrics {

    private static final Logger LOG = Logger.getLogger(ActivityMetrics.class.getName());

    @Inject
    ConsumerLoops loops;

    @Inject
    Instance<MetricRegistry> registry;

    private final RateWindow accepted = new RateWindow(ConsumerStatus.WINDOW_SECONDS);
    private final AtomicLong deadLetters = new AtomicLong();

    void register(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        if (!registry.isResolvable()) {
            LOG.warning("no MicroProfile Metrics registry: activity figures only at /api/admin/activity");
            return;
        }
        MetricRegistry r = registry.get();
        Tag group = new Tag("group", InteractionWriter.GROUP);
        r.gauge(meta("musicrec.events.accepted.total", "events the broker acknowledged (API and replays)"),
                () -> accepted.total());
        r.gauge(meta("musicrec.events.accepted.rate", "events acknowledged per second over the last 10 s"),
                () -> accepted.perSecond());
        r.gauge(meta("musicrec.events.consumed.total", "events folded into interactions and committed"),
                () -> interactions().map(ConsumerStatus::recordsHandled).orElse(0L), group);
        r.gauge(meta("musicrec.events.consumed.rate", "events folded into interactions per second over the last 10 s"),
                () -> interactions().map(ConsumerStatus::recordsPerSecond).orElse(0.0), group);
        r.gauge(meta("musicrec.events.consumer.lag", "records on the activity topic not yet consumed by the group"),
                () -> interactions().map(ConsumerStatus::lag).orElse(0L), group);
        r.gauge(meta("musicrec.events.dead-letters.total", "poison records sent to the dead-letter topic"),
                () -> deadLetters.get());
    }

    private static Metadata meta(String name, String description) {
        return Metadata.builder().withName(name).withDescription(description).build();
    }

    public void accepted(int events) {
        accepted.add(events);
    }

    public void deadLettered(int records) {
        deadLetters.addAndGet(records);
    }

    public double acceptedPerSecond() {
        return accepted.perSecond();
    }

    public long acceptedTotal() {
        return accepted.total();
    }

    public long deadLetters() {
        return deadLetters.get();
    }

    /** The interaction writer's loop; absent when consumers are disabled on this instance. */
    public Optional<ConsumerStatus> interactions() {
        return loops.statuses().stream().filter(s -> InteractionWriter.GROUP.equals(s.groupId())).findFirst();
    }

    public java.util.List<ConsumerStatus> allLoops() {
        return loops.statuses();
    }
}
