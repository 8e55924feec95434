package org.musicrec.tools.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * A single self-overwriting progress line on stderr for long command-line work:
 * items done of total, rate, and time left. Redraws at most a few times a second so
 * that printing never costs more than the work it reports on.
 */
public final class ProgressLine {
    private static final long REDRAW_NANOS = 250_000_000L;

    private final PrintStream out;
    private final String label;
    private final long total;
    private final long startNanos;
    private final boolean interactive;
    private long lastDrawNanos;
    private long done;

    /** @param total the number of items expected, or -1 when unknown */
    public ProgressLine(String label, long total) {
        this(System.err, label, total, System.console() != null);
    }

    ProgressLine(PrintStream out, String label, long total, boolean interactive) {
        this.out = out;
        this.label = label;
        this.total = total;
        this.interactive = interactive;
        this.startNanos = System.nanoTime();
        this.lastDrawNanos = startNanos - REDRAW_NANOS;
    }

    /** Records {@code n} more items done and redraws if enough time has passed. */
    public synchronized void advance(long n) {
        done += n;
        long now = System.nanoTime();
        // A non-terminal (CI log, pipe) gets a new line every 5 s instead of carriage returns.
        long interval = interactive ? REDRAW_NANOS : 20 * REDRAW_NANOS;
        if (now - lastDrawNanos >= interval) {
            lastDrawNanos = now;
            draw(now, false);
        }
    }

    /** Prints the final state and ends the line. */
    public synchronized void finish() {
        draw(System.nanoTime(), true);
    }

    String render(long nowNanos) {
        double seconds = Math.max(1e-9, (nowNanos - startNanos) / 1e9);
        double rate = done / seconds;
        StringBuilder line = new StringBuilder(label).append(": ").append(done);
        if (total >= 0) {
            line.append('/').append(total);
            if (total > 0) {
                line.append(String.format(Locale.ROOT, " (%.1f%%)", 100.0 * done / total));
            }
        }
        line.append(String.format(Locale.ROOT, ", %.1f/s", rate));
        if (total > done && rate > 0) {
            line.append(", ").append(format(Duration.ofSeconds((long) Math.ceil((total - done) / rate)))).append(" left");
        } else {
            line.append(", ").append(format(Duration.ofSeconds((long) seconds))).append(" elapsed");
        }
        return line.toString();
    }

    private void draw(long now, boolean last) {
        String text = render(now);
        if (interactive) {
            out.print("\r" + text + "\u001b[K" + (last ? "\n" : ""));
        } else {
            out.println(text);
        }
        out.flush();
    }

    static String format(Duration d) {
        long s = d.getSeconds();
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60)
                : s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60)
                : s + "s";
    }
}
