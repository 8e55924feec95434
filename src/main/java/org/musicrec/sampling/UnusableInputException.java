package org.musicrec.sampling;

/** The archive, metadata or target folder cannot be used at all; nothing was written. Maps to exit status 2. */
public final class UnusableInputException extends Exception {
    private static final long serialVersionUID = 1L;

    public UnusableInputException(String message) {
        super(message);
    }

    public UnusableInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
