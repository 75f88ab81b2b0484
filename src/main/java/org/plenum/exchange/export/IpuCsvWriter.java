package org.plenum.exchange.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.plenum.exchange.csv.SpreadsheetFormulas;

/**
 * Writes a download in IPU's export layout, byte for byte as data.ipu.org writes its CSV files, so that
 * scripts written for IPU's files read Plenum's: a UTF-8 byte order mark; every cell quoted (quotes doubled);
 * lines ended by LF; the metadata block, each line padded with empty cells to the table's width (a cell may
 * span several lines); a record of one cell holding a newline between the metadata and the table; the
 * table's header rows and its rows. A text cell that a spreadsheet would run as a formula gets a leading single
 * quote ({@link SpreadsheetFormulas}); IPU's {@code -} and negative numbers are not formulas and stay as they are.
 */
final class IpuCsvWriter {

    private static final String BOM = "\uFEFF";

    private IpuCsvWriter() {
    }

    static byte[] write(Download download) {
        IpuTable table = download.ipu();
        StringBuilder out = new StringBuilder(BOM);
        for (MetadataLine line : download.metadata()) {
            List<String> cells = new ArrayList<>(List.of(line.label(), line.value()));
            cells.addAll(Collections.nCopies(Math.max(0, table.width() - 2), ""));
            record(out, cells);
        }
        record(out, List.of("\n"));
        table.header().forEach(row -> record(out, row));
        table.rows().forEach(row -> record(out, row));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void record(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append('"').append(SpreadsheetFormulas.neutralise(cells.get(i)).replace("\"", "\"\"")).append('"');
        }
        out.append('\n');
    }
}
