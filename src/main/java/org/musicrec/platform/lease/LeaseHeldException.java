package org.musicrec.platform.lease;

/** Another holder has the lease and it has not lapsed; {@link #holder()} says who and for what. */
public class LeaseHeldException extends RuntimeException {

    private final transient JobLease holder;

    public LeaseHeldException(JobLease holder) {
        super(holder.describe());
        this.holder = holder;
    }

    public JobLease holder() {
        return holder;
    }
}
