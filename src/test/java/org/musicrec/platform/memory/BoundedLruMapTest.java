package org.musicrec.platform.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The shared bound: never more than the maximum, and the entry dropped is the one used longest ago. */
class BoundedLruMapTest {

    @Test
    void holdsAtMostTheMaximumWhateverTheNumberOfKeys() {
        BoundedLruMap<String, Integer> m = new BoundedLruMap<>(3);
        for (int i = 0; i < 1000; i++) {
            m.put("k" + i, i);
        }
        assertEquals(3, m.size());
        assertEquals(999, m.get("k999"));
        assertNull(m.get("k0"));
    }

    @Test
    void aReadKeepsAnEntryAndTheLeastRecentlyUsedGoes() {
        BoundedLruMap<String, Integer> m = new BoundedLruMap<>(2);
        m.put("a", 1);
        m.put("b", 2);
        assertEquals(1, m.get("a")); // a is now more recent than b
        m.put("c", 3);
        assertEquals(1, m.get("a"));
        assertNull(m.get("b"));
        assertEquals(3, m.get("c"));
    }

    @Test
    void putIfAbsentAndComputeIfAbsentKeepTheFirstValue() {
        BoundedLruMap<String, Integer> m = new BoundedLruMap<>(2);
        assertNull(m.putIfAbsent("a", 1));
        assertEquals(1, m.putIfAbsent("a", 2));
        assertEquals(1, m.computeIfAbsent("a", k -> 3));
        assertEquals(4, m.computeIfAbsent("b", k -> 4));
        m.computeIfAbsent("c", k -> 5);
        assertEquals(2, m.size());
        assertNull(m.get("a"), "a was used before b, so it went first");
    }

    @Test
    void aMaximumOfZeroKeepsNothing() {
        BoundedLruMap<String, Integer> m = new BoundedLruMap<>(0);
        m.put("a", 1);
        assertEquals(7, m.computeIfAbsent("b", k -> 7), "the value is still answered");
        assertEquals(0, m.size());
        assertThrows(IllegalArgumentException.class, () -> new BoundedLruMap<>(-1));
    }
}
