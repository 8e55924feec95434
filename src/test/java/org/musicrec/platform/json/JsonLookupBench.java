package org.musicrec.platform.json;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.StringReader;

/**
 * Reading the activity event the consumers read per record, 200,000 times with a provider lookup per
 * call ({@code Json.createReader}) and 200,000 times through {@link JsonFactories#READERS}, alternately
 * in three rounds (`bench/json-lookup.sh`).
 */
public final class JsonLookupBench {
    private static final int N = 200_000;
    private static final String EVENT = "{\"eventId\":\"e1\",\"userId\":\"u1\",\"trackId\":\"t1\",\"type\":\"play\","
            + "\"count\":1,\"at\":\"2026-12-01T00:00:00Z\"}";

    private JsonLookupBench() {
    }

    public static void main(String[] args) {
        for (int round = 1; round <= 3; round++) {
            long sink = 0;
            long t0 = System.nanoTime();
            for (int i = 0; i < N; i++) {
                try (JsonReader r = Json.createReader(new StringReader(EVENT))) {
                    sink += r.readObject().size();
                }
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < N; i++) {
                try (JsonReader r = JsonFactories.READERS.createReader(new StringReader(EVENT))) {
                    sink += r.readObject().size();
                }
            }
            long t2 = System.nanoTime();
            System.out.printf("round %d: lookup per call %.2f us/event, one factory %.2f us/event, ratio %.1fx (checksum %d)%n",
                    round, (t1 - t0) / 1e3 / N, (t2 - t1) / 1e3 / N, (double) (t1 - t0) / (t2 - t1), sink);
        }
    }
}
