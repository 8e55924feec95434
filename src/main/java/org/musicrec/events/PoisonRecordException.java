package org.musicrec.events;

/**
 * A record that can never be applied, however often it is retried: it goes to the dead-letter topic.
 * An {@link IllegalArgumentException}, so the consumer loop, which knows no event type, counts it
 * among the failures a retry cannot mend.
 */
public final class PoisonRecordException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public PoisonRecordException(String reason) {
        super(reason);
    }
}
