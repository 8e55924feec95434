package org.musicrec.tools.demo;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * The admin API as the demo uses it: launch, restart and watch jobs, read their problems, the
 * model versions and the consumers' lag. The demo goes through the same endpoints as the admin
 * console and scripts, never around them.
 */
final class AdminClient {

    /** An answer of 300 or more; {@code body} is the problem document when the server sent one. */
    static final class ApiException extends IOException {
        private final int status;

        ApiException(String what, int status, String body) {
            super(what + " answered " + status + ": " + (body.length() > 300 ? body.substring(0, 300) + "..." : body));
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String authorization;

    AdminClient(String baseUrl, String user, String password) {
        this.base = baseUrl;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    long launch(String job, JsonObject parameters) throws IOException, InterruptedException {
        return post("/api/admin/jobs/" + job, parameters).getJsonNumber("executionId").longValue();
    }

    /** Restarts a stopped, failed or abandoned-while-running execution from its last checkpoint. */
    long restart(long executionId) throws IOException, InterruptedException {
        return post("/api/admin/jobs/executions/" + executionId + "/restart", Json.createObjectBuilder().build())
                .getJsonNumber("executionId").longValue();
    }

    JsonObject execution(long id) throws IOException, InterruptedException {
        return get("/api/admin/jobs/executions/" + id);
    }

    JsonObject problems(long id) throws IOException, InterruptedException {
        return get("/api/admin/jobs/executions/" + id + "/problems");
    }

    /** {@code GET /api/admin/models}: the active version and every model with its metrics and baseline. */
    JsonObject models() throws IOException, InterruptedException {
        return get("/api/admin/models");
    }

    /** {@code GET /api/system/messaging}: the consumer loops with their lag. */
    JsonObject messaging() throws IOException, InterruptedException {
        return get("/api/system/messaging");
    }

    JsonObject get(String path) throws IOException, InterruptedException {
        return send(path, HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    private JsonObject post(String path, JsonObject body) throws IOException, InterruptedException {
        return send(path, HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private JsonObject send(String path, HttpRequest.Builder b) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(b.header("Authorization", authorization).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new ApiException(path, r.statusCode(), r.body());
        }
        return Json.createReader(new StringReader(r.body())).readObject();
    }
}
