package org.musicrec.admin;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.musicrec.platform.lease.JobLease;
import org.musicrec.platform.lease.LeaseHeldException;
import org.musicrec.platform.lease.LeaseKeeper;

/**
 * Launches (and restarts) jobs under their cluster-wide lease: a job of {@link BatchJobs#LEASED}
 * first takes the lease named by its id (a LeaseHeldException, answered 409, names the node and
 * execution holding it), then starts; the lease is kept while the execution runs and released when it
 * ends. The job repository is each node's own, so the lease, in MongoDB, is what all nodes see.
 */
@ApplicationScoped
public class JobLaunches {
    private static final Logger LOG = Logger.getLogger(JobLaunches.class.getName());

    @Inject
    LeaseKeeper keeper;

    /** Runs {@code start} (which returns the new execution id) under {@code job}'s lease when it has one. */
    public long launch(String job, LongSupplier start) {
        if (!BatchJobs.LEASED.contains(job)) {
            return start.getAsLong();
        }
        JobLease lease;
        try {
            lease = keeper.take(job);
        } catch (LeaseHeldException e) {
            JobLease holder = e.holder();
            if (!holder.node().equals(keeper.node()) || holder.execution() <= 0 || running(holder.execution())) {
                throw e;
            }
            // This node's own execution, which has just ended: its release may still be on the way.
            keeper.giveUp(holder);
            lease = keeper.take(job);
        }
        long id;
        try {
            id = start.getAsLong();
        } catch (RuntimeException e) {
            keeper.giveUp(lease);
            throw e;
        }
        keeper.keep(lease, id, () -> running(id), () -> stop(id));
        return id;
    }

    static boolean running(long execution) {
        BatchStatus s = operator().getJobExecution(execution).getBatchStatus();
        return s == BatchStatus.STARTING || s == BatchStatus.STARTED || s == BatchStatus.STOPPING;
    }

    private static void stop(long execution) {
        try {
            operator().stop(execution);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not stop execution " + execution + " after losing its lease", e);
        }
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
