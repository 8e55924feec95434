package org.musicrec.sampling;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * {@code manifest.csv} in the target folder: one row per extracted file, appended and flushed right after
 * the file is renamed into place, so a resumed run continues it. Rows already present are never repeated,
 * and a torn last line left by a kill is cut off before appending.
 */
final class Manifest implements Closeable {
    static final String FILE_NAME = "manifest.csv";
    static final String[] HEADER = {"entry", "size", "crc", "track_id", "genre", "file"};

    private final Set<String> entries;
    private final CSVPrinter printer;

    private Manifest(Set<String> entries, CSVPrinter printer) {
        this.entries = entries;
        this.printer = printer;
    }

    static Manifest open(Path targetDir) throws IOException {
        Path file = targetDir.resolve(FILE_NAME);
        boolean fresh = !Files.exists(file) || Files.size(file) == 0;
        Set<String> entries = new HashSet<>();
        if (!fresh) {
            cutTornLastLine(file);
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                    entries.add(r.get("entry"));
                }
            }
        }
        BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();
        CSVPrinter printer = new CSVPrinter(out, format);
        if (fresh) {
            printer.printRecord((Object[]) HEADER);
            printer.flush();
        }
        return new Manifest(entries, printer);
    }

    boolean contains(String entryName) {
        return entries.contains(entryName);
    }

    /** Appends the entry's row unless it is already listed; flushed at once so a kill loses at most this row. */
    void append(PlannedEntry p) throws IOException {
        if (!entries.add(p.entry().name())) {
            return;
        }
        printer.printRecord(p.entry().name(), p.entry().size(), crcHex(p.entry().crc()),
                p.trackId() < 0 ? "" : p.trackId(), p.genre(), p.outputPath());
        printer.flush();
    }

    static String crcHex(long crc) {
        return String.format(Locale.ROOT, "%08x", crc);
    }

    private static void cutTornLastLine(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            long end = raf.length();
            long pos = end - 1;
            while (pos >= 0) {
                raf.seek(pos);
                if (raf.read() == '\n') {
                    break;
                }
                pos--;
            }
            if (pos + 1 < end) {
                raf.setLength(pos + 1);
            }
        }
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
