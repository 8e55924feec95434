package org.musicrec.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The WAR is the application alone: the tools (dev services, demo, generators, command-line entry
 * points) and the servers they start stay out of it. Checked on the WAR the build made, after
 * packaging, which is why this runs with the integration tests.
 */
class WarContentsIT {

    private static List<String> entries() throws IOException {
        Path war = Path.of(System.getProperty("musicrec.it.war", "target/musicrec.war"));
        assertTrue(Files.isRegularFile(war), "no WAR at " + war);
        try (ZipFile zip = new ZipFile(war.toFile())) {
            return zip.stream().map(e -> e.getName()).toList();
        }
    }

    @Test
    void holdsNoToolClass() throws IOException {
        List<String> entries = entries();
        assertTrue(entries.stream().anyMatch(n -> n.startsWith("WEB-INF/classes/org/musicrec/web/")),
                "the WAR's classes are not where this test looks");
        assertEquals(List.of(), entries.stream().filter(n -> n.startsWith("WEB-INF/classes/org/musicrec/tools/")).toList());
        assertEquals(List.of(), entries.stream()
                .filter(n -> n.startsWith("WEB-INF/classes/") && n.endsWith(".class"))
                .filter(n -> n.endsWith("Command.class") || n.contains("/devservices/") || n.contains("/demo/"))
                .toList());
    }

    @Test
    void holdsNoServerTheToolsStart() throws IOException {
        List<String> jars = entries().stream().filter(n -> n.startsWith("WEB-INF/lib/")).toList();
        assertTrue(jars.stream().anyMatch(n -> n.contains("kafka-clients")), "the WAR's libraries are not where this test looks");
        for (String server : List.of("kafka_2.13", "kafka-server", "mongo-java-server", "payara-micro", "spark-", "selenium")) {
            assertEquals(List.of(), jars.stream().filter(n -> n.contains(server)).toList(), server);
        }
    }
}
