package org.musicrec.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

    @Test
    void verifiesTheRightPasswordOnly() {
        String h = PasswordHash.hash("s3cret".toCharArray());
        assertTrue(h.startsWith("pbkdf2-sha256:210000:"), h);
        assertTrue(PasswordHash.verify("s3cret".toCharArray(), h));
        assertFalse(PasswordHash.verify("s3cret ".toCharArray(), h));
        assertFalse(PasswordHash.verify("".toCharArray(), h));
    }

    @Test
    void saltsEveryHash() {
        assertNotEquals(PasswordHash.hash("x".toCharArray()), PasswordHash.hash("x".toCharArray()));
    }

    @Test
    void malformedStoredHashesNeverMatch() {
        for (String bad : new String[] {null, "", "plain", "pbkdf2-sha256:1:AA==", "md5:1:AA==:AA==", "pbkdf2-sha256:x:AA==:AA==",
                "pbkdf2-sha256:0:AA==:AA==", "pbkdf2-sha256:1:!!:AA=="}) {
            assertFalse(PasswordHash.verify("x".toCharArray(), bad), String.valueOf(bad));
        }
    }

    @Test
    void generatedPasswordsAreLongAndDistinct() {
        String a = PasswordGenerator.generate();
        assertEquals(20, a.length());
        assertNotEquals(a, PasswordGenerator.generate());
    }
}
