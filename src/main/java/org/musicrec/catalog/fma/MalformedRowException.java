package org.musicrec.catalog.fma;

/**
 * A row of an FMA file that cannot be used. Callers skip the row and record {@link #file()},
 * {@link #line()} and {@link #reason()}; reading can go on unless {@link #fatal()} says the rest
 * of the file could not be resynchronised (an unterminated quote, an absurdly long row).
 */
public final class MalformedRowException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;
    private final String reason;
    private final boolean fatal;

    public MalformedRowException(String file, long line, String reason) {
        this(file, line, reason, false);
    }

    public MalformedRowException(String file, long line, String reason, boolean fatal) {
        super(file + ":" + line + ": " + reason);
        this.file = file;
        this.line = line;
        this.reason = reason;
        this.fatal = fatal;
    }

    public String file() {
        return file;
    }

    /** The physical (1-based) line on which the row starts. */
    public long line() {
        return line;
    }

    public String reason() {
        return reason;
    }

    /** True when the reader stopped after this problem: the rest of the file was not read. */
    public boolean fatal() {
        return fatal;
    }
}
