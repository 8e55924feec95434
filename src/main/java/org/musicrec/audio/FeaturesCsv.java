package org.musicrec.audio;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.musicrec.audio.FeatureColumns.Column;

/**
 * FMA's features.csv layout: header rows {@code feature}, {@code statistics}, {@code number}, then a
 * {@code track_id} row, then one row per track with values as {@code %.10e} of the float32 value
 * (FMA stored float32). Reading accepts any column order and keeps only our 154 columns.
 */
public final class FeaturesCsv {
    private FeaturesCsv() {
    }

    /** Writes rows one at a time, so a large run never holds all tracks. Not thread-safe. */
    public static final class Writer implements AutoCloseable {
        private final CSVPrinter printer;

        public Writer(Appendable out) throws IOException {
            printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
            List<Column> columns = FeatureColumns.all();
            printer.printRecord(header("feature", columns.stream().map(Column::feature).toList()));
            printer.printRecord(header("statistics", columns.stream().map(c -> c.statistic().columnName()).toList()));
            printer.printRecord(header("number", columns.stream().map(c -> String.format(Locale.ROOT, "%02d", c.number())).toList()));
            List<String> idRow = new ArrayList<>(List.of("track_id"));
            columns.forEach(c -> idRow.add(""));
            printer.printRecord(idRow);
        }

        public void write(TrackFeatures features) throws IOException {
            List<String> row = new ArrayList<>(FeatureColumns.count() + 1);
            row.add(features.trackId());
            for (double v : features.values()) {
                row.add(String.format(Locale.ROOT, "%.10e", (double) (float) v));
            }
            printer.printRecord(row);
        }

        public void flush() throws IOException {
            printer.flush();
        }

        @Override
        public void close() throws IOException {
            printer.close(true);
        }

        private static List<String> header(String name, List<String> cells) {
            List<String> row = new ArrayList<>(List.of(name));
            row.addAll(cells);
            return row;
        }
    }

    /**
     * Track id to the 154 values in {@link FeatureColumns} order; NaN where the file lacks a column.
     * Streams the rows, so FMA's own features.csv (518 columns, about 1 GB) costs only the 154 kept values per track.
     */
    public static Map<String, double[]> read(Reader in) throws IOException {
        Iterator<CSVRecord> records = CSVFormat.DEFAULT.parse(in).iterator();
        List<CSVRecord> header = new ArrayList<>();
        while (header.size() < 4 && records.hasNext()) {
            header.add(records.next());
        }
        if (header.size() < 4 || !header.get(0).get(0).equals("feature") || !header.get(3).get(0).equals("track_id")) {
            throw new IOException("not in FMA features.csv layout (feature/statistics/number/track_id header rows)");
        }
        Map<String, Integer> position = new LinkedHashMap<>();
        for (int i = 1; i < header.get(0).size(); i++) {
            position.put(header.get(0).get(i) + "," + header.get(1).get(i) + "," + header.get(2).get(i), i);
        }
        int[] source = FeatureColumns.all().stream().mapToInt(c -> position.getOrDefault(c.key(), -1)).toArray();
        Map<String, double[]> rows = new LinkedHashMap<>();
        while (records.hasNext()) {
            CSVRecord r = records.next();
            double[] values = new double[source.length];
            for (int c = 0; c < values.length; c++) {
                int p = source[c];
                values[c] = p < 0 || p >= r.size() || r.get(p).isEmpty() ? Double.NaN : Double.parseDouble(r.get(p));
            }
            rows.put(r.get(0), values);
        }
        return rows;
    }
}
