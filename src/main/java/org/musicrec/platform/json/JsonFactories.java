package org.musicrec.platform.json;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonReaderFactory;

/**
 * One JSON-P builder and reader factory for the process. Each {@code Json.createObjectBuilder()} or
 * {@code Json.createReader(...)} looks the provider up again (a service-loader scan), which costs far
 * more than reading an event and was most of a recommendation request's time before the serving path
 * used a factory (BENCHMARKS.md, `bench/json-lookup.sh` and `bench/serving.sh`). Hot paths
 * (events in and out of Kafka, problems, recommendations) go through these; both factories are
 * thread-safe.
 */
public final class JsonFactories {
    public static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(null);
    public static final JsonReaderFactory READERS = Json.createReaderFactory(null);

    private JsonFactories() {
    }
}
