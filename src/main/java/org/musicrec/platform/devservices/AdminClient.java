package org.musicrec.platform.devservices;

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
 * The admin API as the demo uses it: launch a job and follow it to its end. The demo goes through
 * the same endpoints as the admin console and scripts, never around them.
 */
final class AdminClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String authorization;

    AdminClient(String baseUrl, String user, String password) {
        this.base = baseUrl + "/api/admin/jobs";
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    long launch(String job, JsonObject parameters) throws IOException, InterruptedException {
        JsonObject r = send(HttpRequest.newBuilder(URI.create(base + "/" + job))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(parameters.toString())));
        return r.getJsonNumber("executionId").longValue();
    }

    JsonObject execution(long id) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + "/executions/" + id)).GET());
    }

    JsonObject problems(long id) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + "/executions/" + id + "/problems")).GET());
    }

    private JsonObject send(HttpRequest.Builder b) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(b.header("Authorization", authorization).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IOException("admin API answered " + r.statusCode() + ": " + r.body());
        }
        return Json.createReader(new StringReader(r.body())).readObject();
    }
}
