package org.musicrec.events.replay;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Display names for a replayed history's items, read from the file its data set ships beside it:
 * HetRec's {@code artists.dat} ({@code id\tname\t...}, header line, UTF-8) and MovieLens' {@code u.item}
 * ({@code id|title|...}, ISO-8859-1). Placeholder tracks get these as titles, so a listener sees
 * "Diary of Dreams" rather than "lastfm:2". Names are cosmetic: a missing file means no names, a line
 * that does not parse is passed over, and the file is bounded in size, entries and name length.
 */
public final class ItemNames {
    static final long MAX_BYTES = 64L << 20;
    static final int MAX_ENTRIES = 2_000_000;
    static final int MAX_NAME = 200;

    private static final ItemNames NONE = new ItemNames(Map.of());

    private final Map<String, String> names;

    private ItemNames(Map<String, String> names) {
        this.names = names;
    }

    public static ItemNames none() {
        return NONE;
    }

    /** The names shipped next to {@code history} in {@code format}'s data set; none when there is no such file. */
    public static ItemNames beside(Path history, ReplayFormat format) {
        Path dir = history.toAbsolutePath().getParent();
        return switch (format) {
            case HETREC -> read(dir.resolve("artists.dat"), format, '\t', true, StandardCharsets.UTF_8);
            case MOVIELENS -> read(dir.resolve("u.item"), format, '|', false, StandardCharsets.ISO_8859_1);
            case CSV -> NONE;
        };
    }

    static ItemNames read(Path file, ReplayFormat format, char separator, boolean header, Charset charset) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
                return NONE;
            }
            Map<String, String> names = new HashMap<>();
            var decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
                if (header) {
                    in.readLine();
                }
                for (String line; (line = in.readLine()) != null && names.size() < MAX_ENTRIES; ) {
                    int a = line.indexOf(separator);
                    if (a <= 0) {
                        continue;
                    }
                    int b = line.indexOf(separator, a + 1);
                    String id = line.substring(0, a).trim();
                    String name = clean(b < 0 ? line.substring(a + 1) : line.substring(a + 1, b));
                    if (id.matches("\\d{1,18}") && !name.isEmpty()) {
                        names.put(format.namespaced(id), name);
                    }
                }
            }
            return new ItemNames(names);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read item names from " + file, e);
        }
    }

    private static String clean(String s) {
        String t = s.replaceAll("\\p{Cntrl}", " ").strip();
        return t.length() <= MAX_NAME ? t : t.substring(0, MAX_NAME);
    }

    /** The name of a (namespaced) item id, e.g. {@code lastfm:2}. */
    public Optional<String> of(String itemId) {
        return Optional.ofNullable(names.get(itemId));
    }

    public int size() {
        return names.size();
    }
}
