package org.musicrec.tools.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

    @Test
    void rendersDoneOfTotalRateAndTimeLeft() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        ProgressLine p = new ProgressLine(new PrintStream(buf, true, StandardCharsets.UTF_8), "rows", 1000, false);
        p.advance(250);
        String line = p.render(System.nanoTime());
        assertTrue(line.startsWith("rows: 250/1000 (25.0%), "), line);
        assertTrue(line.contains("/s") && line.endsWith(" left"), line);
        p.finish();
        assertTrue(buf.toString(StandardCharsets.UTF_8).contains("rows: 250/1000"));
    }

    @Test
    void formatsDurations() {
        assertEquals("42s", ProgressLine.format(Duration.ofSeconds(42)));
        assertEquals("2m05s", ProgressLine.format(Duration.ofSeconds(125)));
        assertEquals("1h01m", ProgressLine.format(Duration.ofSeconds(3660)));
    }
}
