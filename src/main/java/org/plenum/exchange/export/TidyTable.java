package org.plenum.exchange.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A report's table for machines: machine-friendly column names and one row per record, each cell a
 * {@link String}, a {@link Number} (kept a number in XLSX and JSON) or null when the value is unknown.
 */
public record TidyTable(List<String> columns, List<List<Object>> rows) {
    public TidyTable {
        columns = List.copyOf(columns);
        List<List<Object>> copied = new ArrayList<>();
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row has " + row.size() + " cells, the table " + columns.size() + " columns");
            }
            copied.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = List.copyOf(copied);
    }
}
