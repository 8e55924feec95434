package org.musicrec.web.api;

import org.musicrec.platform.http.Problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.musicrec.events.ActivityEvent;
import org.musicrec.events.ActivityType;
import org.musicrec.events.EventBounds;
import org.musicrec.events.EventRules;
import org.musicrec.events.EventWindow;

class EventRequestParserTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final EventRules RULES = new EventRules(EventWindow.parse("2000-01-01T00:00:00Z", "PT24H"));
    private final EventRequestParser parser = new EventRequestParser(RULES, 3, Clock.fixed(NOW, ZoneOffset.UTC));

    private static JsonValue json(String s) {
        return Json.createReader(new StringReader(s)).readValue();
    }

    private List<String> errorFields(String body) {
        ValidationProblemException e = assertThrows(ValidationProblemException.class, () -> parser.parse(json(body)));
        return e.problem().errors().stream().map(Problem.FieldError::field).toList();
    }

    @Test
    void singleEventGetsServerIdTimeAndDefaultCount() {
        ActivityEvent e = parser.parse(json("{\"userId\":\"u1\",\"trackId\":\"2\",\"type\":\"play\"}")).get(0);
        assertEquals(ActivityType.PLAY, e.type());
        assertEquals(1, e.count());
        assertEquals(NOW, e.at());
        assertEquals(36, e.eventId().length());
        assertNull(e.rating());
    }

    @Test
    void keepsClientValues() {
        ActivityEvent e = parser.parse(json("{\"eventId\":\"abc-1\",\"userId\":\"u1\",\"trackId\":2,\"type\":\"rate\","
                + "\"rating\":4,\"count\":3,\"at\":\"2024-01-02T03:04:05Z\",\"msPlayed\":30000}")).get(0);
        assertEquals("abc-1", e.eventId());
        assertEquals("2", e.trackId());
        assertEquals(4, e.rating());
        assertEquals(3, e.count());
        assertEquals(Instant.parse("2024-01-02T03:04:05Z"), e.at());
        assertEquals(30000L, e.msPlayed());
    }

    @Test
    void reportsEveryBadFieldOfEveryElementAndAcceptsNone() {
        assertEquals(List.of("[0].rating", "[1].type", "[1].userId", "[2].at", "[2].count"),
                errorFields("[{\"userId\":\"u\",\"trackId\":\"1\",\"type\":\"rate\"},"
                        + "{\"userId\":\"\",\"trackId\":\"1\",\"type\":\"dance\"},"
                        + "{\"userId\":\"u\",\"trackId\":\"1\",\"type\":\"play\",\"count\":0,\"at\":\"yesterday\"}]")
                        .stream().sorted().toList());
    }

    @Test
    void refusesWrongTypesUnknownFieldsAndRatingOutsideRate() {
        assertEquals(List.of("count"), errorFields("{\"userId\":\"u\",\"trackId\":\"1\",\"type\":\"play\",\"count\":\"2\"}"));
        assertEquals(List.of("colour"), errorFields("{\"userId\":\"u\",\"trackId\":\"1\",\"type\":\"play\",\"colour\":1}"));
        assertEquals(List.of("rating"), errorFields("{\"userId\":\"u\",\"trackId\":\"1\",\"type\":\"like\",\"rating\":5}"));
        assertEquals(List.of("rating"), errorFields("{\"userId\":\"u\",\"trackId\":\"1\",\"type\":\"rate\",\"rating\":6}"));
    }

    @Test
    void refusesEmptyOversizedAndNonObjectBodies() {
        assertEquals(List.of(""), errorFields("[]"));
        assertEquals(List.of(""), errorFields("[{},{},{},{}]"));
        assertEquals(List.of(""), errorFields("\"play\""));
        assertEquals(List.of("[0]"), errorFields("[1]"));
    }

    @Test
    void unknownTracksAreNamedByElementWithOneLookupForTheWholeRequest() {
        List<java.util.Set<String>> lookups = new java.util.ArrayList<>();
        EventRequestParser checked = new EventRequestParser(RULES, 3, Clock.fixed(NOW, ZoneOffset.UTC), ids -> {
            lookups.add(java.util.Set.copyOf(ids));
            java.util.Set<String> unknown = new java.util.HashSet<>(ids);
            unknown.removeAll(java.util.Set.of("1", "lastfm:51"));
            return unknown;
        });
        ValidationProblemException e = assertThrows(ValidationProblemException.class, () -> checked.parse(json(
                "[{\"userId\":\"u\",\"trackId\":\"404\",\"type\":\"play\"},"
                        + "{\"userId\":\"u\",\"trackId\":\"1\",\"type\":\"dance\"},"
                        + "{\"userId\":\"u\",\"trackId\":\"404\",\"type\":\"like\"}]")));
        assertEquals(List.of("[0].trackId", "[1].type", "[2].trackId"),
                e.problem().errors().stream().map(Problem.FieldError::field).toList());
        assertEquals("names no track in the catalogue", e.problem().errors().get(0).message());
        assertEquals(List.of(java.util.Set.of("404", "1")), lookups, "one lookup with the distinct well-formed ids");

        lookups.clear();
        assertEquals(2, checked.parse(json("[{\"userId\":\"u\",\"trackId\":1,\"type\":\"play\"},"
                + "{\"userId\":\"u\",\"trackId\":\"lastfm:51\",\"type\":\"skip\"}]")).size());
        assertEquals(List.of("trackId"), errorsOf(checked, "{\"userId\":\"u\",\"trackId\":\"9\",\"type\":\"play\"}"));
        assertEquals(List.of("trackId"), errorsOf(checked, "{\"userId\":\"u\",\"trackId\":\"  \",\"type\":\"play\"}"));
        assertEquals(2, lookups.size(), "a blank id is refused by its form, without a lookup");
    }

    private static String event(String extra) {
        return "{\"userId\":\"u\",\"trackId\":\"1\",\"type\":\"play\"" + extra + "}";
    }

    /** Issue 18: accepted with 202, this event stalled both consumers for ever. */
    @Test
    void refusesAnInstantTheConsumersCannotStore() {
        assertEquals(List.of("at"), errorFields(event(",\"at\":\"+999999999-01-01T00:00:00Z\"")));
        assertEquals(List.of("at"), errorFields(event(",\"at\":\"-999999999-01-01T00:00:00Z\"")));
    }

    /** The window: from the configured earliest instant to the configured time after the server's clock, both ends included. */
    @Test
    void takesOnlyTimesInsideTheWindow() {
        assertEquals(List.of("at"), errorFields(event(",\"at\":\"1999-12-31T23:59:59.999Z\"")));
        assertEquals(Instant.parse("2000-01-01T00:00:00Z"), parser.parse(json(event(",\"at\":\"2000-01-01T00:00:00Z\""))).get(0).at());
        assertEquals(NOW.plusSeconds(86_400), parser.parse(json(event(",\"at\":\"2026-11-26T12:00:00Z\""))).get(0).at());
        assertEquals(List.of("at"), errorFields(event(",\"at\":\"2026-11-26T12:00:00.001Z\"")));
        ValidationProblemException e = assertThrows(ValidationProblemException.class,
                () -> parser.parse(json(event(",\"at\":\"2999-01-01T00:00:00Z\""))));
        assertTrue(e.problem().errors().get(0).message().contains("2026-11-26T12:00:00Z"), e.problem().errors().get(0).message());
    }

    /** Each bound at its edge: the largest value taken, one more refused, naming the field. */
    @Test
    void countListeningTimeAndRatingAreBoundedAtTheirEdges() {
        assertEquals(EventBounds.MAX_COUNT, parser.parse(json(event(",\"count\":" + EventBounds.MAX_COUNT))).get(0).count());
        assertEquals(List.of("count"), errorFields(event(",\"count\":" + (EventBounds.MAX_COUNT + 1))));
        assertEquals(List.of("count"), errorFields(event(",\"count\":2147483648")));
        assertEquals(EventBounds.MAX_MS_PLAYED, parser.parse(json(event(",\"msPlayed\":" + EventBounds.MAX_MS_PLAYED))).get(0).msPlayed());
        assertEquals(List.of("msPlayed"), errorFields(event(",\"msPlayed\":" + (EventBounds.MAX_MS_PLAYED + 1))));
        assertEquals(List.of("msPlayed"), errorFields(event(",\"msPlayed\":9223372036854775807")));
        assertEquals(List.of("msPlayed"), errorFields(event(",\"msPlayed\":92233720368547758070")));
        assertEquals(List.of("msPlayed"), errorFields(event(",\"msPlayed\":-1")));
        assertEquals(List.of("rating"), errorFields("{\"userId\":\"u\",\"trackId\":\"1\",\"type\":\"rate\",\"rating\":0}"));
        assertEquals(List.of("rating"), errorFields("{\"userId\":\"u\",\"trackId\":\"1\",\"type\":\"rate\",\"rating\":4294967301}"));
    }

    /** Ids: the replays' reserved form, '|' (it joins user and track in a document id), '/', controls, unpaired surrogates, length. */
    @Test
    void refusesReservedAndUnsafeIds() {
        assertEquals(List.of("eventId"), errorFields(event(",\"eventId\":\"replay:0123456789abcdef:5\"")));
        assertEquals(List.of("eventId"), errorFields(event(",\"eventId\":\"REPLAY:anything\"")));
        assertEquals("my-replay:1", parser.parse(json(event(",\"eventId\":\"my-replay:1\""))).get(0).eventId());
        assertEquals(List.of("eventId"), errorFields(event(",\"eventId\":\"" + "e".repeat(EventBounds.MAX_EVENT_ID_CHARS + 1) + "\"")));
        assertEquals(List.of("userId"), errorFields("{\"userId\":\"a|b\",\"trackId\":\"1\",\"type\":\"play\"}"));
        assertEquals(List.of("trackId"), errorFields("{\"userId\":\"a\",\"trackId\":\"1|2\",\"type\":\"play\"}"));
        assertEquals(List.of("userId"), errorFields("{\"userId\":\"a/b\",\"trackId\":\"1\",\"type\":\"play\"}"));
        assertEquals(List.of("userId"), errorFields("{\"userId\":\"a\\u0085b\",\"trackId\":\"1\",\"type\":\"play\"}"));
        assertEquals(List.of("userId"), errorFields("{\"userId\":\"a\\ud800\",\"trackId\":\"1\",\"type\":\"play\"}"));
        assertEquals("a\ud83c\udfb5", parser.parse(json("{\"userId\":\"a\\ud83c\\udfb5\",\"trackId\":\"1\",\"type\":\"play\"}")).get(0).userId());
        String longest = "u".repeat(EventBounds.MAX_ID_CHARS);
        assertEquals(longest, parser.parse(json("{\"userId\":\"" + longest + "\",\"trackId\":\"1\",\"type\":\"play\"}")).get(0).userId());
        assertEquals(List.of("userId"), errorFields("{\"userId\":\"" + longest + "u\",\"trackId\":\"1\",\"type\":\"play\"}"));
    }

    /** A field of the wrong type is reported once, not also as missing; a missing one as required. */
    @Test
    void aMistypedFieldIsReportedOnce() {
        ValidationProblemException e = assertThrows(ValidationProblemException.class,
                () -> parser.parse(json("{\"userId\":true,\"type\":\"play\"}")));
        assertEquals(List.of("userId must be a string", "trackId is required"),
                e.problem().errors().stream().map(x -> x.field() + " " + x.message()).toList());
    }

    /** Whatever the door accepts, the consumers can apply: the same rules, checked on what was built. */
    @Test
    void everythingAcceptedIsApplicable() {
        for (ActivityEvent e : parser.parse(json("[" + event(",\"count\":" + EventBounds.MAX_COUNT + ",\"msPlayed\":" + EventBounds.MAX_MS_PLAYED
                + ",\"at\":\"2026-11-26T12:00:00Z\"") + "," + event(",\"at\":\"2000-01-01T00:00:00Z\"") + "]"))) {
            assertEquals(List.of(), EventRules.applicable(e));
            assertEquals(e, org.musicrec.events.ActivityEventCodec.decode(e.toJson().toString()));
        }
    }

    private static List<String> errorsOf(EventRequestParser p, String body) {
        return assertThrows(ValidationProblemException.class, () -> p.parse(json(body))).problem().errors().stream()
                .map(Problem.FieldError::field).toList();
    }
}
