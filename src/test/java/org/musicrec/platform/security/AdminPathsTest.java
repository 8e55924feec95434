package org.musicrec.platform.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class AdminPathsTest {

    @Test
    void whichPathsAreTheAdministrators() {
        assertTrue(AdminPaths.isApi("/api/admin/jobs"));
        assertTrue(AdminPaths.isApi("/api/admin"));
        assertFalse(AdminPaths.isApi("/api/administrator"), "a prefix of a word is not the admin API");
        assertTrue(AdminPaths.isConsole("/admin/models.xhtml"));
        assertFalse(AdminPaths.isConsole("/administration.xhtml"));
        assertTrue(AdminPaths.isLoginPage("/admin/login.xhtml"));
        assertFalse(AdminPaths.isLoginPage("/admin/login.xhtml/../jobs.xhtml"));
    }

    @Test
    void basicCredentialsParsedOrNothing() {
        String ok = "Basic " + Base64.getEncoder().encodeToString("admin:p:w".getBytes(StandardCharsets.UTF_8));
        BasicCredentials c = BasicCredentials.parse(ok).orElseThrow();
        assertEquals("admin", c.user());
        assertArrayEquals("p:w".toCharArray(), c.password(), "only the first colon separates");
        assertTrue(BasicCredentials.parse("Basic %%%").isEmpty());
        assertTrue(BasicCredentials.parse("Bearer abc").isEmpty());
        assertTrue(BasicCredentials.parse("Basic " + Base64.getEncoder().encodeToString(":nouser".getBytes(StandardCharsets.UTF_8))).isEmpty());
        assertTrue(BasicCredentials.parse("Basic " + "A".repeat(5000)).isEmpty(), "over-long headers are not read");
        assertTrue(BasicCredentials.parse(null).isEmpty());
    }
}
