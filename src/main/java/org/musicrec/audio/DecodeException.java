package org.musicrec.audio;

import java.nio.file.Path;

/** A file that could not be turned into audio samples, with a machine-readable reason and a human one. */
public final class DecodeException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why decoding failed; batch jobs record it next to the file. */
    public enum Reason {
        /** Zero bytes. */
        EMPTY,
        /** No known audio signature (text, image, random bytes...). */
        NOT_AUDIO,
        /** An audio container we recognise but cannot decode (codec, bit depth...). */
        UNSUPPORTED,
        /** The stream ends before the length its headers announce, or a frame is cut. */
        TRUNCATED,
        /** Structurally broken headers or undecodable frames. */
        CORRUPT,
        /** Larger or longer than the configured limits. */
        TOO_LARGE,
        /** The file could not be read. */
        IO
    }

    private final Reason reason;
    private final String detail;

    public DecodeException(Reason reason, String message) {
        this(reason, message, null);
    }

    public DecodeException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.detail = message;
    }

    private DecodeException(Reason reason, String message, String detail, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.detail = detail;
    }

    public Reason reason() {
        return reason;
    }

    /** The reason in words, without the file name (for callers that print the path themselves). */
    public String detail() {
        return detail;
    }

    /** The same failure, with the file named in front of the message. */
    DecodeException forFile(Path file) {
        return new DecodeException(reason, file.getFileName() + ": " + detail, detail, getCause());
    }
}
