package org.musicrec.platform.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateWindowTest {

    @Test
    void averagesWholeSecondsBeforeTheCurrentOneAndForgetsOlderOnes() {
        AtomicLong now = new AtomicLong(1_000_000);
        RateWindow w = new RateWindow(4, now::get);
        w.add(40);               // second 1000
        now.addAndGet(1000);
        w.add(20);               // second 1001
        w.add(20);
        assertEquals(40 / 4.0, w.perSecond(), 1e-9, "the filling second is left out");
        now.addAndGet(1000);     // second 1002: 1000 and 1001 are in the window
        assertEquals(80 / 4.0, w.perSecond(), 1e-9);
        now.addAndGet(3000);     // second 1005: 1000 fell out, 1001 is 4 s old
        assertEquals(40 / 4.0, w.perSecond(), 1e-9);
        now.addAndGet(10_000);
        assertEquals(0.0, w.perSecond(), 1e-9);
        w.add(5);
        assertEquals(85, w.total());
    }
}
