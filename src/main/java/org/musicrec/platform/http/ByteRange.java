package org.musicrec.platform.http;

import java.util.Optional;

/**
 * One byte range of an HTTP {@code Range} header (RFC 9110, 14.1), resolved against a length:
 * {@code bytes=a-b}, {@code bytes=a-} and the suffix form {@code bytes=-n}. Anything else (another
 * unit, several ranges, malformed text) is ignored, which the RFC allows: the whole content is sent.
 *
 * @param first the first byte sent
 * @param last  the last byte sent (inclusive)
 */
public record ByteRange(long first, long last) {

    /** What a {@code Range} header asks of content of {@code length} bytes. */
    public sealed interface Ask permits Whole, Part, Unsatisfiable {
    }

    /** No usable range: send everything with 200. */
    public record Whole() implements Ask {
    }

    /** Send this part with 206. */
    public record Part(ByteRange range) implements Ask {
    }

    /** A valid range that starts beyond the content: 416. */
    public record Unsatisfiable() implements Ask {
    }

    private static final int MAX_HEADER_CHARS = 200;

    public long length() {
        return last - first + 1;
    }

    /** The {@code Content-Range} value of this part of content of {@code total} bytes. */
    public String contentRange(long total) {
        return "bytes " + first + "-" + last + "/" + total;
    }

    public static Ask of(String header, long length) {
        if (header == null || header.length() > MAX_HEADER_CHARS) {
            return new Whole();
        }
        String h = header.trim();
        if (!h.regionMatches(true, 0, "bytes=", 0, 6)) {
            return new Whole();
        }
        String spec = h.substring(6).trim();
        if (spec.contains(",")) {
            return new Whole();
        }
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return new Whole();
        }
        Optional<Long> a = number(spec.substring(0, dash).trim());
        Optional<Long> b = number(spec.substring(dash + 1).trim());
        if (spec.substring(0, dash).isBlank()) {
            // Suffix: the last n bytes; n = 0 can never be satisfied.
            if (b.isEmpty()) {
                return new Whole();
            }
            if (b.get() == 0 || length == 0) {
                return new Unsatisfiable();
            }
            return new Part(new ByteRange(Math.max(0, length - b.get()), length - 1));
        }
        if (a.isEmpty() || (!spec.substring(dash + 1).isBlank() && b.isEmpty())) {
            return new Whole();
        }
        long first = a.get();
        if (b.isPresent() && b.get() < first) {
            return new Whole();
        }
        if (first >= length) {
            return new Unsatisfiable();
        }
        long last = b.isEmpty() ? length - 1 : Math.min(b.get(), length - 1);
        return new Part(new ByteRange(first, last));
    }

    private static Optional<Long> number(String s) {
        if (s.isEmpty() || s.length() > 18 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(s));
    }
}
