package org.musicrec.recommend.eval;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes tab-separated {@code user item value [timestamp]} files: MovieLens {@code u.data}
 * and HetRec {@code user_artists.dat} (whose first line is the header {@code userID artistID weight})
 * both load. A malformed line is reported with its line number and skipped; the rest still loads.
 */
public final class InteractionFile {
    /** Default cap on data rows; raising it is a deliberate choice (memory is about 24 bytes a row). */
    public static final long DEFAULT_MAX_ROWS = 50_000_000L;
    public static final long MAX_FILE_BYTES = 4L << 30;
    public static final int MAX_LINE_CHARS = 4096;
    public static final int MAX_ID_CHARS = 256;
    /** Problems kept word for word; beyond this only the count grows. */
    public static final int MAX_KEPT_PROBLEMS = 50;

    /** What a read produced: rows were appended to the target; problems say what was skipped and why. */
    public record Report(Path file, long rowsRead, long problemCount, List<String> problems) {
        public boolean clean() {
            return problemCount == 0;
        }
    }

    /** The file cannot be used at all (too large, unreadable). */
    public static final class UnusableFileException extends IOException {
        private static final long serialVersionUID = 1L;

        public UnusableFileException(String message) {
            super(message);
        }
    }

    private InteractionFile() {
    }

    /** Appends the rows of {@code file} to {@code into}, whose dictionaries grow with new ids. */
    public static Report read(Path file, Interactions into, long maxRows) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new UnusableFileException(file + ": no such file");
        }
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw new UnusableFileException(file + ": larger than " + MAX_FILE_BYTES + " bytes");
        }
        List<String> problems = new ArrayList<>();
        long problemCount = 0;
        long rows = 0;
        long lineNo = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String problem = parse(line, lineNo, into);
                if (problem == null) {
                    if (++rows > maxRows) {
                        throw new UnusableFileException(file + ": more than " + maxRows + " rows (the limit)");
                    }
                } else if (!problem.isEmpty()) {
                    problemCount++;
                    if (problems.size() < MAX_KEPT_PROBLEMS) {
                        problems.add(file + ":" + lineNo + ": " + problem);
                    }
                }
            }
        } catch (java.nio.charset.MalformedInputException e) {
            throw new UnusableFileException(file + ":" + (lineNo + 1) + ": not UTF-8 text");
        }
        return new Report(file, rows, problemCount, List.copyOf(problems));
    }

    /** Adds the row and returns null, returns "" for a header line, or returns why the line is bad. */
    private static String parse(String line, long lineNo, Interactions into) {
        if (line.length() > MAX_LINE_CHARS) {
            return "line longer than " + MAX_LINE_CHARS + " characters";
        }
        String[] f = line.split("\t", -1);
        if (f.length < 3 || f.length > 4) {
            return "expected 3 or 4 tab-separated fields (user item value [timestamp]), found " + f.length;
        }
        String user = f[0].strip();
        String item = f[1].strip();
        if (user.isEmpty() || item.isEmpty()) {
            return "empty user or item id";
        }
        if (user.length() > MAX_ID_CHARS || item.length() > MAX_ID_CHARS) {
            return "id longer than " + MAX_ID_CHARS + " characters";
        }
        float value;
        try {
            value = Float.parseFloat(f[2].strip());
        } catch (NumberFormatException e) {
            // HetRec's first line is "userID artistID weight": a header, not an error.
            return lineNo == 1 ? "" : "value '" + f[2] + "' is not a number";
        }
        if (!Float.isFinite(value)) {
            return "value '" + f[2] + "' is not finite";
        }
        long ts = Interactions.NO_TIMESTAMP;
        if (f.length == 4) {
            try {
                ts = Long.parseLong(f[3].strip());
            } catch (NumberFormatException e) {
                return "timestamp '" + f[3] + "' is not an integer";
            }
        }
        into.add(into.users().indexOf(user), into.items().indexOf(item), value, ts);
        return null;
    }

    /** Writes rows in the same format (integral values without a decimal point, as the sources have them). */
    public static void write(Path file, Interactions rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int r = 0; r < rows.size(); r++) {
                writeRow(out, rows, r);
            }
        }
    }

    static void writeRow(Writer out, Interactions rows, int r) throws IOException {
        out.write(rows.users().id(rows.user(r)));
        out.write('\t');
        out.write(rows.items().id(rows.item(r)));
        out.write('\t');
        out.write(formatValue(rows.value(r)));
        if (rows.timestamp(r) != Interactions.NO_TIMESTAMP) {
            out.write('\t');
            out.write(Long.toString(rows.timestamp(r)));
        }
        out.write('\n');
    }

    static String formatValue(float v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Float.toString(v);
    }
}
