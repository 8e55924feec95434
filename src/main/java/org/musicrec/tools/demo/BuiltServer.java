package org.musicrec.tools.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import org.musicrec.tools.cli.ExitStatus;

/** The built WAR and the Payara Micro jar that the demo and an extra node start. */
record BuiltServer(Path war, Path payaraJar) {

    /** Both under target/, or a message naming {@code command} and exit 2 when the build has not run. */
    static BuiltServer require(String command) {
        BuiltServer b = new BuiltServer(Path.of("target/musicrec.war").toAbsolutePath(),
                Path.of("target/payara-micro.jar").toAbsolutePath());
        if (!Files.exists(b.war()) || !Files.exists(b.payaraJar())) {
            System.err.println("musicrec " + command + ": build first (target/musicrec.war, target/payara-micro.jar missing)");
            System.exit(ExitStatus.BAD_INPUT);
        }
        return b;
    }
}
