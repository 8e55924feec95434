package org.musicrec.web.ui.admin;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.musicrec.web.ui.svg.ScatterPlot;

/**
 * The candidates of a tuned version (its metadata's {@code tuning}): validation metric against each
 * searched parameter, one inline SVG scatter plot per parameter, the winner in its own group. Candidates
 * stopped early by successive halving were scored after fewer iterations, so they are a group of their own.
 * reg and alpha were drawn log-uniformly and are plotted as log10.
 */
final class TuningCharts {
    /** Parameter, axis title, plotted as log10. */
    private record Axis(String field, String title, boolean log) {
    }

    private static final List<Axis> AXES = List.of(new Axis("rank", "rank", false), new Axis("reg", "log10 reg", true),
            new Axis("alpha", "log10 alpha", true), new Axis("iterations", "iterations", false));

    private TuningCharts() {
    }

    /** One SVG per parameter, empty when the version was not tuned. */
    static List<String> of(int version, JsonValue tuning) {
        List<String> charts = new ArrayList<>();
        if (!(tuning instanceof JsonObject t) || !(t.get("candidates") instanceof JsonArray candidates)) {
            return charts;
        }
        String metric = t.getString("metric", "validation");
        int winner = t.get("winner") instanceof JsonObject w ? w.getInt("index", -1) : -1;
        boolean implicit = candidates.stream().anyMatch(c -> c instanceof JsonObject o && o.containsKey("confidence")
                && !"raw".equals(o.getString("confidence", "raw")));
        for (Axis axis : AXES) {
            if (axis.field().equals("alpha") && !implicit) {
                continue;
            }
            List<ScatterPlot.Point> points = new ArrayList<>();
            for (JsonValue v : candidates) {
                if (!(v instanceof JsonObject c) || !(c.get(axis.field()) instanceof JsonNumber x)
                        || !(c.get("validation") instanceof JsonNumber y)) {
                    continue;
                }
                double px = axis.log() ? Math.log10(Math.max(1e-12, x.doubleValue())) : x.doubleValue();
                int index = c.getInt("index", -1);
                String group = index == winner ? "winner" : c.getBoolean("complete", false) ? "fully trained"
                        : "stopped early";
                String label = String.format(Locale.ROOT, "candidate %d: rank %s, reg %s, alpha %s, %s%s, %s it.; %s %.4f",
                        index, c.get("rank"), c.get("reg"), c.get("alpha"), c.getString("confidence", ""),
                        c.get("biases") == JsonValue.TRUE ? ", biases" : "", c.get("iterations"), metric, y.doubleValue());
                points.add(new ScatterPlot.Point(px, y.doubleValue(), label, group));
            }
            charts.add(ScatterPlot.svg("v" + version + ": validation " + metric + " by " + axis.field(), axis.title(),
                    "validation " + metric, points));
        }
        return charts;
    }
}
