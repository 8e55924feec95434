package org.musicrec.catalog.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The genre tree is computed once per catalogue change, however many requests ask for it. */
class GenreTreeCacheTest {

    final AtomicLong now = new AtomicLong();
    final AtomicReference<String> signature = new AtomicReference<>("10/3");
    final AtomicInteger signatureReads = new AtomicInteger();
    final AtomicInteger computed = new AtomicInteger();

    GenreTreeCache<String> cache(long checkNanos, long maxAgeNanos) {
        return new GenreTreeCache<>(() -> {
            signatureReads.incrementAndGet();
            return signature.get();
        }, () -> "tree " + computed.incrementAndGet() + " of " + signature.get(), checkNanos, maxAgeNanos, now::get);
    }

    @Test
    void computedOnceWhileTheCatalogueIsUnchanged() {
        GenreTreeCache<String> c = cache(0, 1000);
        for (int i = 0; i < 100; i++) {
            assertEquals("tree 1 of 10/3", c.get());
        }
        assertEquals(1, computed.get());
    }

    @Test
    void aChangedCatalogueIsComputedAgain() {
        GenreTreeCache<String> c = cache(0, 1000);
        c.get();
        signature.set("11/3"); // a track added
        assertEquals("tree 2 of 11/3", c.get());
        assertEquals("tree 2 of 11/3", c.get());
    }

    @Test
    void theSignatureIsReadAtMostOncePerCheckInterval() {
        GenreTreeCache<String> c = cache(10, 1000);
        c.get();
        signature.set("11/3");
        now.set(9);
        assertEquals("tree 1 of 10/3", c.get(), "within the interval the change is not looked for");
        assertEquals(1, signatureReads.get());
        now.set(10);
        assertEquals("tree 2 of 11/3", c.get());
        assertEquals(2, signatureReads.get());
    }

    @Test
    void anUnchangedCheckWaitsAWholeIntervalBeforeTheNext() {
        GenreTreeCache<String> c = cache(10, 1000);
        c.get();
        now.set(10);
        c.get(); // the signature is read again and has not changed
        now.set(19);
        assertEquals("tree 1 of 10/3", c.get());
        assertEquals(2, signatureReads.get());
        assertEquals(1, computed.get());
    }

    @Test
    void anUnchangedTreeIsComputedAgainPastItsMaximumAge() {
        GenreTreeCache<String> c = cache(0, 100);
        c.get();
        now.set(99);
        assertEquals("tree 1 of 10/3", c.get());
        now.set(100); // edits in place (genres changed, counts of documents not) show by now
        assertEquals("tree 2 of 10/3", c.get());
    }
}
