package org.musicrec.events;

/** A record that can never be applied, however often it is retried: it goes to the dead-letter topic. */
public final class PoisonRecordException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PoisonRecordException(String reason) {
        super(reason);
    }
}
