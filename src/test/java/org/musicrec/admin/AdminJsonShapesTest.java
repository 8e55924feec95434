package org.musicrec.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The admin API's records, serialised by JSON-B with its defaults (as JAX-RS does), give the text the
 * hand-built JSON-P of the resources gave for the same values: same fields, order, nulls and numbers.
 */
class AdminJsonShapesTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @AfterAll
    static void close() throws Exception {
        JSONB.close();
    }

    private static void same(JsonObjectBuilder before, Object record) {
        assertEquals(before.build().toString(), JSONB.toJson(record));
    }

    @Test
    void anExecutionWithStepsAndParameters() {
        Map<String, Long> counts = new TreeMap<>(Map.of("read_count", 10L, "write_count", 9L));
        JobExecutionView v = new JobExecutionView(7, "catalog-import", "STARTED", "null", "2026-12-01T12:00:00.123Z", null,
                new TreeMap<>(Map.of("source", "/x", "batchSize", "500")),
                List.of(new JobExecutionView.Step("tracks", "STARTED", "null", counts, 120L),
                        new JobExecutionView.Step("genres", "STARTING", "null", new TreeMap<>(), null)));
        JsonObjectBuilder before = Json.createObjectBuilder().add("executionId", 7L).add("job", "catalog-import")
                .add("status", "STARTED").add("exitStatus", "null").add("start", "2026-12-01T12:00:00.123Z")
                .add("parameters", Json.createObjectBuilder().add("batchSize", "500").add("source", "/x"))
                .add("steps", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("step", "tracks").add("status", "STARTED").add("exitStatus", "null")
                                .add("read_count", 10L).add("write_count", 9L).add("expected", 120L))
                        .add(Json.createObjectBuilder().add("step", "genres").add("status", "STARTING").add("exitStatus", "null")));
        same(before, v);
    }

    @Test
    void theJobListHasSummariesOnly() {
        JobList list = new JobList(List.of(new JobList.Job("catalog-import", List.of(new JobExecutionView(3, "catalog-import",
                "COMPLETED", "COMPLETED", "2026-12-01T12:00:00Z", "2026-12-01T12:01:00Z", null, null))),
                new JobList.Job("fit-pca", List.of())));
        JsonObjectBuilder before = Json.createObjectBuilder().add("jobs", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("job", "catalog-import").add("executions", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("executionId", 3L).add("job", "catalog-import").add("status", "COMPLETED")
                                .add("exitStatus", "COMPLETED").add("start", "2026-12-01T12:00:00Z").add("end", "2026-12-01T12:01:00Z"))))
                .add(Json.createObjectBuilder().add("job", "fit-pca").add("executions", Json.createArrayBuilder())));
        same(before, list);
    }

    @Test
    void problems() {
        JobProblemList p = new JobProblemList(2, List.of(new JobProblemList.Problem("tracks", "tracks.csv", 7, "bad id", 3)));
        same(Json.createObjectBuilder().add("instanceId", 2L).add("problems", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("step", "tracks").add("item", "tracks.csv").add("line", 7L)
                        .add("reason", "bad id").add("executionId", 3L))), p);
    }

    @Test
    void pipelineRuns() {
        same(Json.createObjectBuilder().add("state", "idle"), PipelineRunView.idle());
        PipelineRunView running = new PipelineRunView("running", "2026-12-01T12:00:00Z", "", List.of(
                new PipelineRunView.Stage("catalog-import", "STARTED", 12L), new PipelineRunView.Stage("fit-pca", "PENDING", null)), null);
        JsonArrayBuilder stages = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("job", "catalog-import").add("status", "STARTED").add("executionId", 12L))
                .add(Json.createObjectBuilder().add("job", "fit-pca").add("status", "PENDING"));
        same(Json.createObjectBuilder().add("state", "running").add("startedAt", "2026-12-01T12:00:00Z").add("message", "")
                .add("stages", stages), running);
        PipelineRunView ended = new PipelineRunView("failed", "2026-12-01T12:00:00Z", "x", List.of(), "2026-12-01T12:05:00Z");
        same(Json.createObjectBuilder().add("state", "failed").add("startedAt", "2026-12-01T12:00:00Z").add("message", "x")
                .add("stages", Json.createArrayBuilder()).add("endedAt", "2026-12-01T12:05:00Z"), ended);
    }

    @Test
    void activity() {
        ActivitySnapshot a = new ActivitySnapshot(2.5, 40, 3, 1, 0.1, 50, 10, List.of(
                new ActivitySnapshot.Loop("g", "t", true, 40, 2.5, 0, 3, "2026-12-01T12:00:00Z", null),
                new ActivitySnapshot.Loop("g2", "t2", false, 0, 0.0, 2, 0, null, "broker down")));
        JsonArrayBuilder loops = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("group", "g").add("topic", "t").add("running", true).add("recordsHandled", 40L)
                        .add("recordsPerSecond", 2.5).add("failures", 0L).add("lag", 3L).add("lastPoll", "2026-12-01T12:00:00Z"))
                .add(Json.createObjectBuilder().add("group", "g2").add("topic", "t2").add("running", false).add("recordsHandled", 0L)
                        .add("recordsPerSecond", 0.0).add("failures", 2L).add("lag", 0L).add("lastError", "broker down"));
        same(Json.createObjectBuilder().add("eventsPerSecond", 2.5).add("consumedTotal", 40L).add("lag", 3L).add("deadLetters", 1L)
                .add("acceptedPerSecond", 0.1).add("acceptedTotal", 50L).add("windowSeconds", 10).add("loops", loops), a);
        ActivitySnapshot quiet = new ActivitySnapshot(0.0, 0, 0, 0, 0.0, 0, 10, List.of());
        same(Json.createObjectBuilder().add("eventsPerSecond", 0.0).add("consumedTotal", 0).add("lag", 0).add("deadLetters", 0L)
                .add("acceptedPerSecond", 0.0).add("acceptedTotal", 0L).add("windowSeconds", 10).add("loops", Json.createArrayBuilder()), quiet);
    }

    private static Document model(String id, int version) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("rank", 10);
        params.put("reg", 1.0E-4);
        params.put("implicit", true);
        params.put("alpha", 40.0);
        return new Document("_id", id).append("version", version).append("createdAt", new Date(1_764_590_400_000L))
                .append("parameters", new Document(params))
                .append("metrics", new Document("rmse", 0.8734).append("ndcg", Double.NaN).append("users", 12345678901L))
                .append("note", null).append("tags", List.of("a", 3)).append("big", 1.0E10).append("status", "ready");
    }

    @Test
    void modelVersionsAsBefore() {
        Document d = model("m-3", 3);
        same(Json.createObjectBuilder(ModelsResourceBefore.toJson(d, true)), ModelVersionView.of(d, true));
        Document e = model("m-2", 2);
        JsonObjectBuilder list = Json.createObjectBuilder().add("active", 3).add("models", Json.createArrayBuilder()
                .add(ModelsResourceBefore.toJson(d, true)).add(ModelsResourceBefore.toJson(e, false)));
        same(list, new ModelVersionList(3, List.of(ModelVersionView.of(d, true), ModelVersionView.of(e, false))));
        same(Json.createObjectBuilder().addNull("active").add("models", Json.createArrayBuilder()),
                new ModelVersionList(null, List.of()));
    }

    /** ModelsResource's JSON-P conversion of a model document before the records, kept to compare with. */
    static final class ModelsResourceBefore {
        static jakarta.json.JsonObject toJson(Document d, boolean active) {
            JsonObjectBuilder b = Json.createObjectBuilder();
            for (Map.Entry<String, Object> e : d.entrySet()) {
                if (!e.getKey().equals("_id")) {
                    add(b, e.getKey(), e.getValue());
                }
            }
            return b.add("id", d.getString("_id")).add("active", active).build();
        }

        private static void add(JsonObjectBuilder b, String key, Object v) {
            if (v == null) {
                b.addNull(key);
            } else if (v instanceof Document doc) {
                JsonObjectBuilder inner = Json.createObjectBuilder();
                doc.forEach((k, x) -> add(inner, k, x));
                b.add(key, inner);
            } else if (v instanceof Boolean x) {
                b.add(key, x);
            } else if (v instanceof Integer || v instanceof Long) {
                b.add(key, ((Number) v).longValue());
            } else if (v instanceof Number n) {
                double x = n.doubleValue();
                if (Double.isFinite(x)) {
                    b.add(key, x);
                } else {
                    b.addNull(key);
                }
            } else if (v instanceof Date date) {
                b.add(key, date.toInstant().toString());
            } else if (v instanceof List<?> l) {
                JsonArrayBuilder arr = Json.createArrayBuilder();
                l.forEach(x -> arr.add(String.valueOf(x)));
                b.add(key, arr);
            } else {
                b.add(key, String.valueOf(v));
            }
        }
    }
}
