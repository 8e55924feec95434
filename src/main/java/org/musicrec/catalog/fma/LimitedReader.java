package org.musicrec.catalog.fma;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Counts characters pulled since the last {@link #mark()} and fails once a row exceeds its limit,
 * so an unterminated quote cannot make the CSV parser buffer the rest of a large file.
 */
final class LimitedReader extends FilterReader {
    /** Signals the limit; caught by the row reader and turned into a fatal malformed row. */
    static final class RowTooLongException extends IOException {
        private static final long serialVersionUID = 1L;

        RowTooLongException(int limit) {
            super("row longer than " + limit + " characters (unterminated quote?)");
        }
    }

    private final int limit;
    private long sinceMark;

    LimitedReader(Reader in, int limit) {
        super(in);
        this.limit = limit;
    }

    /** Called at each row boundary. */
    void mark() {
        sinceMark = 0;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count(1);
        }
        return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws IOException {
        sinceMark += n;
        if (sinceMark > limit) {
            throw new RowTooLongException(limit);
        }
    }
}
