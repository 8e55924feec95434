package org.musicrec.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What makes an event acceptable, shared by every way in: the events API, the replay parsers, and
 * the consumers, which re-check each record they read. Two levels: {@link #applicable} is what the
 * consumers can apply at all (the bounds of {@link EventBounds}; the same answer for a record
 * forever, so a record refused is refused on every retry and never stalls a partition);
 * {@link #acceptable} adds the configured time window around the accepting clock, so every event
 * accepted is applicable. Messages read after the field name: {@code "count must be from 1 to ..."}.
 */
public final class EventRules {

    /** One field an event cannot have as given, named as the API names it. */
    public record Violation(String field, String message) {
        @Override
        public String toString() {
            return field + " " + message;
        }
    }

    /** Ids of this form are written by replays only ({@link ReplayId}); a client using one could mask a replay's lines. */
    public static final String RESERVED_PREFIX = "replay:";
    private static final Pattern EVENT_ID = Pattern.compile("[A-Za-z0-9._:-]+");
    static final String ID_RULE = "must be 1-" + EventBounds.MAX_ID_CHARS
            + " characters, not blank, without '/', '|' or control characters";

    private final EventWindow window;

    public EventRules(EventWindow window) {
        this.window = window;
    }

    public static EventRules defaults() {
        return new EventRules(EventWindow.DEFAULT);
    }

    public EventWindow window() {
        return window;
    }

    /** What the consumers can apply, whenever and by whomever the event was accepted. */
    public static List<Violation> applicable(ActivityEvent e) {
        List<Violation> out = new ArrayList<>();
        eventId(e.eventId()).ifPresent(m -> out.add(new Violation("eventId", m)));
        id(e.userId()).ifPresent(m -> out.add(new Violation("userId", m)));
        id(e.trackId()).ifPresent(m -> out.add(new Violation("trackId", m)));
        rating(e.type(), e.rating()).ifPresent(m -> out.add(new Violation("rating", m)));
        count(e.count()).ifPresent(m -> out.add(new Violation("count", m)));
        msPlayed(e.msPlayed()).ifPresent(m -> out.add(new Violation("msPlayed", m)));
        storable(e.at()).ifPresent(m -> out.add(new Violation("at", m)));
        return out;
    }

    /** The event, or a {@link PoisonRecordException} listing what the consumers cannot apply. */
    public static ActivityEvent requireApplicable(ActivityEvent e) {
        List<Violation> violations = applicable(e);
        if (!violations.isEmpty()) {
            throw new PoisonRecordException(violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        }
        return e;
    }

    /** What a door (a replay, and the API with {@link #fromClient}) accepts at {@code now}: applicable, and inside the window. */
    public List<Violation> acceptable(ActivityEvent e, Instant now) {
        List<Violation> out = new ArrayList<>(applicable(e));
        // The window lies inside the storable range, so its message is the one that applies here.
        out.removeIf(v -> v.field().equals("at"));
        at(e.at(), now).ifPresent(m -> out.add(new Violation("at", m)));
        return out;
    }

    /** User and track ids: they appear in URL paths and are joined by '|' into the interaction document id. */
    public static Optional<String> id(String id) {
        if (id == null || id.isBlank() || id.length() > EventBounds.MAX_ID_CHARS) {
            return Optional.of(ID_RULE);
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '/' || c == '|' || Character.isISOControl(c)) {
                return Optional.of(ID_RULE);
            }
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < id.length() && Character.isLowSurrogate(id.charAt(i + 1))) {
                    i++;
                } else {
                    return Optional.of("must be valid Unicode text (an unpaired surrogate)");
                }
            }
        }
        return Optional.empty();
    }

    public static Optional<String> eventId(String id) {
        if (id == null || id.isEmpty() || id.length() > EventBounds.MAX_EVENT_ID_CHARS || !EVENT_ID.matcher(id).matches()) {
            return Optional.of("must be 1-" + EventBounds.MAX_EVENT_ID_CHARS + " letters, digits or . _ : -");
        }
        return Optional.empty();
    }

    /** An event id a client chose: well-formed, and not of the form reserved for replays. */
    public static Optional<String> fromClient(String eventId) {
        Optional<String> form = eventId(eventId);
        if (form.isPresent()) {
            return form;
        }
        if (eventId.toLowerCase(Locale.ROOT).startsWith(RESERVED_PREFIX)) {
            return Optional.of("must not start with '" + RESERVED_PREFIX + "' (reserved for replayed histories)");
        }
        return Optional.empty();
    }

    public static Optional<String> count(long count) {
        return count < 1 || count > EventBounds.MAX_COUNT
                ? Optional.of("must be from 1 to " + EventBounds.MAX_COUNT + ", got " + count)
                : Optional.empty();
    }

    /** Absent is fine (nothing is added to the listening time). */
    public static Optional<String> msPlayed(Long ms) {
        return ms != null && (ms < 0 || ms > EventBounds.MAX_MS_PLAYED)
                ? Optional.of("must be from 0 to " + EventBounds.MAX_MS_PLAYED + " (a day), got " + ms)
                : Optional.empty();
    }

    /** A {@code rate} event needs a rating in range; any other type must not carry one. */
    public static Optional<String> rating(ActivityType type, Integer rating) {
        if (type == ActivityType.RATE && rating == null) {
            return Optional.of("is required for a rate event");
        }
        if (type != ActivityType.RATE && rating != null) {
            return Optional.of("is only allowed for a rate event");
        }
        if (rating != null && (rating < EventBounds.MIN_RATING || rating > EventBounds.MAX_RATING)) {
            return Optional.of("must be from " + EventBounds.MIN_RATING + " to " + EventBounds.MAX_RATING + ", got " + rating);
        }
        return Optional.empty();
    }

    public static Optional<String> storable(Instant at) {
        return at.isBefore(EventBounds.EARLIEST_STORABLE) || at.isAfter(EventBounds.LATEST_STORABLE)
                ? Optional.of("must be from " + EventBounds.EARLIEST_STORABLE + " to " + EventBounds.LATEST_STORABLE + ", got " + at)
                : Optional.empty();
    }

    /** Inside the window around {@code now} (which is inside the storable range). */
    public Optional<String> at(Instant at, Instant now) {
        Instant latest = window.latest(now);
        if (at.isBefore(window.earliest()) || at.isAfter(latest)) {
            return Optional.of("must be from " + window.earliest() + " to " + latest + " (at most " + window.maxAhead()
                    + " ahead of the server's clock), got " + at);
        }
        return Optional.empty();
    }
}
