package org.musicrec.tools.cli;

/** Thrown by command-line parsing when the arguments cannot be used; maps to exit status 2. */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
