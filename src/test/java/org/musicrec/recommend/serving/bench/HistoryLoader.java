package org.musicrec.recommend.serving.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Random;

/**
 * Gives the bench's users their listening histories the way a live service gets them: plays posted
 * to {@code POST /api/events}, through Kafka and the consumers into MongoDB. Tracks are drawn with a
 * popularity skew (seeded), so some histories overlap as real ones do.
 */
final class HistoryLoader {

    private static final int BATCH = 1000;

    private HistoryLoader() {
    }

    /** @return the plays posted; returns once the consumers have applied them all (lag 0 twice, 2 s apart) */
    static long load(String base, int users, int tracks, int perUser) throws Exception {
        if (perUser == 0) {
            return 0;
        }
        HttpClient http = HttpClient.newHttpClient();
        Random r = new Random(5);
        StringBuilder batch = new StringBuilder();
        int inBatch = 0;
        long posted = 0;
        for (int u = 0; u < users; u++) {
            for (int k = 0; k < perUser; k++) {
                int track = (int) Math.min(tracks - 1, Math.floor(Math.pow(r.nextDouble(), 3) * tracks));
                batch.append(inBatch == 0 ? "[" : ",").append("{\"userId\":\"bench-user-").append(u).append("\",\"trackId\":\"")
                        .append(track).append("\",\"type\":\"play\",\"count\":").append(1 + r.nextInt(5)).append('}');
                if (++inBatch == BATCH) {
                    post(http, base, batch.append(']').toString());
                    posted += inBatch;
                    batch.setLength(0);
                    inBatch = 0;
                }
            }
        }
        if (inBatch > 0) {
            post(http, base, batch.append(']').toString());
            posted += inBatch;
        }
        awaitApplied(http, base);
        return posted;
    }

    private static void post(HttpClient http, String base, String body) throws Exception {
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> a = http.send(HttpRequest.newBuilder(URI.create(base + "/api/events"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (a.statusCode() == 202) {
                return;
            }
            if (a.statusCode() != 503 || attempt == 20) {
                throw new IllegalStateException("events refused: " + a.statusCode() + " " + a.body());
            }
            Thread.sleep(500); // backpressure: the broker or the store is busy
        }
    }

    private static void awaitApplied(HttpClient http, String base) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();
        int zeroes = 0;
        while (zeroes < 2) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the consumers did not apply the histories in 20 min");
            }
            Thread.sleep(2000);
            String body = http.send(HttpRequest.newBuilder(URI.create(base + "/api/system/messaging")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            JsonObject m = Json.createReader(new StringReader(body)).readObject();
            long lag = 0;
            for (JsonValue c : m.getJsonArray("consumers")) {
                lag += c.asJsonObject().getJsonNumber("lag").longValue();
            }
            zeroes = lag == 0 ? zeroes + 1 : 0;
        }
    }
}
