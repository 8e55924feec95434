package org.musicrec.tools.demo;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The active model's figures as {@code GET /api/admin/models} gives them: each metric next to the
 * most-popular baseline measured on the same split, with their ratio.
 */
final class ModelSummary {

    private ModelSummary() {
    }

    static List<String> lines(AdminClient admin) throws InterruptedException {
        JsonObject all;
        try {
            all = admin.models();
        } catch (AdminClient.ApiException e) {
            return List.of(e.status() == 404 ? "no model versions on this server (404 from GET /api/admin/models)" : e.getMessage());
        } catch (IOException e) {
            return List.of("models unavailable: " + e.getMessage());
        }
        if (!all.containsKey("active") || all.isNull("active")) {
            return List.of("no active model (" + all.getJsonArray("models").size() + " version(s) stored)");
        }
        long active = all.getJsonNumber("active").longValue();
        for (JsonValue v : all.getJsonArray("models")) {
            JsonObject m = v.asJsonObject();
            if (m.getJsonNumber("version").longValue() == active) {
                return describe(m);
            }
        }
        return List.of("the active version " + active + " is not among the models listed");
    }

    static List<String> describe(JsonObject m) {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "active model: version %d, created %s, params %s", m.getJsonNumber("version").longValue(),
                m.getString("createdAt", "?"), m.containsKey("params") ? m.get("params") : "{}"));
        if (m.containsKey("data")) {
            out.add("  data: " + m.get("data"));
        }
        JsonObject metrics = m.containsKey("metrics") ? m.getJsonObject("metrics") : JsonValue.EMPTY_JSON_OBJECT;
        JsonObject baseline = m.containsKey("baseline") && m.get("baseline").getValueType() == JsonValue.ValueType.OBJECT
                ? m.getJsonObject("baseline") : JsonValue.EMPTY_JSON_OBJECT;
        Set<String> keys = new LinkedHashSet<>(metrics.keySet());
        keys.addAll(baseline.keySet());
        // Not a metric: the number of users both were evaluated on.
        if (keys.remove("users")) {
            out.add("  evaluated users: " + (metrics.containsKey("users") ? metrics.get("users") : baseline.get("users")));
        }
        out.add(String.format(Locale.ROOT, "  %-14s %10s %14s %8s", "metric", "ALS", "most-popular", "ratio"));
        for (String k : keys) {
            Double a = number(metrics, k);
            Double b = number(baseline, k);
            out.add(String.format(Locale.ROOT, "  %-14s %10s %14s %8s", k, a == null ? "-" : String.format(Locale.ROOT, "%.4f", a),
                    b == null ? "-" : String.format(Locale.ROOT, "%.4f", b),
                    a == null || b == null || b == 0 ? "" : String.format(Locale.ROOT, "%.2fx", a / b)));
        }
        if (m.containsKey("timings")) {
            out.add("  timings: " + m.get("timings"));
        }
        return out;
    }

    private static Double number(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v instanceof JsonNumber n ? n.doubleValue() : null;
    }
}
