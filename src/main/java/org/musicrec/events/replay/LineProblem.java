package org.musicrec.events.replay;

/** A line of a replayed file that was not sent, and why. */
public record LineProblem(long line, String reason) {
    @Override
    public String toString() {
        return "line " + line + ": " + reason;
    }
}
