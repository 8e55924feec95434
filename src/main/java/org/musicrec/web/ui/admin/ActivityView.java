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
import org.musicrec.web.ui.LoopbackApi;

/**
 * Backs the Activity page: events per second, consumer lag and dead letters from
 * {@code GET /api/admin/activity}; where that endpoint is not in the build, the consumer loops of
 * {@code /api/system/messaging}; a figure nobody reports is shown as "not available".
 */
@AdminOnly
@Named("activityView")
@RequestScoped
public class ActivityView {

    /** A figure with its name; value "not available" when absent. */
    public record Figure(String name, String value) {
        public String getName() {
            return name;
        }

        public String getValue() {
            return value;
        }
    }

    static final String NA = "not available";

    private LoopbackApi.Answer activity;
    private LoopbackApi.Answer messaging;

    private void load() {
        if (activity == null) {
            LoopbackApi api = LoopbackApi.of((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
            activity = api.get("api/admin/activity");
            messaging = activity.ok() ? null : api.get("api/system/messaging");
        }
    }

    public boolean isActivityAvailable() {
        load();
        return activity.ok();
    }

    public String getActivityProblem() {
        load();
        return activity.status() == 404 ? "the activity endpoint is not in this build" : activity.reason();
    }

    public List<Figure> getFigures() {
        load();
        return figures(activity.ok() ? activity.object() : null);
    }

    static List<Figure> figures(JsonObject a) {
        List<Figure> out = new ArrayList<>();
        out.add(new Figure("events per second", number(a, "eventsPerSecond", "%.2f")));
        out.add(new Figure("events consumed", number(a, "consumedTotal", "%.0f")));
        out.add(new Figure("consumer lag", number(a, "lag", "%.0f")));
        out.add(new Figure("dead letters", number(a, "deadLetters", "%.0f")));
        return out;
    }

    /** The consumer loops (group, topic, records handled, failures, lag, last error) from /api/system/messaging, as rows of text. */
    public List<List<String>> getConsumers() {
        load();
        List<List<String>> rows = new ArrayList<>();
        LoopbackApi.Answer src = activity.ok() ? null : messaging;
        if (src == null || !src.ok() || !(src.object().get("consumers") instanceof jakarta.json.JsonArray arr)) {
            return rows;
        }
        for (JsonValue v : arr) {
            JsonObject c = v.asJsonObject();
            List<String> row = new ArrayList<>();
            for (String k : List.of("group", "topic", "recordsHandled", "failures", "lag", "lastError")) {
                JsonValue x = c.get(k);
                row.add(x == null || x.getValueType() == JsonValue.ValueType.NULL ? "" : x instanceof jakarta.json.JsonString s ? s.getString() : x.toString());
            }
            rows.add(row);
        }
        return rows;
    }

    private static String number(JsonObject o, String key, String format) {
        if (o == null || !(o.get(key) instanceof JsonNumber n)) {
            return NA;
        }
        return String.format(Locale.ROOT, format, n.doubleValue());
    }
}
