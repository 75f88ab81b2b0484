package org.plenum.exchange.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a download as an Excel workbook: sheet {@code data} holds the tidy table (its header row, numbers as
 * numeric cells, unknown values as blank cells), sheet {@code metadata} the metadata block. Written to a stream
 * only: POI rewrites a workbook it opened from a file.
 */
final class XlsxWriter {

    static final String DATA_SHEET = "data";
    static final String METADATA_SHEET = "metadata";

    private XlsxWriter() {
    }

    static byte[] write(Download download) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet data = workbook.createSheet(DATA_SHEET);
            TidyTable table = download.tidy();
            row(data, 0, table.columns().stream().map(c -> (Object) c).toList());
            for (int i = 0; i < table.rows().size(); i++) {
                row(data, i + 1, table.rows().get(i));
            }
            Sheet metadata = workbook.createSheet(METADATA_SHEET);
            for (int i = 0; i < download.metadata().size(); i++) {
                MetadataLine line = download.metadata().get(i);
                row(metadata, i, List.of(line.label(), line.value()));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workbook " + download.name(), e);
        }
    }

    private static void row(Sheet sheet, int index, List<Object> cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.size(); i++) {
            Object value = cells.get(i);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue(value.toString());
            }
        }
    }
}
