package org.musicrec.tools.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.musicrec.platform.security.ServiceKeyHash;
import org.musicrec.tools.cli.ExitStatus;

/**
 * {@code ./musicrec service-key}: a new key and its hash (the key for the client, the hash for
 * {@code musicrec.api.key-hashes}); with {@code --hash}, the hash of a key read from standard input.
 */
public final class ServiceKeyCommand {
    private ServiceKeyCommand() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 1 && "--hash".equals(args[0])) {
            String key = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            System.out.println(ServiceKeyHash.hash(key == null ? "" : key.trim()));
            return;
        }
        if (args.length > 0) {
            System.err.println("usage: ./musicrec service-key [--hash]   (--hash: hash a key read from standard input)");
            System.exit(ExitStatus.BAD_INPUT);
        }
        String key = ServiceKeyHash.newKey();
        System.out.println("key:  " + key);
        System.out.println("hash: " + ServiceKeyHash.hash(key));
    }
}
