package org.musicrec.platform.security;

import java.security.SecureRandom;

/** Random passwords for the demo's administrator: 20 characters from an unambiguous alphabet (about 115 bits). */
public final class PasswordGenerator {
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private PasswordGenerator() {
    }

    public static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder b = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
