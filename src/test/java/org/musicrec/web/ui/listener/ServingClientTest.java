package org.musicrec.web.ui.listener;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.musicrec.web.ui.LoopbackApi;

/** The serving client against a small HTTP server answering the contract's JSON (and its errors). */
class ServingClientTest {

    private HttpServer server;
    private final Map<String, String[]> answers = new ConcurrentHashMap<>();
    final List<String> requests = new CopyOnWriteArrayList<>();
    private ServingClient client;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            String key = ex.getRequestMethod() + " " + ex.getRequestURI();
            requests.add(key + " " + new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            String[] a = answers.getOrDefault(key, new String[] {"404", "{\"status\":404,\"title\":\"Not Found\"}"});
            byte[] body = a[1].getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(Integer.parseInt(a[0]), body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        client = new ServingClient(new LoopbackApi("http://127.0.0.1:" + server.getAddress().getPort() + "/app/", "JSESSIONID=abc"));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void recommendationsParsedFromTheContractShape() {
        answers.put("GET /app/api/users/u%201/recommendations?n=10", new String[] {"200", "{\"userId\":\"u 1\",\"modelVersion\":3,\"strategy\":\"als\","
                + "\"knownUser\":true,\"items\":[{\"trackId\":\"123\",\"title\":\"<b>Foo</b>\",\"artist\":\"A\",\"album\":\"B\","
                + "\"genres\":[\"Rock\",\"Indie-Rock\"],\"score\":0.93,\"reason\":\"because you played Bar\",\"reasonTrackId\":\"456\"}]}"});
        ServingClient.Result<ServingClient.Recommendations> r = client.recommendations("u 1", 10, null);
        assertTrue(r.ok(), r.problem());
        assertEquals(3, r.value().modelVersion());
        Item i = r.value().items().get(0);
        assertEquals("<b>Foo</b>", i.getTitle(), "kept as text; the page escapes it");
        assertEquals("Rock / Indie-Rock", i.getGenre());
        assertEquals("because you played Bar", i.getReason());
    }

    @Test
    void errorsAreSentencesNotExceptions() {
        answers.put("GET /app/api/tracks/9/similar?n=10&by=audio", new String[] {"404", "{\"status\":404,\"title\":\"Not Found\",\"detail\":\"no track 9\"}"});
        ServingClient.Result<List<Item>> similar = client.similar("9", "audio", 10);
        assertEquals("no track 9 is known", similar.problem());

        answers.put("GET /app/api/users/samples?n=12", new String[] {"503", "{\"status\":503,\"detail\":\"mongo is unavailable: timeout\"}"});
        ServingClient.Result<List<ServingClient.SampleUser>> samples = client.samples(12);
        assertFalse(samples.ok());
        assertEquals("Could not get sample listeners: a service it needs is down: mongo is unavailable: timeout.", samples.problem());

        ServingClient.Result<ServingClient.History> missing = client.history("u1", 20);
        assertEquals("Could not get history: this server has no such endpoint yet.", missing.problem());
        answers.put("GET /app/api/users/u2/history?limit=20", new String[] {"404", "{\"status\":404,\"detail\":\"HTTP 404 Not Found\"}"});
        assertEquals("Could not get history: this server has no such endpoint yet.", client.history("u2", 20).problem());

        server.stop(0);
        ServingClient.Result<ServingClient.Recommendations> down = client.recommendations("u1", 10, "Rock");
        assertEquals(0, down.status());
        assertTrue(down.problem().startsWith("Could not get recommendations: the server did not answer"), down.problem());
        assertNull(down.value());
    }

    @Test
    void eventsAndColdStartPostTheContractBodiesWithTheConsoleHeaderAndCookie() {
        answers.put("POST /app/api/events", new String[] {"202", "{\"accepted\":[\"e1\"]}"});
        assertEquals("e1", client.event("u1", "123", "like").value());
        answers.put("POST /app/api/recommendations/cold-start", new String[] {"200",
                "{\"userId\":null,\"modelVersion\":null,\"strategy\":\"cold-start\",\"knownUser\":false,\"items\":[]}"});
        ServingClient.Result<ServingClient.Recommendations> r = client.coldStart(List.of("Rock"), List.of("5"), 500);
        assertEquals("cold-start", r.value().strategy());
        assertNull(r.value().userId());
        assertEquals(List.of("POST /app/api/events {\"userId\":\"u1\",\"trackId\":\"123\",\"type\":\"like\"}",
                "POST /app/api/recommendations/cold-start {\"genres\":[\"Rock\"],\"tracks\":[\"5\"],\"n\":50}"), requests);
    }

    @Test
    void historyAndTopGenres() {
        answers.put("GET /app/api/users/u1/history?limit=20", new String[] {"200", "{\"userId\":\"u1\",\"interactions\":[{\"trackId\":\"1\","
                + "\"title\":\"T\",\"artist\":\"A\",\"plays\":3,\"likes\":1,\"dislikes\":0,\"skips\":2,\"completes\":1,\"weight\":8.0,"
                + "\"lastAt\":\"2026-12-01T12:00:00Z\"}],\"topGenres\":[{\"genre\":\"Rock\",\"weight\":12.0}]}"});
        ServingClient.History h = client.history("u1", 20).value();
        assertEquals("3 play(s), 1 like(s), 2 skip(s), 0 dislike(s)", h.interactions().get(0).getSummary());
        assertEquals("12.0", h.topGenres().get(0).getWeight());
        assertEquals("3 play(s), 1 like(s), 2 skip(s), 0 dislike(s)", ListenerView.signature(h, "1"));
    }
}
