/**
 * Cluster-wide leases: a named right to run something (a batch job, the pipeline) held by one node
 * at a time, with an expiry that its holder renews while it works, so that a dead node's lease
 * lapses by itself. The port ({@link org.musicrec.platform.lease.JobLeases}) is plain Java; the
 * MongoDB adapter is in {@code mongo}, the renewal in {@link org.musicrec.platform.lease.LeaseKeeper}.
 */
package org.musicrec.platform.lease;
