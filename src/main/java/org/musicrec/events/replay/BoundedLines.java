package org.musicrec.events.replay;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines (LF, CRLF or CR) without ever buffering more than a bound: a longer line is read to its
 * end and reported as too long, so one corrupt line cannot exhaust memory or hide the lines after it.
 */
final class BoundedLines {

    /** A line, or {@code null} text when it exceeded the bound. */
    record Line(long number, String text) {
    }

    private final Reader in;
    private final int maxChars;
    private final StringBuilder buf = new StringBuilder();
    private long number;
    private int pushback = -2;

    BoundedLines(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line, or null at the end of the input. */
    Line next() throws IOException {
        buf.setLength(0);
        boolean tooLong = false;
        int c = read();
        if (c < 0) {
            return null;
        }
        while (c >= 0 && c != '\n' && c != '\r') {
            if (buf.length() < maxChars) {
                buf.append((char) c);
            } else {
                tooLong = true;
            }
            c = read();
        }
        if (c == '\r') {
            int d = read();
            if (d != '\n') {
                pushback = d;
            }
        }
        number++;
        return new Line(number, tooLong ? null : buf.toString());
    }

    private int read() throws IOException {
        if (pushback != -2) {
            int c = pushback;
            pushback = -2;
            return c;
        }
        return in.read();
    }
}
