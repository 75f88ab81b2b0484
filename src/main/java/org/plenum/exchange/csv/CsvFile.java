package org.plenum.exchange.csv;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.plenum.exchange.InputFile;
import org.plenum.exchange.RejectedRow;
import org.plenum.exchange.UnusableFileException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectReader;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * A CSV file read strictly: UTF-8 only ({@link StrictUtf8}), RFC 4180 quoting (parsed by Jackson's
 * CSV module), a header row of unique, non-empty column names. A data row whose number of cells
 * differs from the header's, or that is empty, is not guessed at: it is listed in
 * {@link #malformedRows()} and left out of {@link #rows()}.
 *
 * @param name          the file's name, used in sources and error messages
 * @param header        the column names as written in the first row (surrounding spaces removed)
 * @param rows          the well-formed data rows, in file order
 * @param malformedRows the rows that could not be split into the header's columns
 */
public record CsvFile(String name, List<String> header, List<CsvRow> rows, List<RejectedRow> malformedRows) {

    private static final ObjectReader ROWS = CsvMapper.builder()
            .enable(CsvReadFeature.WRAP_AS_ARRAY)
            .build()
            .readerFor(String[].class);

    public CsvFile {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        malformedRows = List.copyOf(malformedRows);
    }

    /** All data rows read, well-formed or not. */
    public int dataRowCount() {
        return rows.size() + malformedRows.size();
    }

    /**
     * Reads a file.
     *
     * @throws UnusableFileException when the file is empty, is not UTF-8, is not well-formed CSV, or
     *                               its header has blank or repeated column names
     */
    public static CsvFile parse(InputFile file) {
        String text = StrictUtf8.decode(file);
        if (text.isBlank()) {
            throw new UnusableFileException(file.name(), "the file is empty");
        }
        List<String[]> records = new ArrayList<>();
        try (MappingIterator<String[]> iterator = ROWS.readValues(text)) {
            while (iterator.hasNextValue()) {
                records.add(iterator.nextValue());
            }
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw new UnusableFileException(file.name(), "not well-formed CSV" + where + ": " + e.getOriginalMessage(), e);
        }
        if (records.isEmpty()) {
            throw new UnusableFileException(file.name(), "the file is empty");
        }
        List<String> header = header(file.name(), records.get(0));
        List<CsvRow> rows = new ArrayList<>();
        List<RejectedRow> malformed = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            String[] cells = records.get(i);
            int number = i + 1;
            if (cells.length == 1 && cells[0].isBlank() && header.size() > 1) {
                malformed.add(new RejectedRow(file.name(), number, "", "empty row"));
            } else if (cells.length != header.size()) {
                malformed.add(new RejectedRow(file.name(), number, "",
                        "the row has " + cells.length + " cells but the header has " + header.size() + " columns"));
            } else {
                Map<String, String> byColumn = new LinkedHashMap<>();
                for (int c = 0; c < cells.length; c++) {
                    byColumn.put(header.get(c), cells[c]);
                }
                rows.add(new CsvRow(file.name(), number, byColumn));
            }
        }
        return new CsvFile(file.name(), header, rows, malformed);
    }

    private static List<String> header(String file, String[] cells) {
        List<String> header = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < cells.length; c++) {
            String name = cells[c].strip();
            if (name.isEmpty()) {
                throw new UnusableFileException(file, "row 1 (header), column " + (c + 1) + " has no name");
            }
            if (!seen.add(name)) {
                throw new UnusableFileException(file, "row 1 (header) names column " + name + " twice");
            }
            header.add(name);
        }
        return header;
    }
}
