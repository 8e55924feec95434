package org.musicrec.web.ui.admin;

import org.musicrec.platform.security.AdminOnly;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.musicrec.web.ui.LoopbackApi;
import org.musicrec.web.ui.svg.LineChart;

/**
 * Backs the Models page from {@code GET /api/admin/models}: the versions with parameters, metrics
 * next to the popularity baseline, activation (roll back = activate an older one), and a chart of
 * the ranking metrics across versions. Says plainly when there are none, or no registry at all.
 */
@AdminOnly
@Named("modelsView")
@RequestScoped
public class ModelsView {

    /** The metrics charted, in this order; each also as its baseline (dashed). */
    static final List<String> CHARTED = List.of("precision@10", "recall@10", "ndcg@10", "map@10");

    /** One version as the table shows it. */
    public record ModelRow(int version, String createdAt, boolean active, String params, String data,
                           Map<String, String> metrics, Map<String, String> baseline) {
        public int getVersion() {
            return version;
        }

        public String getCreatedAt() {
            return createdAt;
        }

        public boolean isActive() {
            return active;
        }

        public String getParams() {
            return params;
        }

        public String getData() {
            return data;
        }

        public Map<String, String> getMetrics() {
            return metrics;
        }

        public Map<String, String> getBaseline() {
            return baseline;
        }
    }

    private LoopbackApi api;
    private LoopbackApi.Answer answer;
    private String message = "";
    private boolean error;

    private LoopbackApi api() {
        if (api == null) {
            api = LoopbackApi.of((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
        }
        return api;
    }

    private LoopbackApi.Answer answer() {
        if (answer == null) {
            answer = api().get("api/admin/models");
        }
        return answer;
    }

    /** "ok", "none" (no model yet), "absent" (no model registry in this build), "down". */
    public String getState() {
        LoopbackApi.Answer a = answer();
        if (a.status() == 404) {
            return "absent";
        }
        if (!a.ok()) {
            return "down";
        }
        return getModels().isEmpty() ? "none" : "ok";
    }

    public String getProblem() {
        return answer().reason();
    }

    public List<ModelRow> getModels() {
        List<ModelRow> rows = new ArrayList<>();
        if (!answer().ok() || !(answer().object().get("models") instanceof jakarta.json.JsonArray arr)) {
            return rows;
        }
        for (JsonValue v : arr) {
            rows.add(row(v.asJsonObject()));
        }
        return rows;
    }

    static ModelRow row(JsonObject m) {
        return new ModelRow(m.getInt("version", 0), ExecutionRow.shortTime(m.getString("createdAt", "")), m.getBoolean("active", false),
                flat(m.get("params")), flat(m.get("data")), numbers(m.get("metrics")), numbers(m.get("baseline")));
    }

    /** The metric names present in any version, RMSE first when there. */
    public List<String> getMetricNames() {
        TreeMap<String, Boolean> names = new TreeMap<>();
        getModels().forEach(r -> r.metrics().keySet().forEach(k -> names.put(k, true)));
        List<String> out = new ArrayList<>(names.keySet());
        out.sort((a, b) -> a.equals("rmse") ? -1 : b.equals("rmse") ? 1 : a.compareTo(b));
        return out;
    }

    public String getChart() {
        return chart(getModels());
    }

    static String chart(List<ModelRow> newestFirst) {
        List<ModelRow> rows = new ArrayList<>(newestFirst);
        rows.sort((a, b) -> Integer.compare(a.version(), b.version()));
        List<String> versions = rows.stream().map(r -> "v" + r.version()).toList();
        List<LineChart.Series> series = new ArrayList<>();
        for (int i = 0; i < CHARTED.size(); i++) {
            String k = CHARTED.get(i);
            series.add(new LineChart.Series(k, rows.stream().map(r -> parse(r.metrics().get(k))).toList(), false, i));
            series.add(new LineChart.Series(k + " popular", rows.stream().map(r -> parse(r.baseline().get(k))).toList(), true, i));
        }
        return LineChart.svg("Ranking metrics by model version (dashed: most-popular baseline)", "model version", versions, series);
    }

    /** Versions trained with {@code tune=true}, newest first, each with its candidate charts. */
    public record TunedVersion(int version, String summary, List<String> charts) {
        public int getVersion() {
            return version;
        }

        public String getSummary() {
            return summary;
        }

        public List<String> getCharts() {
            return charts;
        }
    }

    public List<TunedVersion> getTuned() {
        List<TunedVersion> out = new ArrayList<>();
        if (!answer().ok() || !(answer().object().get("models") instanceof jakarta.json.JsonArray arr)) {
            return out;
        }
        for (JsonValue v : arr) {
            JsonObject m = v.asJsonObject();
            if (m.get("tuning") instanceof JsonObject t) {
                int version = m.getInt("version", 0);
                JsonObject w = t.get("winner") instanceof JsonObject x ? x : JsonValue.EMPTY_JSON_OBJECT;
                String summary = String.format(Locale.ROOT, "%d candidates, %s evaluations in %s s; winner %s: %s",
                        t.get("candidates") instanceof jakarta.json.JsonArray c ? c.size() : 0, t.get("evaluations"),
                        t.get("searchSeconds") instanceof JsonNumber n ? String.format(Locale.ROOT, "%.0f", n.doubleValue()) : "?",
                        w.get("index"), flat(w));
                out.add(new TunedVersion(version, summary, TuningCharts.of(version, t)));
            }
        }
        return out;
    }

    public void activate(int version) {
        LoopbackApi.Answer a = api().post("api/admin/models/" + version + "/activate", "");
        answer = null; // read the list again: the active version changed
        if (a.ok()) {
            message = "version " + version + " is now active";
            error = false;
        } else {
            message = "could not activate version " + version + ": " + a.reason();
            error = true;
        }
    }

    private static Double parse(String s) {
        try {
            return s == null ? null : Double.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Map<String, String> numbers(JsonValue v) {
        Map<String, String> out = new TreeMap<>();
        if (v instanceof JsonObject o) {
            o.forEach((k, x) -> {
                if (x instanceof JsonNumber n) {
                    out.put(k, String.format(Locale.ROOT, "%.4f", n.doubleValue()));
                }
            });
        }
        return out;
    }

    private static String flat(JsonValue v) {
        if (!(v instanceof JsonObject o)) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        o.forEach((k, x) -> b.append(b.length() == 0 ? "" : ", ").append(k).append('=')
                .append(x.getValueType() == JsonValue.ValueType.STRING ? ((jakarta.json.JsonString) x).getString() : x.toString()));
        return b.toString();
    }

    public String getMessage() {
        return message;
    }

    public boolean isError() {
        return error;
    }
}
