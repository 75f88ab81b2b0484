package org.plenum.exchange.responses;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.plenum.exchange.InputFile;
import org.plenum.exchange.UnusableFileException;
import org.plenum.exchange.csv.CsvRecord;
import org.plenum.exchange.csv.CsvRecords;

/**
 * A file of responses as a table: a header row of column names, then one row per respondent, from a UTF-8 CSV file
 * or the first sheet of an {@code .xlsx} workbook (its sheet {@code responses} when it has one). Blank rows are
 * skipped; row numbers are those a spreadsheet shows (the header is row 1).
 */
record ResponseFile(String name, List<String> header, List<Line> rows) {

    record Line(int number, List<String> cells) {
        String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }

    static ResponseFile read(InputFile file) {
        String lower = file.name().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx")) {
            return workbook(file);
        }
        if (!lower.endsWith(".csv")) {
            throw new UnusableFileException(file.name(), "not a .csv or .xlsx file");
        }
        List<CsvRecord> records = CsvRecords.read(file).records();
        List<String> header = records.get(0).cells().stream().map(String::strip).toList();
        List<Line> rows = new ArrayList<>();
        for (CsvRecord record : records.subList(1, records.size())) {
            if (!record.isBlank()) {
                rows.add(new Line(record.number(), record.cells().stream().map(String::strip).toList()));
            }
        }
        return new ResponseFile(file.name(), header, rows);
    }

    private static ResponseFile workbook(InputFile file) {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (InputStream in = file.open(); Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheet("responses") != null ? workbook.getSheet("responses") : workbook.getSheetAt(0);
            Row first = sheet.getRow(0);
            if (first == null) {
                throw new UnusableFileException(file.name(), "the sheet " + sheet.getSheetName() + " has no header row");
            }
            List<String> header = new ArrayList<>();
            for (int c = 0; c < first.getLastCellNum(); c++) {
                Cell cell = first.getCell(c);
                header.add(cell == null ? "" : formatter.formatCellValue(cell).strip());
            }
            List<Line> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(header.size(), row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell).strip());
                }
                if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                    rows.add(new Line(r + 1, cells));
                }
            }
            return new ResponseFile(file.name(), header, rows);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnusableFileException unusable) {
                throw unusable;
            }
            throw new UnusableFileException(file.name(), "not an .xlsx workbook (" + e.getMessage() + ")", e);
        }
    }

    /** Column name → index. */
    Map<String, Integer> columns() {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
            columns.putIfAbsent(header.get(c), c);
        }
        return columns;
    }
}
