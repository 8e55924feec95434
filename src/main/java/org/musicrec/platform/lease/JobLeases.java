package org.musicrec.platform.lease;

import java.time.Duration;
import java.util.List;

/**
 * The cluster's leases, in a store every node shares. Every operation is one atomic step on one
 * lease, so two nodes acquiring at once cannot both win, and a holder whose lease lapsed and was
 * taken over learns it at its next renewal. Times come from the calling node's clock: nodes whose
 * clocks disagree by a good part of the time to live could take over a live lease (keep them in NTP).
 */
public interface JobLeases {

    /**
     * Takes {@code name} for {@code node} until now + {@code ttl}: free, or held by a lease that has
     * lapsed. Throws {@link LeaseHeldException} naming the holder otherwise.
     */
    JobLease acquire(String name, String node, Duration ttl);

    /**
     * Extends the lease to now + {@code ttl} and records the execution it guards; false when the lease
     * is no longer this acquisition's (lapsed and taken over, or released).
     */
    boolean renew(JobLease lease, long execution, Duration ttl);

    /** Gives the lease up, if it is still this acquisition's. */
    void release(JobLease lease);

    /** Every lease in the store, lapsed ones too (the caller tells by {@link JobLease#expiredAt}). */
    List<JobLease> all();
}
