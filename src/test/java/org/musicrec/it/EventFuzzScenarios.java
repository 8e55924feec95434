package org.musicrec.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.sessions.JqwikSession;

/**
 * The events API against generated input (jqwik's generators, seeded): every field of an event is
 * left out, valid, or any JSON value at all (strings of any characters, numbers at the edges of
 * every type, instants at the edges of time, arrays, objects, null). Each request is either refused
 * with a 4xx problem that names a field that was not valid, or accepted and then applied; never
 * accepted and left unapplied.
 */
final class EventFuzzScenarios {

    static final List<String> FIELDS = List.of("eventId", "userId", "trackId", "type", "rating", "count", "at", "msPlayed");

    private final Http app;

    EventFuzzScenarios(Http app) {
        this.app = app;
    }

    void everyGeneratedEventIsRefusedByFieldOrApplied(String seed, int cases) {
        String run = Long.toString(System.nanoTime(), 36);
        JqwikSession.start(seed);
        List<String> accepted = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        int refused = 0;
        try {
            Arbitrary<JsonValue> anything = anyJson();
            Arbitrary<Integer> choice = Arbitraries.integers().between(0, 9);
            for (int i = 0; i < cases; i++) {
                JsonObjectBuilder event = Json.createObjectBuilder();
                Set<String> notValid = new HashSet<>();
                Map<String, JsonValue> valid = validEvent(run, i);
                for (String field : FIELDS) {
                    int c = choice.sample();
                    // Mostly valid (rating's valid form is absent: the valid types take none), so that
                    // a good share of the events is accepted and must then be applied.
                    if (c < 8 || "eventId".equals(field) && c < 9) {
                        if (valid.containsKey(field)) {
                            event.add(field, valid.get(field));
                        }
                    } else if (c < 9) {
                        event.add(field, anything.sample());
                        notValid.add(field);
                    } else {
                        notValid.add(field); // left out
                    }
                }
                String body = event.build().toString();
                Http.Answer r = app.post("api/events", body);
                if (r.status() == 202) {
                    accepted.add(r.json().getJsonArray("accepted").getString(0));
                } else if (r.status() >= 400 && r.status() < 500 && r.contentType().startsWith("application/problem+json")
                        && notValid.stream().anyMatch(f -> r.body().contains(f))) {
                    refused++;
                } else {
                    wrong.add(r.status() + " for " + body + " (not valid: " + notValid + "): " + r.body());
                }
            }
        } finally {
            JqwikSession.finish();
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " answers neither named a bad field nor accepted:\n" + String.join("\n", wrong));
        assertTrue(refused > cases / 4 && accepted.size() > cases / 20, "both outcomes were tried: " + refused + " refused, "
                + accepted.size() + " accepted");
        for (String id : accepted) {
            assertEquals(200, Poll.until(Duration.ofSeconds(90), () -> app.get("api/events/" + id).status(), s -> s == 200,
                    "accepted event " + id + " to be applied"), id);
        }
    }

    private static Map<String, JsonValue> validEvent(String run, int i) {
        Map<String, JsonValue> m = new LinkedHashMap<>();
        m.put("eventId", Json.createValue("fz-" + run + "-" + i));
        m.put("userId", Json.createValue("fz-" + run + "-" + (i % 7)));
        m.put("trackId", Json.createValue(ActivityScenarios.TRACKS.get(i % ActivityScenarios.TRACKS.size())));
        m.put("type", Json.createValue(List.of("play", "like", "skip", "dislike", "complete").get(i % 5)));
        m.put("count", Json.createValue(1 + i % 3));
        m.put("at", Json.createValue(Instant.now().minusSeconds(i).toString()));
        m.put("msPlayed", Json.createValue(1000L * (i % 200)));
        return m;
    }

    /** Any JSON value, leaning towards the edges of each type. */
    static Arbitrary<JsonValue> anyJson() {
        Arbitrary<JsonValue> strings = Arbitraries.strings().ofMaxLength(200).map(Json::createValue);
        Arbitrary<JsonValue> idLike = Arbitraries.strings().withChars("abcXYZ019:._-@/\\$%;{}\u0000\u202e").ofMaxLength(140)
                .map(s -> (JsonValue) Json.createValue(s));
        Arbitrary<JsonValue> reserved = Arbitraries.strings().alpha().ofMaxLength(10).map(s -> (JsonValue) Json.createValue("replay:" + s));
        Arbitrary<JsonValue> ints = Arbitraries.integers().map(n -> (JsonValue) Json.createValue(n));
        Arbitrary<JsonValue> longs = Arbitraries.longs().map(n -> (JsonValue) Json.createValue(n));
        Arbitrary<JsonValue> huge = Arbitraries.of("1e308", "-1e308", "1e-320", "9223372036854775808", "-9223372036854775809",
                "340282366920938463463374607431768211456", "0.5", "-0", "4.000000000000001")
                .map(s -> (JsonValue) Json.createValue(new BigDecimal(s)));
        Arbitrary<JsonValue> doubles = Arbitraries.doubles().map(d -> (JsonValue) Json.createValue(d));
        Arbitrary<JsonValue> instants = Arbitraries.of("+999999999-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z",
                "1970-01-01T00:00:00Z", "0000-01-01T00:00:00Z", "2999-12-31T23:59:59Z", "1999-12-31T23:59:59Z",
                "2026-02-30T00:00:00Z", "2026-01-01T00:00:00+25:00", "2026-01-01", "now", "")
                .map(s -> (JsonValue) Json.createValue(s));
        Arbitrary<JsonValue> nearNow = Arbitraries.longs().between(-400L * 86400, 400L * 86400)
                .map(d -> (JsonValue) Json.createValue(Instant.now().plusSeconds(d).toString()));
        Arbitrary<JsonValue> types = Arbitraries.of("play", "PLAY", "rate", "like ", "", "complete\u0000", "replay")
                .map(s -> (JsonValue) Json.createValue(s));
        Arbitrary<JsonValue> constants = Arbitraries.of(JsonValue.NULL, JsonValue.TRUE, JsonValue.FALSE,
                JsonValue.EMPTY_JSON_ARRAY, JsonValue.EMPTY_JSON_OBJECT);
        Arbitrary<JsonValue> arrays = Arbitraries.integers().list().ofMaxSize(5).map(l -> {
            JsonArrayBuilder b = Json.createArrayBuilder();
            l.forEach(b::add);
            return (JsonValue) b.build();
        });
        Arbitrary<JsonValue> objects = Arbitraries.strings().alpha().ofMaxLength(8)
                .map(k -> (JsonValue) Json.createObjectBuilder().add(k.isEmpty() ? "$ne" : k, 1).build());
        return Arbitraries.oneOf(List.of(strings, idLike, reserved, ints, longs, huge, doubles, instants, nearNow, types,
                constants, arrays, objects));
    }
}
