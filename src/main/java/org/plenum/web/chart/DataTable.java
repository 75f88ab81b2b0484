package org.plenum.web.chart;

import java.util.List;

/**
 * A chart's data as a table, every cell already formatted for the chart's locale: the page renders it as a
 * {@code <table>} with {@code caption}, a header row of {@code columns}, and one row per {@link Row} whose
 * {@code header} is the row header ({@code <th scope="row">}).
 */
public record DataTable(String caption, List<String> columns, List<Row> rows) {

    public DataTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** One row: its header cell and the other cells, as many as {@code columns} minus one. */
    public record Row(String header, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }
}
