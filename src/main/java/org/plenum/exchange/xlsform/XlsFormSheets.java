package org.plenum.exchange.xlsform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.plenum.exchange.InputFile;
import org.plenum.exchange.UnusableFileException;
import org.plenum.exchange.csv.CsvRecord;
import org.plenum.exchange.csv.CsvRecords;

/**
 * The three sheets of an XLSForm, read from an {@code .xlsx} workbook (sheets named {@code survey}, {@code choices},
 * {@code settings}, case ignored) or from a folder of UTF-8 CSV files {@code survey.csv}, {@code choices.csv},
 * {@code settings.csv} (decision 0050). Only {@code survey} is mandatory, as in XLSForm.
 *
 * @param file the workbook's or folder's name, used in messages
 */
public record XlsFormSheets(String file, XlsFormSheet survey, XlsFormSheet choices, XlsFormSheet settings) {

    static final List<String> SHEETS = List.of("survey", "choices", "settings");

    /** Reads a workbook ({@code .xlsx}) or a folder of the three CSV files. */
    public static XlsFormSheets read(Path path) {
        if (Files.isDirectory(path)) {
            return folder(path);
        }
        return workbook(InputFile.of(path));
    }

    /** Reads the three sheets of an {@code .xlsx} workbook. */
    public static XlsFormSheets workbook(InputFile file) {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        Map<String, XlsFormSheet> sheets = new LinkedHashMap<>();
        try (InputStream in = file.open(); Workbook workbook = WorkbookFactory.create(in)) {
            for (String name : SHEETS) {
                Sheet sheet = null;
                for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                    if (workbook.getSheetName(i).strip().equalsIgnoreCase(name)) {
                        sheet = workbook.getSheetAt(i);
                    }
                }
                sheets.put(name, sheet == null ? XlsFormSheet.absent(name) : sheet(name, sheet, formatter));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnusableFileException unusable) {
                throw unusable;
            }
            throw new UnusableFileException(file.name(), "not an .xlsx workbook (" + e.getMessage() + ")", e);
        }
        return new XlsFormSheets(file.name(), sheets.get("survey"), sheets.get("choices"), sheets.get("settings"));
    }

    /** Reads {@code survey.csv}, {@code choices.csv} and {@code settings.csv} from a folder. */
    public static XlsFormSheets folder(Path folder) {
        Map<String, XlsFormSheet> sheets = new LinkedHashMap<>();
        for (String name : SHEETS) {
            Path csv = folder.resolve(name + ".csv");
            sheets.put(name, Files.isRegularFile(csv) ? csv(name, InputFile.of(csv)) : XlsFormSheet.absent(name));
        }
        return new XlsFormSheets(folder.getFileName().toString(), sheets.get("survey"), sheets.get("choices"),
                sheets.get("settings"));
    }

    /** Reads the sheets from CSV files already in memory (a bundled questionnaire read from the class path). */
    public static XlsFormSheets csvFiles(String name, Map<String, InputFile> files) {
        Map<String, XlsFormSheet> sheets = new LinkedHashMap<>();
        for (String sheet : SHEETS) {
            InputFile file = files.get(sheet);
            sheets.put(sheet, file == null ? XlsFormSheet.absent(sheet) : csv(sheet, file));
        }
        return new XlsFormSheets(name, sheets.get("survey"), sheets.get("choices"), sheets.get("settings"));
    }

    private static XlsFormSheet csv(String name, InputFile file) {
        List<CsvRecord> records = CsvRecords.read(file).records();
        List<String> header = records.get(0).cells().stream().map(String::strip).toList();
        List<XlsFormSheet.Row> rows = new ArrayList<>();
        for (CsvRecord record : records.subList(1, records.size())) {
            if (record.isBlank()) {
                continue;
            }
            if (record.cells().size() > header.size()
                    && record.cells().subList(header.size(), record.cells().size()).stream().anyMatch(c -> !c.isBlank())) {
                throw new UnusableFileException(file.name(), "row " + record.number() + " has "
                        + record.cells().size() + " cells but the header has " + header.size() + " columns");
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                if (!header.get(c).isEmpty()) {
                    cells.put(header.get(c), c < record.cells().size() ? record.cells().get(c).strip() : "");
                }
            }
            rows.add(new XlsFormSheet.Row(record.number(), cells));
        }
        return new XlsFormSheet(name, header, rows);
    }

    private static XlsFormSheet sheet(String name, Sheet sheet, DataFormatter formatter) {
        org.apache.poi.ss.usermodel.Row first = sheet.getRow(sheet.getFirstRowNum());
        if (first == null) {
            return new XlsFormSheet(name, List.of(), List.of());
        }
        int headerRow = first.getRowNum();
        List<String> header = new ArrayList<>();
        for (int c = 0; c < Math.max(0, first.getLastCellNum()); c++) {
            Cell cell = first.getCell(c);
            header.add(cell == null ? "" : formatter.formatCellValue(cell).strip());
        }
        List<XlsFormSheet.Row> rows = new ArrayList<>();
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            boolean any = false;
            for (int c = 0; c < header.size(); c++) {
                if (header.get(c).isEmpty()) {
                    continue;
                }
                Cell cell = row.getCell(c);
                String value = cell == null ? "" : formatter.formatCellValue(cell).strip();
                any |= !value.isEmpty();
                cells.put(header.get(c), value);
            }
            if (any) {
                rows.add(new XlsFormSheet.Row(r + 1, cells));
            }
        }
        return new XlsFormSheet(name, header, rows);
    }
}
