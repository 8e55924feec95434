package org.musicrec.web.api;

import jakarta.ws.rs.BadRequestException;
import java.util.List;
import org.musicrec.platform.http.Problem;

/**
 * The checks every resource makes of its path and query values. Values arrive as text, so that a
 * malformed one is a 400 naming it, not a bare 404 from a failed conversion.
 */
final class Arguments {
    static final int MAX_ID_CHARS = 128;
    /**
     * User and track ids are data, never query syntax (every lookup is an equality on a value), so
     * any text goes but control characters and '/' (ids travel in URL paths); the events API
     * enforces the same rule, so every id it accepts can be asked about here.
     */
    static final String ID_PATTERN = "[^/\\p{Cntrl}]*";
    static final String ID_RULE = "must be 1-128 characters without '/' or control characters";

    private Arguments() {
    }

    /** @return the value as a whole number within [min, max] */
    static int number(String name, String value, int min, int max) {
        try {
            long v = Long.parseLong(value.trim());
            if (v < min || v > max) {
                throw new BadRequestException(name + " must be between " + min + " and " + max + ", got " + value);
            }
            return (int) v;
        } catch (NumberFormatException e) {
            throw new BadRequestException(name + " must be a whole number, got '" + value + "'");
        }
    }

    /** Most ids one {@code exclude=} may name. */
    static final int MAX_EXCLUDED = 200;

    /**
     * The track ids of {@code exclude=} (repeated, comma-separated, or both), each checked as an id.
     */
    static java.util.Set<String> ids(String field, List<String> values) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        if (values == null) {
            return out;
        }
        for (String v : values) {
            if (v == null || v.length() > MAX_EXCLUDED * (MAX_ID_CHARS + 1)) {
                throw new BadRequestException(field + " is too long");
            }
            for (String id : v.split(",")) {
                if (!id.isBlank()) {
                    out.add(id(field, id.trim()));
                }
                if (out.size() > MAX_EXCLUDED) {
                    throw new BadRequestException(field + " may name at most " + MAX_EXCLUDED + " tracks");
                }
            }
        }
        return out;
    }

    /** @return the value, checked to be a user or track id */
    static String id(String field, String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_ID_CHARS || !value.matches(ID_PATTERN)) {
            throw new ValidationProblemException(List.of(new Problem.FieldError(field, ID_RULE)));
        }
        return value;
    }
}
