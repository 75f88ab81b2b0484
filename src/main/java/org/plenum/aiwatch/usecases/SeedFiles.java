package org.plenum.aiwatch.usecases;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/** The library's bundled files under {@code dataset/ai/}, read as CSV rows with a header. */
final class SeedFiles {

    static final String FOLDER = "dataset/ai/";

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

    private SeedFiles() {
    }

    static byte[] bytes(String file) {
        try (InputStream in = new ClassPathResource(FOLDER + file).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled " + FOLDER + file, e);
        }
    }

    /**
     * The rows of a CSV file with a header, as column → stripped text; refuses a file that lacks one of
     * {@code required} columns or a row whose number of cells differs from the header's, naming the file and row
     * (1-based as a spreadsheet shows it, the header being row 1).
     */
    /** A row of a bundled CSV file: its number as a spreadsheet shows it (the header is row 1) and its cells. */
    record Row(int number, Map<String, String> cells) {

        String get(String column) {
            return cells.getOrDefault(column, "");
        }
    }

    static List<Row> rows(String file, byte[] content, List<String> required) {
        List<List<String>> lines = new ArrayList<>();
        try (MappingIterator<List<String>> it = CSV.readerForListOf(String.class).with(CsvSchema.emptySchema())
                .readValues(new String(content, StandardCharsets.UTF_8))) {
            while (it.hasNextValue()) {
                lines.add(it.nextValue());
            }
        } catch (JacksonException e) {
            throw new IllegalStateException(file + ": not CSV: " + e.getOriginalMessage(), e);
        }
        if (lines.isEmpty()) {
            throw new IllegalStateException(file + ": empty (no header row)");
        }
        List<String> header = lines.get(0).stream().map(String::strip).toList();
        for (String column : required) {
            if (!header.contains(column)) {
                throw new IllegalStateException(file + " row 1: no column '" + column + "' (the header has "
                        + header + ")");
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            List<String> cells = lines.get(i);
            if (cells.size() == 1 && cells.get(0).isBlank()) {
                continue;
            }
            if (cells.size() != header.size()) {
                throw new IllegalStateException(file + " row " + (i + 1) + ": " + cells.size() + " cells where the header has "
                        + header.size());
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                row.put(header.get(c), cells.get(c) == null ? "" : cells.get(c).strip());
            }
            rows.add(new Row(i + 1, row));
        }
        return rows;
    }
}
