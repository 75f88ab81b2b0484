package org.plenum.aiwatch.actions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/** The CSV files bundled under {@code dataset/ai/}, read as rows of named cells. */
final class SeedFiles {

    static final String FOLDER = "dataset/ai/";

    private SeedFiles() {
    }

    /** A file's rows; {@code row} numbers as a spreadsheet shows them (the header is row 1). */
    record Row(String file, int row, Map<String, String> cells) {

        String cell(String column) {
            String value = cells.get(column);
            return value == null ? "" : value.strip();
        }

        String where(String column) {
            return FOLDER + file + ", row " + row + ", column " + column;
        }
    }

    static byte[] bytes(String file) {
        try (InputStream in = SeedFiles.class.getResourceAsStream("/" + FOLDER + file)) {
            if (in == null) {
                throw new SeedException(FOLDER + file + ": missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FOLDER + file, e);
        }
    }

    /** The rows of a bundled file, which must have the columns named. */
    static List<Row> rows(String file, List<String> columns) {
        String text = new String(bytes(file), StandardCharsets.UTF_8);
        List<Row> rows = new ArrayList<>();
        String header = text.lines().findFirst().orElse("");
        for (String column : columns) {
            if (!List.of(header.split(",")).contains(column)) {
                throw new SeedException(FOLDER + file + ", row 1: no column " + column + " (the file has " + header + ")");
            }
        }
        try (MappingIterator<Map<String, String>> it = CsvMapper.builder().build().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            int row = 1;
            while (it.hasNext()) {
                Map<String, String> cells = it.next();
                row++;
                for (String value : cells.values()) {
                    if (value != null && value.contains("\n")) {
                        throw new SeedException(FOLDER + file + ", row " + row + ": a cell holds a line break (the"
                                + " rows are numbered by lines; write it on one line)");
                    }
                }
                rows.add(new Row(file, row, cells));
            }
        }
        return rows;
    }

    /** A bundled file that cannot be used: the message names the file, row and column. */
    static final class SeedException extends RuntimeException {
        SeedException(String message) {
            super(message);
        }
    }
}
