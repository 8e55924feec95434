package org.musicrec.events.replay;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Identifies a replayed history: the first 16 hex digits of SHA-256 over the format, the file's bytes
 * and the mapping's bytes. The same file replayed again gets the same id, so its events get the same
 * ids ({@code replay:<id>:<line>}); another file, or the same one with another mapping, gets another.
 * Counting the lines on the same pass gives the progress line its total.
 */
public record ReplaySource(String id, long lines) {

    public static ReplaySource of(ReplayFormat format, Path file, Path mapping) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        sha.update(("musicrec-replay\n" + format.cliName() + "\n").getBytes(StandardCharsets.UTF_8));
        long lines = feed(sha, file);
        if (mapping != null) {
            sha.update("\nmapping\n".getBytes(StandardCharsets.UTF_8));
            feed(sha, mapping);
        }
        return new ReplaySource(HexFormat.of().formatHex(sha.digest(), 0, 8), lines);
    }

    private static long feed(MessageDigest sha, Path file) throws IOException {
        long newlines = 0;
        int last = '\n';
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                sha.update(buf, 0, n);
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        newlines++;
                    }
                }
                last = buf[n - 1];
            }
        }
        return last == '\n' ? newlines : newlines + 1;
    }
}
