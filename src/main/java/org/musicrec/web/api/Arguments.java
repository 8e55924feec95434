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

    /** @return the value, checked to be a user or track id */
    static String id(String field, String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_ID_CHARS || !value.matches(ID_PATTERN)) {
            throw new ValidationProblemException(List.of(new Problem.FieldError(field, ID_RULE)));
        }
        return value;
    }
}
