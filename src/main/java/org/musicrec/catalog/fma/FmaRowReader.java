package org.musicrec.catalog.fma;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the data rows of one FMA file, one {@link CsvRow} at a time, each with the physical line
 * it starts on. Bad rows surface as {@link MalformedRowException}s between good ones; after a
 * {@linkplain MalformedRowException#fatal() fatal} one, {@link #next()} returns null. The position
 * (data rows consumed, good or bad) is the checkpoint a restarted reader {@linkplain #skip skips} to.
 */
public final class FmaRowReader implements Closeable {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false).setTrailingData(true).setLenientEof(false).get();

    private final String file;
    private final CsvLimits limits;
    private final LimitedReader input;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Map<String, Integer> columns;
    private int headerWidth;
    private long lastLine;
    private long position;
    private boolean finished;

    /** Reads and checks the header; a missing required column makes the file unusable. */
    public FmaRowReader(Reader reader, FmaFile kind, CsvLimits limits) throws MalformedRowException {
        this(reader, kind.fileName(), kind.threeRowHeader(), kind.requiredColumns(), limits);
    }

    FmaRowReader(Reader reader, String file, boolean threeRowHeader, List<String> required, CsvLimits limits)
            throws MalformedRowException {
        this.file = file;
        this.limits = limits;
        this.input = new LimitedReader(reader, limits.maxRowChars());
        try {
            this.parser = CSVParser.builder().setReader(input).setFormat(FORMAT).get();
        } catch (IOException e) {
            throw new MalformedRowException(file, 1, "cannot read: " + e.getMessage(), true);
        }
        this.records = parser.iterator();
        this.columns = readHeader(threeRowHeader);
        for (String column : required) {
            if (!columns.containsKey(column)) {
                throw new MalformedRowException(file, 1, "missing column " + column + " (not an FMA " + file + "?)", true);
            }
        }
    }

    private Map<String, Integer> readHeader(boolean threeRows) throws MalformedRowException {
        String[] first = headerRecord();
        if (first.length > 0 && first[0].startsWith("\uFEFF")) {
            first[0] = first[0].substring(1);
        }
        String[] fields = threeRows ? headerRecord() : null;
        String[] idRow = threeRows ? headerRecord() : null;
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < first.length; i++) {
            String name;
            if (!threeRows) {
                name = first[i].strip();
            } else if (!first[i].isBlank() && i < fields.length && !fields[i].isBlank()) {
                name = first[i].strip() + "." + fields[i].strip();
            } else {
                name = i < idRow.length ? idRow[i].strip() : "";
            }
            if (name.isEmpty()) {
                continue;
            }
            if (map.putIfAbsent(name, i) != null) {
                throw new MalformedRowException(file, lastLine, "duplicate column " + name, true);
            }
        }
        return Map.copyOf(map);
    }

    private String[] headerRecord() throws MalformedRowException {
        CSVRecord r = nextRecord();
        if (r == null) {
            throw new MalformedRowException(file, lastLine + 1,
                    lastLine == 0 ? "no header (empty file)" : "header ends early, after line " + lastLine, true);
        }
        return r.values();
    }

    /** The next data row, or null at the end of the file (or after a fatal problem). */
    public CsvRow next() throws MalformedRowException {
        while (!finished) {
            long start = lastLine + 1;
            CSVRecord r = nextRecord();
            if (r == null) {
                return null;
            }
            if (r.size() == 1 && r.get(0).isEmpty()) {
                continue; // a blank line
            }
            position++;
            if (position > limits.maxRows()) {
                finished = true;
                throw new MalformedRowException(file, start, "more than " + limits.maxRows() + " rows", true);
            }
            String[] values = r.values();
            if (values.length != headerWidth) {
                throw new MalformedRowException(file, start,
                        "expected " + headerWidth + " fields but found " + values.length);
            }
            for (int i = 0; i < values.length; i++) {
                if (values[i].length() > limits.maxFieldChars()) {
                    throw new MalformedRowException(file, start,
                            "field " + (i + 1) + " longer than " + limits.maxFieldChars() + " characters");
                }
            }
            return new CsvRow(file, start, columns, values);
        }
        return null;
    }


    private CSVRecord nextRecord() throws MalformedRowException {
        if (finished) {
            return null;
        }
        long start = lastLine + 1;
        input.mark();
        try {
            if (!records.hasNext()) {
                finished = true;
                return null;
            }
            CSVRecord r = records.next();
            lastLine = parser.getCurrentLineNumber();
            if (r.size() > limits.maxColumns()) {
                throw new MalformedRowException(file, start, "more than " + limits.maxColumns() + " fields");
            }
            if (headerWidth == 0) {
                headerWidth = r.size();
            }
            return r;
        } catch (UncheckedIOException | IllegalStateException e) {
            finished = true;
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new MalformedRowException(file, start, "unreadable CSV, rest of file skipped: " + cause.getMessage(), true);
        }
    }

    /** Skips {@code rows} data rows (good or bad) without converting them: the restart path. */
    public void skip(long rows) throws MalformedRowException {
        while (position < rows && !finished) {
            try {
                if (next() == null) {
                    return;
                }
            } catch (MalformedRowException e) {
                if (e.fatal()) {
                    throw e;
                }
            }
        }
    }

    /** Data rows consumed so far, good or bad: the checkpoint. */
    public long position() {
        return position;
    }

    public String file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
