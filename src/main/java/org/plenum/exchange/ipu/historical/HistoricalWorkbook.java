package org.plenum.exchange.ipu.historical;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.plenum.exchange.InputFile;
import org.plenum.exchange.UnusableFileException;

/**
 * Opens IPU's historical workbook (.xlsx) and returns its data rows, or says why the file cannot be
 * used. The data are on the first sheet, under a header row (row 1) that must hold exactly the ten
 * {@link Column} headers (compared without surrounding spaces and case). Every row is read, whatever
 * the sheet's filter hides; wholly blank rows are not data rows and are skipped.
 *
 * <p>The file must be a complete ZIP archive: it is opened through its central directory, which sits
 * at the end, so a truncated file is refused as a whole rather than read in part.
 */
final class HistoricalWorkbook {

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private HistoricalWorkbook() {
    }

    static List<SheetRow> dataRows(InputFile file) {
        byte[] bytes = file.content();
        if (bytes.length == 0) {
            throw new UnusableFileException(file.name(), "the file is empty (0 bytes); expected IPU's historical workbook (.xlsx)");
        }
        if (startsWith(bytes, OLE2_MAGIC)) {
            throw new UnusableFileException(file.name(), "this is an Excel 97-2003 (.xls) or other OLE2 file, not an .xlsx workbook; "
                    + "save it as .xlsx (Excel Workbook)");
        }
        if (!startsWith(bytes, ZIP_MAGIC)) {
            throw new UnusableFileException(file.name(), "not an .xlsx workbook: an .xlsx file is a ZIP archive, and this file does not "
                    + "start like one (is it a text or CSV file renamed .xlsx?)");
        }
        ZipFile zip;
        try {
            zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get();
        } catch (IOException | RuntimeException e) {
            throw new UnusableFileException(file.name(), "not a complete .xlsx workbook: its ZIP archive is truncated or damaged ("
                    + e.getMessage() + ")", e);
        }
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(new ZipFileZipEntrySource(zip));
        } catch (InvalidFormatException | RuntimeException e) {
            closeQuietly(zip);
            throw new UnusableFileException(file.name(), "not an .xlsx workbook: the ZIP archive holds no Office Open XML package ("
                    + e.getMessage() + ")", e);
        }
        try {
            XSSFWorkbook workbook;
            try {
                workbook = new XSSFWorkbook(pkg);
            } catch (IOException | RuntimeException e) {
                throw new UnusableFileException(file.name(), "not a readable Excel workbook (" + e.getMessage() + ")", e);
            }
            if (workbook.getNumberOfSheets() == 0) {
                throw new UnusableFileException(file.name(), "the workbook has no sheet");
            }
            return read(file.name(), workbook.getSheetAt(0));
        } finally {
            pkg.revert(); // closes the package and its archive without writing anything back
        }
    }

    private static List<SheetRow> read(String fileName, Sheet sheet) {
        checkHeader(fileName, sheet);
        List<SheetRow> rows = new ArrayList<>();
        for (int index = 1; index <= sheet.getLastRowNum(); index++) {
            Row row = sheet.getRow(index);
            if (row == null) {
                continue;
            }
            List<CellValue> cells = new ArrayList<>();
            for (Column column : Column.values()) {
                cells.add(value(row.getCell(column.ordinal())));
            }
            if (cells.stream().allMatch(CellValue::isBlank)) {
                continue;
            }
            rows.add(new SheetRow(index + 1, cells));
        }
        return rows;
    }

    private static void checkHeader(String fileName, Sheet sheet) {
        Row header = sheet.getRow(0);
        String layout = "expected the header row of IPU's historical workbook: "
                + String.join(" | ", Arrays.stream(Column.values()).map(Column::header).toList());
        if (header == null) {
            throw new UnusableFileException(fileName, "sheet '" + sheet.getSheetName() + "', row 1 is empty; " + layout);
        }
        for (Column column : Column.values()) {
            String found = value(header.getCell(column.ordinal())).trimmedText();
            if (!found.equalsIgnoreCase(column.header())) {
                throw new UnusableFileException(fileName, "sheet '" + sheet.getSheetName() + "', row 1, column " + column.letter()
                        + ": expected the header '" + column.header() + "', found '" + found + "'; " + layout);
            }
        }
        for (int extra = Column.values().length; extra < Math.max(header.getLastCellNum(), 0); extra++) {
            String found = value(header.getCell(extra)).trimmedText();
            if (!found.isEmpty()) {
                throw new UnusableFileException(fileName, "sheet '" + sheet.getSheetName() + "', row 1, column "
                        + CellReference.convertNumToColString(extra) + ": unexpected header '" + found + "'; " + layout);
            }
        }
    }

    private static CellValue value(Cell cell) {
        if (cell == null) {
            return new CellValue.Blank();
        }
        if (cell.getCellType() == CellType.FORMULA) {
            return new CellValue.Formula(cell.getCellFormula(), value(cell, cell.getCachedFormulaResultType()));
        }
        return value(cell, cell.getCellType());
    }

    private static CellValue value(Cell cell, CellType type) {
        return switch (type) {
            case NUMERIC -> new CellValue.Number(cell.getNumericCellValue());
            case STRING -> new CellValue.Text(cell.getStringCellValue());
            case BOOLEAN -> new CellValue.Text(Boolean.toString(cell.getBooleanCellValue()));
            case ERROR -> new CellValue.Error(errorCode(cell.getErrorCellValue()));
            default -> new CellValue.Blank();
        };
    }

    private static String errorCode(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR(" + code + ")";
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // nothing was read from it; the caller reports why the file is unusable
        }
    }
}
