package org.musicrec.tools.security;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.musicrec.platform.security.PasswordHash;
import org.musicrec.tools.cli.ExitStatus;

/** {@code ./musicrec password-hash}: reads a password (without echo on a terminal) and prints its hash for {@code musicrec.admin.password-hash}. */
public final class PasswordHashCommand {
    private PasswordHashCommand() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length > 0) {
            System.err.println("usage: ./musicrec password-hash   (reads the password from the terminal or standard input)");
            System.exit(ExitStatus.BAD_INPUT);
        }
        Console console = System.console();
        String line = console != null ? new String(console.readPassword("admin password: "))
                : new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null || line.isEmpty()) {
            System.err.println("password-hash: no password given");
            System.exit(ExitStatus.BAD_INPUT);
        }
        System.out.println(PasswordHash.hash(line.toCharArray()));
    }
}
