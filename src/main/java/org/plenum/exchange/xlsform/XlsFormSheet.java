package org.plenum.exchange.xlsform;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One sheet of an XLSForm ({@code survey}, {@code choices} or {@code settings}) as read from a workbook or a CSV file:
 * its header (the column names as written, surrounding spaces removed) and its rows that are not blank.
 *
 * @param name   the sheet's name ({@code survey}, {@code choices}, {@code settings})
 * @param header the column names in order
 * @param rows   the rows below the header that hold anything, in order
 */
public record XlsFormSheet(String name, List<String> header, List<Row> rows) {

    public XlsFormSheet {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** A sheet that is absent from the form. */
    static XlsFormSheet absent(String name) {
        return new XlsFormSheet(name, List.of(), List.of());
    }

    /** The column named {@code column} (case and surrounding spaces ignored), as written in the header. */
    public Optional<String> column(String column) {
        return header.stream().filter(h -> h.equalsIgnoreCase(column)).findFirst();
    }

    /**
     * A row: its number as a spreadsheet shows it (the header is row 1) and its cells by column name (blank cells
     * are empty strings; surrounding spaces removed).
     */
    public record Row(int number, Map<String, String> cells) {

        public Row {
            cells = Map.copyOf(cells);
        }

        /** The cell of {@code column} (case ignored), or an empty string. */
        public String get(String column) {
            String exact = cells.get(column);
            if (exact != null) {
                return exact;
            }
            return cells.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(column))
                    .map(Map.Entry::getValue).findFirst().orElse("");
        }
    }
}
