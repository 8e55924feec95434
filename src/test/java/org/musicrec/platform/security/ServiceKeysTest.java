package org.musicrec.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServiceKeysTest {

    private static ServiceKeys configured(String value) {
        ServiceKeys k = new ServiceKeys();
        k.configured = Optional.ofNullable(value);
        k.read();
        return k;
    }

    @Test
    void eitherOfTwoConfiguredKeysIsAcceptedAndNothingElse() {
        String a = ServiceKeyHash.newKey();
        String b = ServiceKeyHash.newKey();
        ServiceKeys keys = configured(ServiceKeyHash.hash(a) + " , " + ServiceKeyHash.hash(b));
        assertTrue(keys.required());
        assertTrue(keys.accepts(a));
        assertTrue(keys.accepts(b));
        assertFalse(keys.accepts(a + "x"));
        assertFalse(keys.accepts(a.substring(1)));
        assertFalse(keys.accepts(""));
        assertFalse(keys.accepts(null));
        assertFalse(keys.accepts(ServiceKeyHash.hash(a)), "the stored hash is not itself a key");
        assertFalse(keys.accepts("x".repeat(100_000)));
    }

    @Test
    void noKeyConfiguredMeansOpenButThePageKeyStillWorks() {
        ServiceKeys keys = configured(null);
        assertFalse(keys.required());
        assertTrue(keys.accepts(keys.pageKey()));
        assertFalse(keys.accepts(ServiceKeyHash.newKey()));
        assertFalse(configured("  ").required());
    }

    @Test
    void aMalformedHashStopsTheStart() {
        assertThrows(IllegalArgumentException.class, () -> configured("sha256:abc"));
        assertThrows(IllegalArgumentException.class, () -> configured("plain-key-by-mistake"));
        assertThrows(IllegalArgumentException.class, () -> ServiceKeys.parse("sha256:" + "g".repeat(64)));
    }

    @Test
    void hashIsSha256OfTheKeyInHex() {
        // printf abc | sha256sum
        assertEquals("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ServiceKeyHash.hash("abc"));
        assertTrue(ServiceKeyHash.matches("abc", "sha256:BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD"));
        assertEquals(43, ServiceKeyHash.newKey().length());
        assertEquals(List.of(), ServiceKeys.parse(""));
    }

    @Test
    void bearerIsReadCaseInsensitivelyAndOnlyFromItsScheme() {
        assertEquals(Optional.of("k1"), CallerAuthentication.bearer("Bearer k1"));
        assertEquals(Optional.of("k1"), CallerAuthentication.bearer("bearer  k1 "));
        assertEquals(Optional.empty(), CallerAuthentication.bearer("Basic YTpi"));
        assertEquals(Optional.empty(), CallerAuthentication.bearer("Bearer"));
        assertEquals(Optional.empty(), CallerAuthentication.bearer(null));
    }

    @Test
    void listenerPageAccessIsOneOfThree() {
        assertEquals(ListenerPageSettings.Access.ADMIN, ListenerPageSettings.parse(" Admin "));
        assertThrows(IllegalArgumentException.class, () -> ListenerPageSettings.parse("yes"));
        assertTrue(ListenerPageSettings.isListenerPage("/"));
        assertTrue(ListenerPageSettings.isListenerPage("/index.xhtml"));
        assertFalse(ListenerPageSettings.isListenerPage("/admin/jobs.xhtml"));
    }
}
