package org.plenum.exchange.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.plenum.exchange.InputFile;
import org.plenum.exchange.RejectedRow;
import org.plenum.exchange.UnusableFileException;

/**
 * A CSV file read strictly: UTF-8 only ({@link StrictUtf8}), RFC 4180 quoting ({@link CsvRecords}), a
 * header row of unique, non-empty column names. A data row whose number of cells differs from the
 * header's, or that is empty, is not guessed at: it is listed in {@link #malformedRows()} and left out
 * of {@link #rows()}.
 *
 * @param name          the file's name, used in sources and error messages
 * @param header        the column names as written in the first row (surrounding spaces removed)
 * @param rows          the well-formed data rows, in file order
 * @param malformedRows the rows that could not be split into the header's columns
 */
public record CsvFile(String name, List<String> header, List<CsvRow> rows, List<RejectedRow> malformedRows) {

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
        List<CsvRecord> records = CsvRecords.parse(file.name(), text).records();
        if (records.isEmpty()) {
            throw new UnusableFileException(file.name(), "the file is empty");
        }
        List<String> header = header(file.name(), records.get(0));
        List<CsvRow> rows = new ArrayList<>();
        List<RejectedRow> malformed = new ArrayList<>();
        for (CsvRecord record : records.subList(1, records.size())) {
            List<String> cells = record.cells();
            if (cells.size() == 1 && cells.get(0).isBlank() && header.size() > 1) {
                malformed.add(new RejectedRow(file.name(), record.number(), "", "empty row"));
            } else if (cells.size() != header.size()) {
                malformed.add(new RejectedRow(file.name(), record.number(), "",
                        "the row has " + cells.size() + " cells but the header has " + header.size() + " columns"));
            } else {
                Map<String, String> byColumn = new LinkedHashMap<>();
                for (int c = 0; c < cells.size(); c++) {
                    byColumn.put(header.get(c), cells.get(c));
                }
                rows.add(new CsvRow(file.name(), record.number(), byColumn));
            }
        }
        return new CsvFile(file.name(), header, rows, malformed);
    }

    /**
     * Reads a CSV file bundled with Plenum: the class-path resource {@code resource}, e.g.
     * {@code /dataset/reference/country-codes.csv}, named by its last path segment.
     */
    public static CsvFile bundled(String resource) {
        try (InputStream in = CsvFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the bundled resource " + resource + " is missing");
            }
            return parse(new InputFile(resource.substring(resource.lastIndexOf('/') + 1), in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled resource " + resource, e);
        }
    }

    private static List<String> header(String file, CsvRecord record) {
        List<String> header = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < record.cells().size(); c++) {
            String name = record.cell(c).strip();
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
