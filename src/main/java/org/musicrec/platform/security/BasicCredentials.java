package org.musicrec.platform.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** The user and password of an HTTP Basic {@code Authorization} header; malformed headers give nothing. */
record BasicCredentials(String user, char[] password) {

    /** Headers past this length are not credentials anyone would send; refused unread. */
    private static final int MAX_HEADER = 4096;

    static Optional<BasicCredentials> parse(String header) {
        if (header == null || header.length() > MAX_HEADER || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon > 0 ? Optional.of(new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1).toCharArray()))
                    : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // malformed Base64: same answer as wrong credentials
        }
    }
}
