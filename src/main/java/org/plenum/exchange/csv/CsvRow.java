package org.plenum.exchange.csv;

import java.util.Map;
import org.plenum.exchange.RejectedRow;

/**
 * One data row of a CSV file.
 *
 * @param file   the file's name
 * @param number the row number as a spreadsheet shows it: the header is row 1, the first data row
 *               is row 2; a quoted cell that spans several lines still makes one row
 * @param cells  the cells by column header, as written in the file
 */
public record CsvRow(String file, int number, Map<String, String> cells) {

    public CsvRow {
        cells = Map.copyOf(cells);
    }

    /** The cell of {@code column} without surrounding white space; empty when the cell is blank. */
    public String get(String column) {
        String value = cells.get(column);
        if (value == null) {
            throw new IllegalArgumentException(file + " has no column " + column);
        }
        return value.strip();
    }

    public boolean isBlank(String column) {
        return get(column).isEmpty();
    }

    /** The source of a value read from this row: {@code <file name> row <n>}. */
    public String source() {
        return file + " row " + number;
    }

    public RejectedRow reject(String column, String reason) {
        return new RejectedRow(file, number, column, reason);
    }

    public RejectedRow reject(InvalidCell invalid) {
        return invalid.rejectedRow(file, number);
    }

    public RejectedRow rejectWhole(String reason) {
        return new RejectedRow(file, number, "", reason);
    }
}
