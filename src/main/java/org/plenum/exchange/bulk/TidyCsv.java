package org.plenum.exchange.bulk;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.plenum.exchange.csv.SpreadsheetFormulas;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * One tidy CSV file of the bulk zip, written row by row by Jackson's CSV generator (RFC 4180: a header row, CRLF
 * line ends, a cell quoted only when it must be, an empty cell for no value, UTF-8 without a byte order mark). Text
 * a spreadsheet would run as a formula is neutralised as in every other CSV export ({@link SpreadsheetFormulas},
 * decision 0035).
 */
final class TidyCsv implements AutoCloseable {

    private static final CsvMapper CSV = CsvMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING).build();
    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator("\r\n");

    private final CountingDigestStream out;
    private final SequenceWriter rows;
    private final int width;
    private long count;

    TidyCsv(OutputStream target, String... header) {
        this.out = new CountingDigestStream(target);
        this.rows = CSV.writerFor(String[].class).with(SCHEMA).writeValues(out);
        this.width = header.length;
        rows.write(header);
    }

    /** One row; a null cell is written empty. */
    void row(String... cells) {
        if (cells.length != width) {
            throw new IllegalArgumentException("a row of " + cells.length + " cells in a file of " + width + " columns");
        }
        String[] safe = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            safe[i] = cells[i] == null ? "" : SpreadsheetFormulas.neutralise(cells[i]);
        }
        rows.write(safe);
        count++;
    }

    /** Ends the file and describes it for the manifest. */
    BulkEntry finish(String name) {
        close();
        return new BulkEntry(name, count, out.count(), out.sha256());
    }

    @Override
    public void close() {
        try {
            rows.close();
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
