package org.plenum.exchange;

/**
 * Something an importer noticed and imported anyway, because the data may be right and Plenum does not guess a
 * correction: a member younger than 18 when the membership starts, more members at once than the chamber has seats.
 * Located like a {@link RejectedRow}: file, 1-based row (or line, for formats without rows: see the reader), column
 * (or the member's path), and what was noticed. Nothing was left out because of a warning.
 */
public record ImportWarning(String file, int row, String column, String message) {
    @Override
    public String toString() {
        return file + ", row " + row + (column.isEmpty() ? "" : ", column " + column) + ": " + message;
    }
}
