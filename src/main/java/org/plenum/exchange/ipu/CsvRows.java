package org.plenum.exchange.ipu;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.plenum.exchange.UnusableFileException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The records of a CSV text, read by Jackson's CSV module as arrays of strings. A record's
 * {@link CsvRow#number() number} is its 1-based position among the records, which is the row a
 * spreadsheet shows (a quoted cell that spans several lines stays one row; an empty line is a row).
 */
record CsvRows(List<CsvRow> rows, boolean endsWithLineBreak) {

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

    /** One record: its spreadsheet row number and its cells (never null). */
    record CsvRow(int number, List<String> cells) {

        String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }

        boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }

        /** The number of cells up to the last non-blank one. */
        int usedCells() {
            int used = cells.size();
            while (used > 0 && cells.get(used - 1).isBlank()) {
                used--;
            }
            return used;
        }
    }

    static CsvRows parse(String fileName, String text) {
        List<CsvRow> rows = new ArrayList<>();
        try (MappingIterator<String[]> records = CSV.readerFor(String[].class)
                .with(CsvSchema.emptySchema()).readValues(text)) {
            while (records.hasNextValue()) {
                String[] cells = records.nextValue();
                rows.add(new CsvRow(rows.size() + 1, List.copyOf(Arrays.stream(cells)
                        .map(c -> c == null ? "" : c).toList())));
            }
        } catch (JacksonException e) {
            throw new UnusableFileException(fileName, describe(e, rows.size() + 1, text), e);
        }
        return new CsvRows(List.copyOf(rows), text.endsWith("\n") || text.endsWith("\r"));
    }

    private static String describe(JacksonException e, int row, String text) {
        String reason = e.getOriginalMessage();
        int end = reason.indexOf('\n');
        reason = end < 0 ? reason : reason.substring(0, end);
        TokenStreamLocation where = e.getLocation();
        String at = where == null ? "" : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
        boolean truncated = !(text.endsWith("\n") || text.endsWith("\r"));
        return "row " + row + at + " is not valid CSV: " + reason
                + (truncated ? "; the file does not end with a line break, it looks truncated" : "");
    }
}
