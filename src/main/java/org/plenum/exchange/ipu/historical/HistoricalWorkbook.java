package org.plenum.exchange.ipu.historical;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.parsers.ParserConfigurationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.plenum.exchange.InputFile;
import org.plenum.exchange.UnusableFileException;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Opens IPU's historical workbook (.xlsx) and returns its data rows, or says why the file cannot be
 * used. The data are on the first sheet, under a header row (row 1) that must hold exactly the ten
 * {@link Column} headers (compared without surrounding spaces and case). Every row is read, whatever
 * the sheet's filter hides; wholly blank rows are not data rows and are skipped.
 *
 * <p>The sheet is read with POI's event API (its XML streamed through SAX, no workbook model): memory grows with
 * the rows kept, not with a model of every cell (the usermodel took 6.4 GB for a 29 MB workbook).
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
            XSSFReader reader;
            SharedStrings strings;
            try {
                reader = new XSSFReader(pkg);
                strings = new ReadOnlySharedStringsTable(pkg, false);
            } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
                throw new UnusableFileException(file.name(), "not a readable Excel workbook (" + e.getMessage() + ")", e);
            }
            XSSFReader.SheetIterator sheets;
            try {
                sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            } catch (IOException | InvalidFormatException | RuntimeException e) {
                throw new UnusableFileException(file.name(), "not a readable Excel workbook (" + e.getMessage() + ")", e);
            }
            if (!sheets.hasNext()) {
                throw new UnusableFileException(file.name(), "the workbook has no sheet");
            }
            try (InputStream sheet = sheets.next()) {
                SheetHandler handler = new SheetHandler(file.name(), sheets.getSheetName(), strings);
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(handler);
                xml.parse(new InputSource(sheet));
                return handler.finish();
            } catch (IOException | SAXException | ParserConfigurationException | RuntimeException e) {
                if (e instanceof UnusableFileException unusable) {
                    throw unusable;
                }
                if (e instanceof SAXException sax && sax.getException() instanceof UnusableFileException unusable) {
                    throw unusable;
                }
                throw new UnusableFileException(file.name(), "not a readable Excel workbook: its first sheet cannot be read ("
                        + e.getMessage() + ")", e);
            }
        } finally {
            pkg.revert(); // closes the package and its archive without writing anything back
        }
    }

    /**
     * Reads the first sheet's XML as it streams by (POI's event API: no workbook model in memory), one row at a time:
     * each cell as stored, a formula cell as its formula (shared formulas by their anchor's text, or empty) with its cached result ({@code t="s"} shared string, {@code str} and
     * {@code inlineStr} text, {@code b} boolean, {@code e} error, otherwise a number), then checks the header (row 1)
     * and keeps the data rows that are not wholly blank.
     */
    private static final class SheetHandler extends DefaultHandler {

        /**
         * The most data rows a workbook may have: 26 times IPU's 3,815. The reader keeps the rows, and their facts, in
         * memory; with the heap capped at 512 MB, 150,000 rows still import and 600,000 ran out of memory after six
         * minutes (bench/import-memory.sh). Beyond this the file is refused as soon as the row is reached.
         */
        static final int MAX_DATA_ROWS = 100_000;

        private static final int WIDTH = Column.values().length;

        private final String fileName;
        private final String sheetName;
        private final SharedStrings strings;
        private final List<SheetRow> rows = new ArrayList<>();
        private boolean headerSeen;

        private int rowIndex = -1;
        private int nextColumn;
        private CellValue[] cells;
        private final List<String> extraHeaders = new ArrayList<>();
        private final List<Integer> extraColumns = new ArrayList<>();

        private int column;
        private String type;
        private final StringBuilder text = new StringBuilder();
        private boolean inValue;
        private boolean inInlineText;
        private boolean hasValue;
        private boolean inFormula;
        private final StringBuilder formula = new StringBuilder();
        private boolean hasFormula;

        SheetHandler(String fileName, String sheetName, SharedStrings strings) {
            this.fileName = fileName;
            this.sheetName = sheetName;
            this.strings = strings;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowIndex = r == null ? rowIndex + 1 : Integer.parseInt(r) - 1;
                    nextColumn = 0;
                    cells = new CellValue[WIDTH];
                    extraHeaders.clear();
                    extraColumns.clear();
                }
                case "c" -> {
                    String r = attributes.getValue("r");
                    column = r == null ? nextColumn : new CellReference(r).getCol();
                    nextColumn = column + 1;
                    type = attributes.getValue("t");
                    text.setLength(0);
                    hasValue = false;
                    formula.setLength(0);
                    hasFormula = false;
                }
                case "f" -> {
                    inFormula = true;
                    hasFormula = true;
                }
                case "v" -> {
                    inValue = true;
                    hasValue = true;
                }
                case "t" -> {
                    if ("inlineStr".equals(type)) {
                        inInlineText = true;
                        hasValue = true;
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue || inInlineText) {
                text.append(ch, start, length);
            } else if (inFormula) {
                formula.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "v" -> inValue = false;
                case "t" -> inInlineText = false;
                case "f" -> inFormula = false;
                case "c" -> {
                    CellValue stored = hasValue ? value(type, text.toString()) : new CellValue.Blank();
                    CellValue value = hasFormula ? new CellValue.Formula(formula.toString(), stored) : stored;
                    if (column < WIDTH) {
                        cells[column] = value;
                    } else if (rowIndex == 0 && !value.trimmedText().isEmpty()) {
                        extraColumns.add(column);
                        extraHeaders.add(value.trimmedText());
                    }
                }
                case "row" -> endRow();
                default -> {
                }
            }
        }

        private CellValue value(String type, String raw) {
            if (type == null || type.equals("n")) {
                return raw.isEmpty() ? new CellValue.Blank() : new CellValue.Number(Double.parseDouble(raw));
            }
            return switch (type) {
                case "s" -> new CellValue.Text(strings.getItemAt(Integer.parseInt(raw.trim())).getString());
                case "str", "inlineStr" -> new CellValue.Text(raw);
                case "b" -> new CellValue.Text(Boolean.toString(raw.trim().equals("1")));
                case "e" -> new CellValue.Error(raw);
                default -> new CellValue.Text(raw);
            };
        }

        private void endRow() throws SAXException {
            List<CellValue> values = new ArrayList<>(WIDTH);
            for (CellValue cell : cells) {
                values.add(cell == null ? new CellValue.Blank() : cell);
            }
            if (!headerSeen) {
                try {
                    checkHeader(rowIndex == 0 ? values : null);
                } catch (UnusableFileException e) {
                    throw new SAXException(e);
                }
                headerSeen = true;
                if (rowIndex == 0) {
                    return;
                }
            }
            if (!values.stream().allMatch(CellValue::isBlank)) {
                if (rows.size() >= MAX_DATA_ROWS) {
                    throw new SAXException(new UnusableFileException(fileName, String.format("the sheet has more than"
                            + " %,d data rows (IPU's historical workbook has 3,815): is it the right file? It is refused"
                            + " at row %,d, before its rows fill the memory (docs/decisions/0028)",
                            MAX_DATA_ROWS, rowIndex + 1)));
                }
                rows.add(new SheetRow(rowIndex + 1, values));
            }
        }

        private void checkHeader(List<CellValue> header) {
            String layout = "expected the header row of IPU's historical workbook: "
                    + String.join(" | ", Arrays.stream(Column.values()).map(Column::header).toList());
            if (header == null) {
                throw new UnusableFileException(fileName, "sheet '" + sheetName + "', row 1 is empty; " + layout);
            }
            for (Column column : Column.values()) {
                String found = header.get(column.ordinal()).trimmedText();
                if (!found.equalsIgnoreCase(column.header())) {
                    throw new UnusableFileException(fileName, "sheet '" + sheetName + "', row 1, column " + column.letter()
                            + ": expected the header '" + column.header() + "', found '" + found + "'; " + layout);
                }
            }
            if (!extraHeaders.isEmpty()) {
                throw new UnusableFileException(fileName, "sheet '" + sheetName + "', row 1, column "
                        + CellReference.convertNumToColString(extraColumns.get(0)) + ": unexpected header '" + extraHeaders.get(0)
                        + "'; " + layout);
            }
        }

        List<SheetRow> finish() {
            if (!headerSeen) {
                checkHeader(null);
            }
            return rows;
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
