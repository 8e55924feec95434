package org.musicrec.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.musicrec.events.ActivityEvent;
import org.musicrec.events.ActivityType;

class EventRequestParserTest {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private final EventRequestParser parser = new EventRequestParser(FACTORY.getValidator(), 3, Clock.fixed(NOW, ZoneOffset.UTC));

    @AfterAll
    static void close() {
        FACTORY.close();
    }

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
        EventRequestParser checked = new EventRequestParser(FACTORY.getValidator(), 3, Clock.fixed(NOW, ZoneOffset.UTC), ids -> {
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

    private static List<String> errorsOf(EventRequestParser p, String body) {
        return assertThrows(ValidationProblemException.class, () -> p.parse(json(body))).problem().errors().stream()
                .map(Problem.FieldError::field).toList();
    }
}
