package org.musicrec.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Service keys and their stored form. A key is 32 random bytes (base64url), so a plain SHA-256 of
 * it cannot be reversed by guessing, unlike a password (which gets PBKDF2, {@link PasswordHash}).
 * A fast hash matters here: every listener-data request checks its key. The stored form is
 * {@code sha256:<64 hex digits>}.
 */
public final class ServiceKeyHash {

    static final String PREFIX = "sha256:";
    /** Longer presented keys are refused before hashing: a key is 43 characters. */
    static final int MAX_KEY_LENGTH = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ServiceKeyHash() {
    }

    public static String newKey() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    public static String hash(String key) {
        return PREFIX + HexFormat.of().formatHex(digest(key));
    }

    /** Whether {@code stored} is a well-formed hash (so a typo in configuration is reported, not ignored). */
    public static boolean wellFormed(String stored) {
        return stored.startsWith(PREFIX) && stored.length() == PREFIX.length() + 64
                && stored.substring(PREFIX.length()).chars().allMatch(c -> Character.digit(c, 16) >= 0);
    }

    /** Constant-time comparison of the key's digest with one stored hash. */
    static boolean matches(String key, String stored) {
        return presentable(key) && matchesDigest(digest(key), stored);
    }

    /** Whether a presented key is worth hashing at all. */
    static boolean presentable(String key) {
        return key != null && !key.isEmpty() && key.length() <= MAX_KEY_LENGTH;
    }

    /** Constant-time comparison of a key's digest (computed once for all stored hashes) with one stored hash. */
    static boolean matchesDigest(byte[] digest, String stored) {
        if (!wellFormed(stored)) {
            return false;
        }
        byte[] expected = HexFormat.of().parseHex(stored.substring(PREFIX.length()).toLowerCase(java.util.Locale.ROOT));
        return MessageDigest.isEqual(expected, digest);
    }

    static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
