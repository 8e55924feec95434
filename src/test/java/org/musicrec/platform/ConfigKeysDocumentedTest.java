package org.musicrec.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code musicrec.} key the code reads (through {@code @ConfigProperty}, a {@code Config} lookup or a
 * system property) is documented once in {@code microprofile-config.properties}, as a {@code key=value}
 * line or, where it has no default there, as a commented-out {@code # key=} line. Scans the sources, so a
 * key added anywhere in {@code src/main/java} without its line fails here.
 */
class ConfigKeysDocumentedTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path PROPERTIES = Path.of("src/main/resources/META-INF/microprofile-config.properties");

    /** A key, or a constant holding one, as the name of a config property or the argument of a lookup. */
    private static final Pattern READ = Pattern.compile(
            "(?:@ConfigProperty\\s*\\(\\s*name\\s*=|\\b(?:getOptionalValue|getValue|getConfigValue|getOptionalValues"
                    + "|getValues|System\\.getProperty|Boolean\\.getBoolean|Integer\\.getInteger|Long\\.getLong)\\s*\\()"
                    + "\\s*(?:\"(musicrec\\.[^\"]+)\"|([A-Za-z_][A-Za-z0-9_.]*))");
    private static final Pattern CONSTANT = Pattern.compile(
            "\\bString\\s+([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*\"(musicrec\\.[^\"]+)\"");
    private static final Pattern DOCUMENTED = Pattern.compile("^\\s*#?\\s*(musicrec\\.[A-Za-z0-9._-]+)\\s*=");

    @Test
    void everyKeyTheCodeReadsIsInMicroprofileConfigProperties() {
        Map<String, Set<String>> read = keysReadByTheCode();
        assertTrue(read.size() >= 30, () -> "found only " + read.size() + " keys in " + SOURCES.toAbsolutePath()
                + ": has the scan stopped matching how the code reads its configuration? " + read.keySet());
        Set<String> documented = documentedKeys().keySet();
        Map<String, Set<String>> missing = new TreeMap<>(read);
        missing.keySet().removeAll(documented);
        assertTrue(missing.isEmpty(), () -> "read by the code but not documented in " + PROPERTIES
                + " (add 'key=default' with a comment, or '# key=' where there is no default): " + missing);
    }

    @Test
    void noKeyIsDocumentedTwice() {
        Map<String, Integer> twice = new TreeMap<>(documentedKeys());
        twice.values().removeIf(n -> n == 1);
        assertEquals(Map.of(), twice, "keys with more than one 'key=' line in " + PROPERTIES);
    }

    private static Map<String, Set<String>> keysReadByTheCode() {
        Map<String, Set<String>> keys = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Map<String, String> constants = new HashMap<>();
                Matcher c = CONSTANT.matcher(text);
                while (c.find()) {
                    constants.put(c.group(1), c.group(2));
                }
                Matcher m = READ.matcher(text);
                while (m.find()) {
                    String key = m.group(1) != null ? m.group(1) : constants.get(lastSegment(m.group(2)));
                    if (key != null) {
                        keys.computeIfAbsent(key, k -> new TreeSet<>()).add(SOURCES.relativize(file).toString());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    private static String lastSegment(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /** Each documented key with the number of its {@code key=} lines, commented out or not. */
    private static Map<String, Integer> documentedKeys() {
        Map<String, Integer> keys = new TreeMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(PROPERTIES, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String line : lines) {
            Matcher m = DOCUMENTED.matcher(line);
            if (m.find()) {
                keys.merge(m.group(1), 1, Integer::sum);
            }
        }
        return keys;
    }
}
