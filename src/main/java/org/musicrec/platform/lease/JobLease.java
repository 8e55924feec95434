package org.musicrec.platform.lease;

import java.time.Instant;

/**
 * One held lease: {@code name} (a job id or "pipeline"), the node holding it, a token that only this
 * acquisition knows (renewal and release name it, so a holder whose lease lapsed and was taken over
 * can neither renew nor release the new holder's), the execution it guards (0 until known) and
 * until when it holds without renewal.
 */
public record JobLease(String name, String node, String token, long execution, Instant acquiredAt, Instant expiresAt) {

    public boolean expiredAt(Instant now) {
        return !expiresAt.isAfter(now);
    }

    /** For a 409 problem and the log: who holds it and for what. */
    public String describe() {
        return name + " is running on node " + node + (execution > 0 ? ", execution " + execution : "")
                + " (since " + acquiredAt + ", lease until " + expiresAt + ")";
    }
}
