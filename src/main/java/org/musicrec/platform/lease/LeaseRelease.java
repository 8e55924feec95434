package org.musicrec.platform.lease;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Job listener of the leased jobs: releases the execution's lease as the job ends, before the
 * repository records the end, so that whoever sees the execution ended may launch the job again at
 * once rather than wait for the next heartbeat.
 */
@Named
@Dependent
public class LeaseRelease extends AbstractJobListener {

    @Inject
    JobContext job;

    @Inject
    LeaseKeeper keeper;

    @Override
    public void afterJob() {
        keeper.ended(job.getExecutionId());
    }
}
