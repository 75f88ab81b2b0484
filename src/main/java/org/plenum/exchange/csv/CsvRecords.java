package org.plenum.exchange.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.plenum.exchange.InputFile;
import org.plenum.exchange.UnusableFileException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectReader;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The records of a CSV text, read by Jackson's CSV module (RFC 4180 quoting) as rows of cells, in file
 * order, with the row numbers a spreadsheet shows (see {@link CsvRecord#number()}; an empty line is a
 * row too). Text that is not well-formed CSV makes the file unusable, naming the row, line and column.
 * {@link CsvFile} reads files with a header through it; readers of files laid out otherwise (IPU's
 * exports, with metadata above the table) use the records directly.
 *
 * @param file              the file's name, used in messages
 * @param records           the records, in file order
 * @param endsWithLineBreak whether the text ends with a line break: a file whose last row is short
 *                          and that does not looks truncated
 */
public record CsvRecords(String file, List<CsvRecord> records, boolean endsWithLineBreak) {

    private static final ObjectReader READER = CsvMapper.builder()
            .enable(CsvReadFeature.WRAP_AS_ARRAY)
            .build()
            .readerFor(String[].class)
            .with(CsvSchema.emptySchema());

    public CsvRecords {
        records = List.copyOf(records);
    }

    /**
     * Decodes a file ({@link StrictUtf8}) and reads its records.
     *
     * @throws UnusableFileException when the file is not UTF-8, is not well-formed CSV, or has no
     *                               cell that is not blank ("the file is empty")
     */
    public static CsvRecords read(InputFile file) {
        CsvRecords csv = parse(file.name(), StrictUtf8.decode(file));
        if (csv.records.stream().allMatch(CsvRecord::isBlank)) {
            throw new UnusableFileException(file.name(), "the file is empty");
        }
        return csv;
    }

    /**
     * Reads the records of a text already decoded.
     *
     * @throws UnusableFileException when the text is not well-formed CSV
     */
    static CsvRecords parse(String file, String text) {
        List<CsvRecord> records = new ArrayList<>();
        try (MappingIterator<String[]> iterator = READER.readValues(text)) {
            while (iterator.hasNextValue()) {
                String[] cells = iterator.nextValue();
                records.add(new CsvRecord(records.size() + 1,
                        Arrays.stream(cells).map(c -> c == null ? "" : c).toList()));
            }
        } catch (JacksonException e) {
            throw new UnusableFileException(file, describe(e, records.size() + 1, text), e);
        }
        return new CsvRecords(file, records, endsWithLineBreak(text));
    }

    /**
     * Checks that {@code record}, a row of a table {@code width} columns wide, is not cut short by the
     * end of the file: the last record with fewer cells than that, in a text that does not end with a
     * line break, is what a truncated file looks like.
     *
     * @throws UnusableFileException when the file looks truncated in that record
     */
    public void requireComplete(CsvRecord record, int width) {
        boolean last = !records.isEmpty() && records.get(records.size() - 1).number() == record.number();
        if (last && !endsWithLineBreak && record.cells().size() < width) {
            throw new UnusableFileException(file, "row " + record.number() + " has " + record.cells().size()
                    + " of the table's " + width + " cells and the file does not end with a line break:"
                    + " the file is truncated");
        }
    }

    private static boolean endsWithLineBreak(String text) {
        return text.endsWith("\n") || text.endsWith("\r");
    }

    private static String describe(JacksonException e, int row, String text) {
        String reason = e.getOriginalMessage();
        int end = reason.indexOf('\n');
        reason = end < 0 ? reason : reason.substring(0, end);
        TokenStreamLocation where = e.getLocation();
        String at = where == null ? "" : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
        return "row " + row + at + " is not valid CSV: " + reason
                + (endsWithLineBreak(text) ? "" : "; the file does not end with a line break, it looks truncated");
    }
}
