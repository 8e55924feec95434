package org.musicrec.tools.demo;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.musicrec.tools.cli.ProgressLine;

/**
 * Follows one job execution through the admin API until it ends, with a progress line per batch
 * step on stderr (items read of the total the step's reader published, rate, time left). A step's
 * line starts once its total is known or the step has ended, so the rate is not diluted by the
 * wait before the reader opened.
 */
final class JobFollower {

    private static final long POLL_MILLIS = 500;

    private final AdminClient admin;

    JobFollower(AdminClient admin) {
        this.admin = admin;
    }

    /** @return the execution as it ended (COMPLETED, FAILED, STOPPED or ABANDONED) */
    JsonObject follow(String job, long id) throws IOException, InterruptedException {
        Map<String, ProgressLine> lines = new HashMap<>();
        Map<String, Long> shown = new HashMap<>();
        Map<String, Boolean> finished = new HashMap<>();
        Map<String, Long> firstSeen = new HashMap<>();
        while (true) {
            JsonObject e = admin.execution(id);
            for (JsonValue v : e.getJsonArray("steps")) {
                JsonObject s = v.asJsonObject();
                String step = s.getString("step");
                if (finished.getOrDefault(step, false)) {
                    continue;
                }
                boolean ended = !running(s.getString("status"));
                long expected = number(s, "expected");
                firstSeen.putIfAbsent(step, System.nanoTime());
                ProgressLine line = lines.get(step);
                if (line == null && ended) {
                    // Over before a total was seen (a batchlet, or a step shorter than a poll): one plain line.
                    System.err.printf(Locale.ROOT, "%s/%s: %s, %d items, about %.1f s%n", job, step, s.getString("status"),
                            number(s, "read_count"), Math.max(POLL_MILLIS / 1000.0, (System.nanoTime() - firstSeen.get(step)) / 1e9));
                    finished.put(step, true);
                    continue;
                }
                if (line == null && expected > 0) {
                    line = new ProgressLine(job + "/" + step, expected);
                    lines.put(step, line);
                }
                if (line != null) {
                    long done = number(s, "read_count");
                    line.advance(Math.max(0, done - shown.getOrDefault(step, 0L)));
                    shown.merge(step, done, Math::max);
                    if (ended) {
                        line.finish();
                        finished.put(step, true);
                    }
                }
            }
            if (!running(e.getString("status"))) {
                return e;
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    static boolean running(String status) {
        return status.equals("STARTING") || status.equals("STARTED") || status.equals("STOPPING");
    }

    static long number(JsonObject o, String key) {
        return o.containsKey(key) && o.get(key).getValueType() == JsonValue.ValueType.NUMBER ? o.getJsonNumber(key).longValue() : 0;
    }
}
