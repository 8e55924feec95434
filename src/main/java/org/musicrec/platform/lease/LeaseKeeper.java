package org.musicrec.platform.lease;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.musicrec.platform.NodeIdentity;

/**
 * Takes leases for this node and keeps them while what they guard runs: one heartbeat thread renews
 * every held lease each third of {@code musicrec.jobs.lease.ttl} and releases it once its guard says
 * the work ended. A node that dies renews nothing, so its leases lapse after at most the time to live.
 * A renewal that finds the lease taken over (this node stalled longer than the time to live) calls
 * the guard's {@code lost} action, which stops the work: two runs at once must not go on.
 *
 * <p>At start the node drops the leases still recorded under its own id: they are its previous life's
 * (the id is unique among running nodes), so a node restarted after a crash can restart its killed
 * executions at once instead of waiting out its own dead lease.
 */
@ApplicationScoped
public class LeaseKeeper {
    private static final Logger LOG = Logger.getLogger(LeaseKeeper.class.getName());

    @Inject
    JobLeases leases;

    @Inject
    NodeIdentity node;

    @Inject
    @ConfigProperty(name = "musicrec.jobs.lease.ttl", defaultValue = "PT30S")
    Duration ttl;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    private record Held(JobLease lease, long execution, BooleanSupplier running, Runnable lost) {
    }

    private final Map<String, Held> held = new ConcurrentHashMap<>();
    private volatile Thread heartbeat;
    private volatile boolean stopped;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        try {
            for (JobLease l : leases.all()) {
                if (l.node().equals(node.id())) {
                    leases.release(l);
                    LOG.info(() -> "dropped the lease of a previous run of this node: " + l.describe());
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not look for leases of a previous run of this node (they lapse by themselves)", e);
        }
    }

    public String node() {
        return node.id();
    }

    public Duration ttl() {
        return ttl;
    }

    /** Takes {@code name} for this node (LeaseHeldException when another holds it); call {@link #keep} or {@link #giveUp} next. */
    public JobLease take(String name) {
        return leases.acquire(name, node.id(), ttl);
    }

    /**
     * Keeps the lease renewed, recording {@code execution}, while {@code running} is true; releases it
     * once false. {@code lost} runs if the lease turns out taken over.
     */
    public void keep(JobLease lease, long execution, BooleanSupplier running, Runnable lost) {
        Held h = new Held(lease, execution, running, lost);
        held.put(lease.name(), h);
        renew(h);
        ensureHeartbeat();
    }

    /** Releases a lease at once (the launch it was taken for failed). */
    public void giveUp(JobLease lease) {
        held.remove(lease.name(), held.get(lease.name()));
        try {
            leases.release(lease);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not release " + lease.name() + "; it lapses at " + lease.expiresAt(), e);
        }
    }

    /** Releases the lease kept for {@code execution}, which has just ended (its job listener says so). */
    public void ended(long execution) {
        for (Held h : held.values()) {
            if (h.execution() == execution && held.remove(h.lease().name(), h)) {
                try {
                    leases.release(h.lease());
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "could not release " + h.lease().name() + "; the heartbeat or the expiry will", e);
                    held.putIfAbsent(h.lease().name(), h);
                }
            }
        }
    }

    /** Leases in force now, in the whole cluster. */
    public List<JobLease> inForce() {
        Instant now = Instant.now();
        return leases.all().stream().filter(l -> !l.expiredAt(now)).toList();
    }

    private synchronized void ensureHeartbeat() {
        if (heartbeat == null && !stopped) {
            Thread t = threads.newThread(this::beat);
            t.setName("lease-heartbeat");
            t.setDaemon(true);
            heartbeat = t;
            t.start();
        }
    }

    private void beat() {
        long periodMillis = Math.max(200, ttl.toMillis() / 3);
        while (!stopped) {
            try {
                Thread.sleep(periodMillis);
            } catch (InterruptedException e) {
                return;
            }
            for (Held h : held.values()) {
                boolean running;
                try {
                    running = h.running().getAsBoolean();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "could not tell whether " + h.lease().name() + " still runs; keeping its lease", e);
                    running = true;
                }
                if (running) {
                    renew(h);
                } else {
                    held.remove(h.lease().name(), h);
                    try {
                        leases.release(h.lease());
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "could not release " + h.lease().name() + "; it lapses by itself", e);
                    }
                }
            }
        }
    }

    private void renew(Held h) {
        try {
            if (!leases.renew(h.lease(), h.execution(), ttl)) {
                held.remove(h.lease().name(), h);
                LOG.severe(() -> "the lease " + h.lease().name() + " of execution " + h.execution()
                        + " was taken over while this node held it (stalled past its time to live); stopping the work");
                h.lost().run();
            }
        } catch (RuntimeException e) {
            // The store is unreachable: try at the next beat; past the time to live the lease may lapse.
            LOG.log(Level.WARNING, "could not renew the lease " + h.lease().name(), e);
        }
    }

    @PreDestroy
    void stop() {
        stopped = true;
        Thread t = heartbeat;
        if (t != null) {
            t.interrupt();
        }
        // A clean shutdown gives its leases back; the work stays STARTED in the repository and can be restarted.
        for (Held h : held.values()) {
            try {
                leases.release(h.lease());
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "release at shutdown", e);
            }
        }
    }
}
