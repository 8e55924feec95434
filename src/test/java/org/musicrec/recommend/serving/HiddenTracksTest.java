package org.musicrec.recommend.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.musicrec.it.Poll;

/** Two instances on one store: a hide or unhide on one reaches the other at its next check. */
class HiddenTracksTest {
    private final ServingFixture f = new ServingFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private HiddenTracks other(long checkSeconds) {
        HiddenTracks h = new HiddenTracks();
        h.mongo = f.hidden.mongo;
        h.checkSeconds = checkSeconds;
        h.maxHidden = 100;
        return h;
    }

    @Test
    void aHideOnOneInstanceReachesTheOtherAtItsNextCheck() {
        HiddenTracks second = other(0);
        assertEquals(Set.of(), second.ids());
        f.hidden.hide("4");
        assertEquals(Set.of("4"), f.hidden.ids());
        Poll.until(Duration.ofSeconds(10), second::ids, ids -> ids.equals(Set.of("4")), "the hide on the second instance");
        f.hidden.unhide("4");
        Poll.until(Duration.ofSeconds(10), second::ids, Set::isEmpty, "the unhide on the second instance");
    }

    @Test
    void anInstanceChecksNoMoreOftenThanConfigured() {
        HiddenTracks second = other(3600);
        assertTrue(second.ids().isEmpty());
        f.hidden.hide("4");
        assertFalse(second.ids().contains("4"));
    }

    @Test
    void noMoreThanTheLimitCanBeHidden() {
        f.hidden.maxHidden = 2;
        assertTrue(f.hidden.hide("1"));
        assertTrue(f.hidden.hide("2"));
        assertTrue(f.hidden.hide("2"));
        assertFalse(f.hidden.hide("3"));
        assertEquals(Set.of("1", "2"), f.hidden.ids());
    }
}
