package org.plenum.exchange.export;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.plenum.exchange.csv.SpreadsheetFormulas;

/**
 * Writes a download's tidy table as plain CSV (RFC 4180): one header row, one row per record, CRLF line
 * ends, a cell quoted only when it must be, an unknown value as an empty cell, numbers without grouping or
 * exponent, a text cell that a spreadsheet would run as a formula quoted and prefixed with a single quote
 * ({@link SpreadsheetFormulas}). No byte order mark and no metadata: the JSON and XLSX downloads carry the metadata.
 */
final class TidyCsvWriter {

    private TidyCsvWriter() {
    }

    static byte[] write(TidyTable table) {
        StringBuilder out = new StringBuilder();
        record(out, table.columns().stream().map(c -> (Object) c).toList());
        table.rows().forEach(row -> record(out, row));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void record(StringBuilder out, List<Object> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal decimal ? decimal.toPlainString()
                : value instanceof Number ? value.toString() : SpreadsheetFormulas.neutralise(value.toString());
        if (text.startsWith("'") || text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
