package org.musicrec.catalog.fma;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One data row of an FMA file with its physical start line, its values addressed by column name
 * ({@code track.title} in tracks.csv). Empty cells read as null; the typed getters turn a cell
 * that does not parse into a {@link MalformedRowException} naming the column.
 */
public final class CsvRow {
    private final String file;
    private final long line;
    private final Map<String, Integer> columns;
    private final String[] values;

    CsvRow(String file, long line, Map<String, Integer> columns, String[] values) {
        this.file = file;
        this.line = line;
        this.columns = columns;
        this.values = values;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    public boolean hasColumn(String column) {
        return columns.containsKey(column);
    }

    /** The cell's text, or null when empty or when the file has no such column. */
    public String text(String column) {
        Integer i = columns.get(column);
        if (i == null || i >= values.length) {
            return null;
        }
        String v = values[i];
        return v == null || v.isBlank() ? null : v;
    }

    public String requiredText(String column) throws MalformedRowException {
        String v = text(column);
        if (v == null) {
            throw malformed("empty " + column);
        }
        return v;
    }

    public long requiredLong(String column) throws MalformedRowException {
        return convert(column, requiredText(column), FmaValues::parseLong);
    }

    public Long longValue(String column) throws MalformedRowException {
        return convert(column, text(column), FmaValues::parseLong);
    }

    public Integer intValue(String column) throws MalformedRowException {
        return convert(column, text(column), FmaValues::parseInt);
    }

    public Double doubleValue(String column) throws MalformedRowException {
        return convert(column, text(column), FmaValues::parseDouble);
    }

    public List<Integer> intList(String column) throws MalformedRowException {
        return convert(column, text(column), FmaValues::intList);
    }

    public List<String> stringList(String column) throws MalformedRowException {
        return convert(column, text(column), FmaValues::stringList);
    }

    public String dateTime(String column) throws MalformedRowException {
        return convert(column, text(column), FmaValues::dateTime);
    }

    public Integer year(String column) throws MalformedRowException {
        return convert(column, text(column), FmaValues::year);
    }

    public Integer durationSeconds(String column) throws MalformedRowException {
        return convert(column, text(column), FmaValues::durationSeconds);
    }

    /** Applies {@code parser} to a non-empty cell; an empty cell stays null. */
    public <T> T convert(String column, String text, Function<String, T> parser) throws MalformedRowException {
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw malformed(column + ": " + e.getMessage());
        }
    }

    public MalformedRowException malformed(String reason) {
        return new MalformedRowException(file, line, reason);
    }
}
