package org.plenum.exchange;

/**
 * One input row (or cell) that an importer refused, and why. {@code row} is 1-based as a spreadsheet
 * shows it; {@code column} is the header name of the offending column, or empty for the whole row.
 */
public record RejectedRow(String file, int row, String column, String reason) {
    @Override
    public String toString() {
        return file + ", row " + row + (column.isEmpty() ? "" : ", column " + column) + ": " + reason;
    }
}
