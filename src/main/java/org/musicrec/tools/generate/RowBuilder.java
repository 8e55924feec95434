package org.musicrec.tools.generate;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Fills one output row by column name, so a generated file's cells cannot drift from its header. */
final class RowBuilder {
    private final Map<String, Integer> index = new HashMap<>();
    private final String[] values;

    RowBuilder(List<String> columns) {
        for (int i = 0; i < columns.size(); i++) {
            index.put(columns.get(i), i);
        }
        values = new String[columns.size()];
        clear();
    }

    RowBuilder set(String column, Object value) {
        Integer i = index.get(column);
        if (i == null) {
            throw new IllegalArgumentException("no column " + column);
        }
        values[i] = value == null ? "" : value.toString();
        return this;
    }

    Object[] values() {
        return values;
    }

    void clear() {
        Arrays.fill(values, "");
    }
}
