package org.musicrec.catalog.fma;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Where the FMA metadata files are: {@code fma_metadata.zip} (files at its root or under one
 * folder such as {@code fma_metadata/}) or a directory holding them. Any subset of the files is a
 * valid source. Files are opened as UTF-8 streams, never read whole.
 */
public final class FmaSource implements Closeable {
    private final String description;
    private final ZipFile zip;
    private final Map<FmaFile, ZipEntry> entries;
    private final Map<FmaFile, Path> paths;

    private FmaSource(String description, ZipFile zip, Map<FmaFile, ZipEntry> entries, Map<FmaFile, Path> paths) {
        this.description = description;
        this.zip = zip;
        this.entries = entries;
        this.paths = paths;
    }

    /** @throws IOException when {@code location} is neither a readable directory nor a ZIP */
    public static FmaSource open(Path location) throws IOException {
        if (Files.isDirectory(location)) {
            Map<FmaFile, Path> found = new EnumMap<>(FmaFile.class);
            for (FmaFile f : FmaFile.values()) {
                Path p = location.resolve(f.fileName());
                if (!Files.isRegularFile(p) && Files.isDirectory(location.resolve("fma_metadata"))) {
                    p = location.resolve("fma_metadata").resolve(f.fileName());
                }
                if (Files.isRegularFile(p)) {
                    found.put(f, p);
                }
            }
            return new FmaSource(location.toString(), null, Map.of(), found);
        }
        if (!Files.isRegularFile(location)) {
            throw new IOException("no such file or directory: " + location);
        }
        ZipFile zip = new ZipFile(location.toFile(), StandardCharsets.UTF_8);
        Map<FmaFile, ZipEntry> found = new EnumMap<>(FmaFile.class);
        zip.stream().filter(e -> !e.isDirectory() && !e.getName().contains("__MACOSX"))
                .forEach(e -> {
                    String name = e.getName();
                    int depth = (int) name.chars().filter(c -> c == '/').count();
                    String base = name.substring(name.lastIndexOf('/') + 1);
                    // Only the root or one folder level: a nested copy elsewhere is not the metadata set.
                    if (depth <= 1) {
                        FmaFile.byFileName(base).ifPresent(f -> found.merge(f, e, (a, b) -> a.getName().length() <= b.getName().length() ? a : b));
                    }
                });
        return new FmaSource(location.toString(), zip, found, Map.of());
    }

    public Set<FmaFile> files() {
        Set<FmaFile> all = EnumSet.noneOf(FmaFile.class);
        all.addAll(entries.keySet());
        all.addAll(paths.keySet());
        return all;
    }

    public boolean has(FmaFile file) {
        return entries.containsKey(file) || paths.containsKey(file);
    }

    /** A reader over the file's data rows; the caller closes it. */
    public FmaRowReader rows(FmaFile file, CsvLimits limits) throws IOException, MalformedRowException {
        Reader reader = open(file);
        try {
            return new FmaRowReader(reader, file, limits);
        } catch (MalformedRowException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    private Reader open(FmaFile file) throws IOException {
        InputStream in;
        if (paths.containsKey(file)) {
            in = Files.newInputStream(paths.get(file));
        } else if (entries.containsKey(file)) {
            in = zip.getInputStream(entries.get(file));
        } else {
            throw new IOException(file.fileName() + " is not in " + description);
        }
        // Bad UTF-8 is replaced rather than fatal: one odd byte must not lose a whole file.
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new java.io.BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
    }

    @Override
    public String toString() {
        return description;
    }

    @Override
    public void close() throws IOException {
        if (zip != null) {
            zip.close();
        }
    }
}
