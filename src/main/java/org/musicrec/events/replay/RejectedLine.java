package org.musicrec.events.replay;

/** Thrown by a line parser for a line it cannot turn into an event; the reader records it and goes on. */
final class RejectedLine extends Exception {
    private static final long serialVersionUID = 1L;

    RejectedLine(String reason) {
        super(reason, null, false, false);
    }
}
