package org.musicrec.recommend.serving;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.musicrec.events.InteractionsApplied;
import org.musicrec.platform.NodeIdentity;
import org.musicrec.platform.kafka.OutgoingRecord;
import org.musicrec.platform.kafka.RecordPublisher;
import org.musicrec.platform.kafka.Topics;
import org.musicrec.recommend.model.RecommendationMessage;

/**
 * Keeps answers fresh: when the consumer has applied a user's events, folds the user in against
 * the active model's item factors (or re-blends their cold-start list), so the next request
 * reflects the event, and publishes the new list on the {@code recommendations} topic, keyed by
 * user, for downstream consumers.
 *
 * <p>Users are coalesced into a pending set drained by one thread, up to {@link #DRAIN} users per
 * round with one read of the interactions of those not in {@link ListenerHistories}: a replayed
 * history touching thousands of users costs a few reads, not one per user per batch, and the
 * consumer loop never waits for it. A user whose events arrive while their refresh
 * runs is pending again and refreshed once more, so no event is left out of the next answer.
 *
 * <p>The pending set holds at most {@code musicrec.serving.fresh.max-pending} users, since the ids
 * come from whatever events were posted. A user who finds it full is not refreshed nor published;
 * their held answer is dropped instead ({@link Recommender#forget}), so their next request recomputes
 * it from the store and answers stay exact while the worker catches up.
 */
@ApplicationScoped
public class FreshRecommendations {
    private static final Logger LOG = Logger.getLogger(FreshRecommendations.class.getName());
    /** Length of the published list. */
    static final int PUBLISHED = 10;
    /** Most users refreshed per round (one read of their interactions). */
    static final int DRAIN = 500;
    /** Longest rest between rounds, whatever a round took. */
    static final long MAX_REST_MILLIS = 5_000;

    @Inject
    @ConfigProperty(name = "musicrec.serving.fresh.max-duty", defaultValue = "0.25")
    double maxDuty;

    @Inject
    @ConfigProperty(name = "musicrec.serving.fresh.max-pending", defaultValue = "100000")
    int maxPending;

    @Inject
    Recommender recommender;

    @Inject
    ListenerHistories histories;

    @Inject
    RecordPublisher publisher;

    @Inject
    Topics topics;

    @Inject
    NodeIdentity node;

    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    /** Set by a model swap: refresh everyone whose events were applied since this instant. */
    private final AtomicReference<Instant> catchUpSince = new AtomicReference<>();
    private final Object signal = new Object();
    /** Users left unpublished since the pending set was last found full (logged once per episode). */
    private final AtomicLong unpublished = new AtomicLong();
    private volatile Thread worker;
    private volatile boolean stopped;

    void onApplied(@ObservesAsync InteractionsApplied event) {
        histories.written(event.written()); // before the users are pending: their refresh must see these states
        enqueue(event.userIds());
        ensureWorker();
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    /**
     * A swapped-in model's precomputed lists come from its training snapshot; users whose events were
     * applied after it would otherwise get those older lists until their next event. The worker reads
     * them (one query) and refreshes them like any other pending user. A model without a recorded
     * snapshot time refreshes nobody.
     */
    void onSwapped(@Observes ModelSwapped event) {
        if (event.snapshotAt() == null) {
            return;
        }
        catchUpSince.accumulateAndGet(event.snapshotAt(), (a, b) -> a == null || b.isBefore(a) ? b : a);
        ensureWorker();
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    /** Makes the users pending, up to the bound; the others' answers are dropped (recomputed when asked). */
    void enqueue(Collection<String> userIds) {
        List<String> overflow = new ArrayList<>();
        for (String u : userIds) {
            // The size is read without a lock: concurrent callers may pass the bound by a batch each, no more.
            if (pending.size() < maxPending || pending.contains(u)) {
                pending.add(u);
            } else {
                overflow.add(u);
            }
        }
        if (!overflow.isEmpty()) {
            recommender.forget(overflow);
            if (unpublished.getAndAdd(overflow.size()) == 0) {
                LOG.warning(() -> maxPending + " users are waiting for a fresh list; until the worker catches up, further users"
                        + " are answered from the store when asked and their lists are not published");
            }
        }
    }

    /** Users pending a refresh (for tests and metrics). */
    int pendingCount() {
        return pending.size();
    }

    private synchronized void ensureWorker() {
        if (worker == null && !stopped) {
            Thread t = new Thread(this::drainLoop, "fresh-recommendations");
            t.setDaemon(true);
            worker = t;
            t.start();
        }
    }

    private void drainLoop() {
        while (!stopped) {
            Instant since = catchUpSince.getAndSet(null);
            if (since != null) {
                try {
                    Set<String> changed = recommender.usersWrittenSince(since);
                    enqueue(changed);
                    LOG.info(() -> changed.size() + " users with events applied since the model's snapshot (" + since + ") to refresh");
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "could not read the users changed since " + since + "; trying again", e);
                    catchUpSince.accumulateAndGet(since, (a, b) -> a == null || b.isBefore(a) ? b : a);
                    try {
                        Thread.sleep(2000);
                    } catch (InterruptedException ie) {
                        return;
                    }
                    continue;
                }
            }
            List<String> round = take();
            if (round.isEmpty()) {
                long skipped = unpublished.getAndSet(0);
                if (skipped > 0) {
                    LOG.info(() -> "fresh lists caught up; " + skipped + " user updates were answered from the store, not published");
                }
                synchronized (signal) {
                    try {
                        if (pending.isEmpty() && catchUpSince.get() == null) { // checked under the lock: a notify cannot slip in between
                            signal.wait(1000);
                        }
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                continue;
            }
            try {
                long started = System.nanoTime();
                List<OutgoingRecord> out = new ArrayList<>(round.size());
                for (Recommendations r : recommender.refresh(round, PUBLISHED)) {
                    out.add(record(r));
                }
                publisher.publishAll(out);
                restAfter(System.nanoTime() - started);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "refresh of " + round.size() + " users failed; they stay pending", e);
                enqueue(round);
                try {
                    Thread.sleep(2000);
                } catch (InterruptedException ie) {
                    return;
                }
            }
        }
    }

    /**
     * Keeps the worker to {@code maxDuty} of the time: each round reads whole histories (hundreds of
     * documents per user) where the consumer writes one per event, and a read may hold the
     * collection's lock, so back-to-back rounds during a bulk ingestion starved the
     * consumer (the events bench stopped draining). Resting 3x a round's time at 0.25 bounds that;
     * a round of a few users takes milliseconds, so the rest does too. Users pending meanwhile are
     * coalesced into the next round.
     */
    private void restAfter(long roundNanos) {
        double duty = Math.max(0.01, maxDuty); // a setting of 0 or less would mean never refreshing
        if (duty >= 1.0) {
            return;
        }
        long restMillis = Math.min(MAX_REST_MILLIS, (long) (roundNanos / 1e6 * (1 - duty) / duty));
        if (restMillis > 0) {
            try {
                Thread.sleep(restMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private List<String> take() {
        List<String> round = new ArrayList<>();
        Iterator<String> it = pending.iterator();
        while (it.hasNext() && round.size() < DRAIN) {
            String u = it.next();
            if (pending.remove(u)) {
                round.add(u);
            }
        }
        return round;
    }

    OutgoingRecord record(Recommendations r) {
        // The header tells the other nodes' PeerRecommendations that this list is news to them, not to us.
        return new OutgoingRecord(topics.recommendations(), r.userId(),
                RecommendationMessage.json(r.userId(), r.items(), r.modelVersion(), r.strategy(), Instant.now()),
                java.util.Map.of(PeerRecommendations.NODE_HEADER, node.id()));
    }

    @PreDestroy
    void stop() {
        stopped = true;
        Thread t = worker;
        if (t != null) {
            t.interrupt();
        }
    }
}
