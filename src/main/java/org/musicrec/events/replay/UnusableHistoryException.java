package org.musicrec.events.replay;

/** The file as a whole cannot be replayed (missing or wrong header, unreadable mapping): nothing is sent. */
public final class UnusableHistoryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnusableHistoryException(String message) {
        super(message);
    }
}
