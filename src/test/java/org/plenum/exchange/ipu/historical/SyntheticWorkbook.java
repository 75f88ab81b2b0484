package org.plenum.exchange.ipu.historical;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.plenum.exchange.InputFile;

/**
 * Builds small synthetic workbooks in the layout of IPU's historical file, for the tests of bad input
 * (synthetic data, labelled as such: no real file holds these mistakes). A cell given as a
 * {@link Number} is written as a number, a {@link String} as text, {@code null} as an empty cell.
 */
final class SyntheticWorkbook {

    static final List<String> HEADER = List.of("Country", "Region", "Election / Renewal", "Year", "Month", "Chamber Type",
            "Chamber Total Seats", "Total women", "% Of Women in Chamber", "NOTES");

    private final List<String> header;
    private final List<Object[]> rows = new ArrayList<>();
    private final List<Integer> hidden = new ArrayList<>();

    private SyntheticWorkbook(List<String> header) {
        this.header = header;
    }

    static SyntheticWorkbook withHeader(List<String> header) {
        return new SyntheticWorkbook(header);
    }

    static SyntheticWorkbook ipuLayout() {
        return new SyntheticWorkbook(HEADER);
    }

    /** A formula cell, e.g. {@code new Formula("G2-1")}. */
    record Formula(String formula) {
    }

    SyntheticWorkbook row(Object... cells) {
        rows.add(cells);
        return this;
    }

    /** Hides the last row added, as the sheet's filter does in IPU's file. */
    SyntheticWorkbook hidden() {
        hidden.add(rows.size());
        return this;
    }

    InputFile file(String name) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Feuil1");
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                first.createCell(c).setCellValue(header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                row.setZeroHeight(hidden.contains(r + 1));
                Object[] cells = rows.get(r);
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c] instanceof Formula formula) {
                        row.createCell(c).setCellFormula(formula.formula());
                    } else if (cells[c] instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (cells[c] instanceof String text) {
                        row.createCell(c).setCellValue(text);
                    }
                }
            }
            workbook.write(bytes);
            return new InputFile(name, bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
