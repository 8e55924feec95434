package org.musicrec.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small JSON HTTP client for the integration tests. */
public final class Http {

    private final HttpClient client;
    private final String base;
    private final String authorization;
    private final java.util.Map<String, String> headers;

    public Http(String base) {
        this(base, null, java.util.Map.of(), HttpClient.Version.HTTP_2);
    }

    private Http(String base, String authorization, java.util.Map<String, String> headers, HttpClient.Version version) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.authorization = authorization;
        this.headers = headers;
        this.client = HttpClient.newBuilder().version(version).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * The same client on HTTP/1.1, a connection per request in flight: the default client upgrades to
     * HTTP/2 and multiplexes many requests over one connection, which the server ends with GOAWAY
     * when too many wait at once (as in an outage drill).
     */
    public Http http1() {
        return new Http(base, authorization, headers, HttpClient.Version.HTTP_1_1);
    }

    /** The same client sending one more header on every request (e.g. a browser's session cookie). */
    public Http with(String name, String value) {
        java.util.Map<String, String> h = new java.util.HashMap<>(headers);
        h.put(name, value);
        return new Http(base, authorization, java.util.Map.copyOf(h), client.version());
    }

    /** The same client sending HTTP Basic credentials. */
    public Http as(String user, String password) {
        return new Http(base, "Basic " + java.util.Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8)), headers, client.version());
    }

    /** The same client sending a service key ({@code Authorization: Bearer}). */
    public Http withKey(String key) {
        return new Http(base, "Bearer " + key, headers, client.version());
    }

    /** The same client sending no credentials. */
    public Http anonymous() {
        return new Http(base, null, headers, client.version());
    }

    /** The answer: status, headers and the body parsed as JSON when it is JSON. */
    public record Answer(int status, String body, HttpResponse<String> raw) {
        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonStructure structure() {
            return Json.createReader(new StringReader(body)).read();
        }

        public String contentType() {
            return raw.headers().firstValue("Content-Type").orElse("");
        }
    }

    private URI uri(String path) {
        return URI.create(path.isEmpty() ? base + "/" : path.startsWith("/") ? base + path : base + "/" + path);
    }

    public Answer get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public Answer post(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private Answer send(HttpRequest.Builder b) {
        try {
            if (authorization != null) {
                b.header("Authorization", authorization);
            }
            headers.forEach(b::header);
            HttpResponse<String> r = client.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
