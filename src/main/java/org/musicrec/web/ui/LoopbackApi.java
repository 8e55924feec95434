package org.musicrec.web.ui;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.musicrec.platform.security.ConsoleSession;

/**
 * The application's own JSON API, called over loopback HTTP by the pages, for the endpoints that
 * other parts of the project own (serving, models, activity): the pages then show exactly what
 * scripts see, and work whichever class implements the endpoint. The browser's session cookie is
 * passed on, so an admin page calls the admin API as the logged-in administrator. Failures become
 * an {@link Answer} with status 0 and a reason, never an exception.
 */
public final class LoopbackApi {

    /** One answer: HTTP status (0 = no answer), the parsed JSON body if any, a readable problem. */
    public record Answer(int status, JsonValue body, String problem) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public JsonObject object() {
            return body instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
        }

        /** The problem body's detail, or the transport's reason. */
        public String reason() {
            if (body instanceof JsonObject o && o.containsKey("detail")) {
                return o.getString("detail", problem);
            }
            return problem;
        }
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    /** Bodies beyond this are not read as JSON (a page has no use for them). */
    static final int MAX_BODY = 8 * 1024 * 1024;

    private final String base;
    private final String cookie;
    private final String bearer;

    public LoopbackApi(String base, String cookie) {
        this(base, cookie, null);
    }

    private LoopbackApi(String base, String cookie, String bearer) {
        this.base = base.endsWith("/") ? base : base + "/";
        this.cookie = cookie;
        this.bearer = bearer;
    }

    /** The same API called with a service key (the listener page's in-memory page key, see ServiceKeys). */
    public LoopbackApi withServiceKey(String key) {
        return new LoopbackApi(base, cookie, key);
    }

    /** Towards the server that answered this request, on the address it was reached at. */
    public static LoopbackApi of(HttpServletRequest request) {
        String host = request.getLocalAddr();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        String scheme = request.isSecure() ? "https" : "http";
        return new LoopbackApi(scheme + "://" + host + ":" + request.getLocalPort() + request.getContextPath() + "/", request.getHeader("Cookie"));
    }

    public Answer get(String path) {
        return send(builder(path).GET());
    }

    public Answer post(String path, String json) {
        return send(builder(path).header("Content-Type", "application/json").header(ConsoleSession.CONSOLE_HEADER, "1")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)));
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json");
        if (cookie != null && !cookie.isBlank()) {
            b.header("Cookie", cookie);
        }
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return b;
    }

    private static Answer send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), parse(r.body()).orElse(null), "HTTP " + r.statusCode());
        } catch (IOException e) {
            return new Answer(0, null, "the service did not answer (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, null, "interrupted");
        } catch (IllegalArgumentException e) {
            return new Answer(0, null, "bad request path");
        }
    }

    static Optional<JsonValue> parse(String body) {
        if (body == null || body.isBlank() || body.length() > MAX_BODY) {
            return Optional.empty();
        }
        try (var reader = Json.createReader(new StringReader(body))) {
            JsonStructure s = reader.read();
            return Optional.of(s);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
