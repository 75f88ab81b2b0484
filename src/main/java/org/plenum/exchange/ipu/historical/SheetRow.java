package org.plenum.exchange.ipu.historical;

import java.util.List;

/**
 * One data row of the workbook: its number as a spreadsheet shows it (the header is row 1) and its
 * cells, one per {@link Column}.
 */
record SheetRow(int number, List<CellValue> cells) {

    SheetRow {
        cells = List.copyOf(cells);
        if (cells.size() != Column.values().length) {
            throw new IllegalArgumentException("a row has " + Column.values().length + " cells, not " + cells.size());
        }
    }

    CellValue cell(Column column) {
        return cells.get(column.ordinal());
    }
}
