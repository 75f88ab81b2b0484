package org.plenum.exchange.csv;

import java.util.List;

/**
 * One record of a CSV text, as {@link CsvRecords} reads it: its cells by position.
 *
 * @param number the row number as a spreadsheet shows it (the first record is row 1); a quoted cell
 *               that spans several lines still makes one row
 * @param cells  the cells as written in the file (never null)
 */
public record CsvRecord(int number, List<String> cells) {

    public CsvRecord {
        cells = List.copyOf(cells);
    }

    /** The cell at {@code index} (0-based), as written; empty when the record has fewer cells. */
    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    /** Whether every cell is blank (or there is none). */
    public boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }

    /** The number of cells up to the last non-blank one. */
    public int usedCells() {
        int used = cells.size();
        while (used > 0 && cells.get(used - 1).isBlank()) {
            used--;
        }
        return used;
    }

    /**
     * Checks that the record is a row of a table {@code width} columns wide: at least that many cells,
     * and nothing written beyond them.
     *
     * @throws InvalidCell for the whole row (no column) when it is not
     */
    public void requireWidth(int width) {
        if (cells.size() < width || usedCells() > width) {
            throw new InvalidCell("", "the row has " + usedCells() + " cells; the table has " + width + " columns");
        }
    }
}
