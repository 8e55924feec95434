package org.musicrec.web.api;

import org.musicrec.platform.http.Problem;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import org.musicrec.events.ActivityEvent;
import org.musicrec.events.ActivityType;
import org.musicrec.events.EventRules;
import org.musicrec.platform.http.Problem.FieldError;

/**
 * Turns a POST body (one event object or an array of them) into events, all or nothing: every
 * invalid field of every element is reported, named like {@code [3].rating}, and nothing is sent
 * unless all are valid. The rules are the events capability's ({@link EventRules}, shared with the
 * replay parsers and the consumers), so nothing accepted here is refused downstream; event ids of
 * the replays' reserved form are refused. The server fills in {@code eventId} and {@code at} when
 * absent. Track ids are checked against the catalogue in one call for the whole request (after the
 * field checks, so a request that is wrong in form costs no lookup).
 */
public final class EventRequestParser {

    private static final String TYPES = "must be one of play, skip, like, dislike, complete, rate";

    private final EventRules rules;
    private final int maxBatch;
    private final Clock clock;
    private final UnaryOperator<Set<String>> unknownTracks;

    /** Without a catalogue check: every well-formed track id is taken. */
    public EventRequestParser(EventRules rules, int maxBatch, Clock clock) {
        this(rules, maxBatch, clock, ids -> Set.of());
    }

    /** @param unknownTracks given distinct track ids, answers those the catalogue does not hold */
    public EventRequestParser(EventRules rules, int maxBatch, Clock clock, UnaryOperator<Set<String>> unknownTracks) {
        this.rules = rules;
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
            List<EventRules.Violation> violations = new ArrayList<>();
            EventRequest r = read(items.get(i), prefix, errors, violations);
            if (r == null) {
                continue;
            }
            ActivityEvent e = check(r, now, violations);
            if (r.trackId != null && violations.stream().noneMatch(v -> v.field().equals("trackId"))) {
                trackIds[i] = r.trackId;
            }
            violations.forEach(v -> errors.add(new FieldError(prefix + v.field(), v.message())));
            if (e != null) {
                events.add(e);
            }
        }
        checkTracks(trackIds, array, errors);
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(EventRequestParser::element)); // stable: field order kept within an element
            throw new ValidationProblemException(errors);
        }
        return events;
    }

    /**
     * Every field by the shared rules; the event with defaults filled in, or null when {@code out}
     * holds a violation (those of {@link #read} included).
     */
    private ActivityEvent check(EventRequest r, Instant now, List<EventRules.Violation> out) {
        BiConsumer<String, String> add = (field, message) -> out.add(new EventRules.Violation(field, message));
        if (r.eventId != null) {
            EventRules.fromClient(r.eventId).ifPresent(m -> add.accept("eventId", m));
        }
        required(r.userId, "userId", out).flatMap(EventRules::id).ifPresent(m -> add.accept("userId", m));
        required(r.trackId, "trackId", out).flatMap(EventRules::id).ifPresent(m -> add.accept("trackId", m));
        ActivityType type = required(r.type, "type", out).flatMap(ActivityType::parse).orElse(null);
        if (r.type != null && type == null) {
            add.accept("type", TYPES);
        }
        boolean ratingRead = out.stream().noneMatch(v -> v.field().equals("rating"));
        if (ratingRead && (type != null || r.rating != null)) { // with an unknown type, the rating's range alone
            EventRules.rating(type != null ? type : ActivityType.RATE, r.rating).ifPresent(m -> add.accept("rating", m));
        }
        if (r.count != null) {
            EventRules.count(r.count).ifPresent(m -> add.accept("count", m));
        }
        EventRules.msPlayed(r.msPlayed).ifPresent(m -> add.accept("msPlayed", m));
        Instant at = now;
        if (r.at != null) {
            try {
                at = Instant.parse(r.at);
                rules.at(at, now).ifPresent(m -> add.accept("at", m));
            } catch (DateTimeParseException e) {
                add.accept("at", "must be an ISO-8601 UTC instant such as 2026-01-31T12:00:00Z");
            }
        }
        if (!out.isEmpty()) {
            return null;
        }
        return new ActivityEvent(r.eventId != null ? r.eventId : UUID.randomUUID().toString(),
                r.userId, r.trackId, type, r.rating, r.count != null ? r.count : 1, at, r.msPlayed);
    }

    /** The value, or empty after reporting it missing (unless {@link #read} reported it of the wrong type). */
    private static Optional<String> required(String value, String field, List<EventRules.Violation> out) {
        if (value == null) {
            if (out.stream().noneMatch(v -> v.field().equals(field))) {
                out.add(new EventRules.Violation(field, "is required"));
            }
            return Optional.empty();
        }
        return Optional.of(value);
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

    /** The fields as typed values; a value of the wrong type or an unknown field goes to {@code out}. */
    private static EventRequest read(JsonValue v, String prefix, List<FieldError> errors, List<EventRules.Violation> out) {
        if (v.getValueType() != JsonValue.ValueType.OBJECT) {
            errors.add(new FieldError(prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1), "must be an event object"));
            return null;
        }
        JsonObject o = (JsonObject) v;
        EventRequest r = new EventRequest();
        for (String key : o.keySet()) {
            JsonValue value = o.get(key);
            switch (key) {
                case "eventId" -> r.eventId = text(value, key, out);
                case "userId" -> r.userId = text(value, key, out);
                case "trackId" -> r.trackId = text(value, key, out);
                case "type" -> r.type = text(value, key, out);
                case "at" -> r.at = text(value, key, out);
                case "rating" -> r.rating = (Integer) integer(value, key, out, false);
                case "count" -> r.count = (Integer) integer(value, key, out, false);
                case "msPlayed" -> r.msPlayed = (Long) integer(value, key, out, true);
                default -> out.add(new EventRules.Violation(key, "is not a field of an event"));
            }
        }
        return r;
    }

    private static String text(JsonValue v, String field, List<EventRules.Violation> out) {
        if (v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        if (v instanceof JsonNumber n && (field.equals("userId") || field.equals("trackId"))) {
            return n.toString(); // numeric ids such as FMA track ids are accepted as written
        }
        out.add(new EventRules.Violation(field, "must be a string"));
        return null;
    }

    private static Number integer(JsonValue v, String field, List<EventRules.Violation> out, boolean wide) {
        if (v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonNumber n && n.isIntegral()) {
            try {
                return wide ? (Number) n.longValueExact() : (Number) n.intValueExact();
            } catch (ArithmeticException e) {
                out.add(new EventRules.Violation(field, "is out of range"));
                return null;
            }
        }
        out.add(new EventRules.Violation(field, "must be an integer"));
        return null;
    }
}
