package org.musicrec.web.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.musicrec.events.ActivityEvent;
import org.musicrec.events.ActivityType;
import org.musicrec.web.api.Problem.FieldError;

/**
 * Turns a POST body (one event object or an array of them) into events, all or nothing: every
 * invalid field of every element is reported, named like {@code [3].rating}, and nothing is sent
 * unless all are valid. The server fills in {@code eventId} and {@code at} when absent. Track ids
 * are checked against the catalogue in one call for the whole request (after the field checks, so a
 * request that is wrong in form costs no lookup).
 */
public final class EventRequestParser {

    private final Validator validator;
    private final int maxBatch;
    private final Clock clock;
    private final UnaryOperator<Set<String>> unknownTracks;

    /** Without a catalogue check: every well-formed track id is taken. */
    public EventRequestParser(Validator validator, int maxBatch, Clock clock) {
        this(validator, maxBatch, clock, ids -> Set.of());
    }

    /** @param unknownTracks given distinct track ids, answers those the catalogue does not hold */
    public EventRequestParser(Validator validator, int maxBatch, Clock clock, UnaryOperator<Set<String>> unknownTracks) {
        this.validator = validator;
        this.maxBatch = maxBatch;
        this.clock = clock;
        this.unknownTracks = unknownTracks;
    }

    public List<ActivityEvent> parse(JsonValue body) {
        List<JsonValue> items;
        boolean array = body.getValueType() == JsonValue.ValueType.ARRAY;
        if (array) {
            items = ((JsonArray) body);
        } else if (body.getValueType() == JsonValue.ValueType.OBJECT) {
            items = List.of(body);
        } else {
            throw new ValidationProblemException(List.of(new FieldError("", "must be an event object or an array of them")));
        }
        if (items.isEmpty()) {
            throw new ValidationProblemException(List.of(new FieldError("", "the array holds no event")));
        }
        if (items.size() > maxBatch) {
            throw new ValidationProblemException(List.of(new FieldError("", "at most " + maxBatch + " events per request, got " + items.size())));
        }
        List<FieldError> errors = new ArrayList<>();
        List<ActivityEvent> events = new ArrayList<>(items.size());
        Instant now = clock.instant();
        String[] trackIds = new String[items.size()];
        for (int i = 0; i < items.size(); i++) {
            String prefix = array ? "[" + i + "]." : "";
            int before = errors.size();
            EventRequest r = read(items.get(i), prefix, errors);
            if (r == null) {
                continue;
            }
            Set<ConstraintViolation<EventRequest>> violations = validator.validate(r);
            violations.forEach(v -> errors.add(new FieldError(prefix + v.getPropertyPath(), v.getMessage())));
            if (r.trackId != null && violations.stream().noneMatch(v -> "trackId".equals(v.getPropertyPath().toString()))) {
                trackIds[i] = r.trackId;
            }
            if ("rate".equals(r.type) && r.rating == null) {
                errors.add(new FieldError(prefix + "rating", "is required for a rate event"));
            }
            if (!"rate".equals(r.type) && r.rating != null) {
                errors.add(new FieldError(prefix + "rating", "is only allowed for a rate event"));
            }
            Instant at = now;
            if (r.at != null) {
                try {
                    at = Instant.parse(r.at);
                } catch (DateTimeParseException e) {
                    errors.add(new FieldError(prefix + "at", "must be an ISO-8601 UTC instant such as 2026-01-31T12:00:00Z"));
                }
            }
            if (errors.size() == before) {
                events.add(new ActivityEvent(r.eventId != null ? r.eventId : UUID.randomUUID().toString(),
                        r.userId, r.trackId, ActivityType.parse(r.type).orElseThrow(), r.rating,
                        r.count != null ? r.count : 1, at, r.msPlayed));
            }
        }
        checkTracks(trackIds, array, errors);
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(EventRequestParser::element)); // stable: field order kept within an element
            throw new ValidationProblemException(errors);
        }
        return events;
    }

    /** One catalogue lookup for every well-formed track id of the request (null where the id itself is invalid). */
    private void checkTracks(String[] trackIds, boolean array, List<FieldError> errors) {
        Set<String> ids = new LinkedHashSet<>();
        for (String id : trackIds) {
            if (id != null) {
                ids.add(id);
            }
        }
        if (ids.isEmpty()) {
            return;
        }
        Set<String> unknown = unknownTracks.apply(ids);
        for (int i = 0; i < trackIds.length; i++) {
            if (trackIds[i] != null && unknown.contains(trackIds[i])) {
                errors.add(new FieldError((array ? "[" + i + "]." : "") + "trackId", "names no track in the catalogue"));
            }
        }
    }

    private static int element(FieldError e) {
        String f = e.field();
        int close = f.indexOf(']');
        return f.startsWith("[") && close > 1 ? Integer.parseInt(f.substring(1, close)) : -1;
    }

    private static EventRequest read(JsonValue v, String prefix, List<FieldError> errors) {
        if (v.getValueType() != JsonValue.ValueType.OBJECT) {
            errors.add(new FieldError(prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1), "must be an event object"));
            return null;
        }
        JsonObject o = (JsonObject) v;
        EventRequest r = new EventRequest();
        for (String key : o.keySet()) {
            JsonValue value = o.get(key);
            switch (key) {
                case "eventId" -> r.eventId = text(value, prefix + key, errors);
                case "userId" -> r.userId = text(value, prefix + key, errors);
                case "trackId" -> r.trackId = text(value, prefix + key, errors);
                case "type" -> r.type = text(value, prefix + key, errors);
                case "at" -> r.at = text(value, prefix + key, errors);
                case "rating" -> r.rating = (Integer) integer(value, prefix + key, errors, false);
                case "count" -> r.count = (Integer) integer(value, prefix + key, errors, false);
                case "msPlayed" -> r.msPlayed = (Long) integer(value, prefix + key, errors, true);
                default -> errors.add(new FieldError(prefix + key, "is not a field of an event"));
            }
        }
        return r;
    }

    private static String text(JsonValue v, String field, List<FieldError> errors) {
        if (v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        if (v instanceof JsonNumber n && (field.endsWith("userId") || field.endsWith("trackId"))) {
            return n.toString(); // numeric ids such as FMA track ids are accepted as written
        }
        errors.add(new FieldError(field, "must be a string"));
        return null;
    }

    private static Number integer(JsonValue v, String field, List<FieldError> errors, boolean wide) {
        if (v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonNumber n && n.isIntegral()) {
            try {
                return wide ? (Number) n.longValueExact() : (Number) n.intValueExact();
            } catch (ArithmeticException e) {
                errors.add(new FieldError(field, "is out of range"));
                return null;
            }
        }
        errors.add(new FieldError(field, "must be an integer"));
        return null;
    }
}
