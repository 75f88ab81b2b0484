package org.plenum.exchange.ipu.historical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.plenum.exchange.InputFile;
import org.plenum.exchange.ParsedFile;
import org.plenum.exchange.ReaderFixtures;
import org.plenum.exchange.RejectedRow;
import org.plenum.exchange.UnusableFileException;
import org.plenum.registry.EntityRef;
import org.plenum.registry.FactAssertion;
import org.plenum.registry.FactValue;
import org.plenum.registry.ValidTime;

/**
 * Files and rows the reader must refuse, with a message naming file, row and column. The workbooks
 * here are synthetic (built by {@link SyntheticWorkbook}), except the truncated one, which is the
 * first half of IPU's real file.
 */
class IpuHistoricalBadInputTest {

    private static final String NAME = "historical.xlsx";
    private final IpuHistoricalReader reader = new IpuHistoricalReader();

    @Test
    void anEmptyFileIsUnusable() {
        assertThatThrownBy(() -> read(new InputFile(NAME, new byte[0])))
                .isInstanceOf(UnusableFileException.class)
                .hasMessage(NAME + ": the file is empty (0 bytes); expected IPU's historical workbook (.xlsx)")
                .extracting(e -> ((UnusableFileException) e).file()).isEqualTo(NAME);
    }

    @Test
    void aTextFileRenamedXlsxIsUnusable() {
        InputFile text = new InputFile(NAME, "Country,Region,Election / Renewal,Year\nAlbania,EUR,Yes,1970\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> read(text))
                .isInstanceOf(UnusableFileException.class)
                .hasMessageStartingWith(NAME + ": not an .xlsx workbook: an .xlsx file is a ZIP archive, and this file does not start like one");
    }

    @Test
    void aTruncatedWorkbookIsUnusableAsAWhole() {
        byte[] real = IpuHistoricalReaderTest.bundled().content();
        InputFile firstHalf = new InputFile(NAME, Arrays.copyOf(real, real.length / 2));
        assertThatThrownBy(() -> read(firstHalf))
                .isInstanceOf(UnusableFileException.class)
                .hasMessageStartingWith(NAME + ": not a complete .xlsx workbook: its ZIP archive is truncated or damaged");
    }

    @Test
    void anOldXlsWorkbookIsUnusable() throws IOException {
        try (HSSFWorkbook xls = new HSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            xls.createSheet("Feuil1").createRow(0).createCell(0).setCellValue("Country");
            xls.write(bytes);
            assertThatThrownBy(() -> read(new InputFile("historical.xls", bytes.toByteArray())))
                    .isInstanceOf(UnusableFileException.class)
                    .hasMessageContaining("Excel 97-2003 (.xls)").hasMessageContaining("save it as .xlsx");
        }
    }

    @Test
    void aWorkbookWithTheWrongHeaderIsUnusable() {
        List<String> header = new ArrayList<>(SyntheticWorkbook.HEADER);
        header.set(2, "Election");
        InputFile wrong = SyntheticWorkbook.withHeader(header).row("Albania", "EUR", "Yes", 1970, null, "Single", 264, 72).file(NAME);
        assertThatThrownBy(() -> read(wrong))
                .isInstanceOf(UnusableFileException.class)
                .hasMessageStartingWith(NAME + ": sheet 'Feuil1', row 1, column C: expected the header 'Election / Renewal', found 'Election'");
    }

    @Test
    void aWorkbookWithAnExtraColumnIsUnusable() {
        List<String> header = new ArrayList<>(SyntheticWorkbook.HEADER);
        header.add("Source");
        assertThatThrownBy(() -> read(SyntheticWorkbook.withHeader(header).file(NAME)))
                .isInstanceOf(UnusableFileException.class)
                .hasMessageStartingWith(NAME + ": sheet 'Feuil1', row 1, column K: unexpected header 'Source'");
    }

    @Test
    void oneWorkbookAtATime() {
        InputFile file = SyntheticWorkbook.ipuLayout().file(NAME);
        assertThatThrownBy(() -> reader.read(List.of(file, file))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void moreWomenThanSeatsRejectsTheRowAndStatesNothing() {
        ParsedFile parsed = read(SyntheticWorkbook.ipuLayout()
                .row("Albania", "EUR", "Yes", 1974, "May", "Single", 10, 12, 1.2).file(NAME));
        assertThat(parsed.rejected()).containsExactly(new RejectedRow(NAME, 2, "Total women",
                "more women (12) than seats (10): the row is not imported, and what Plenum recorded before for this chamber"
                        + " stays as it is"));
        assertThat(parsed.facts()).isEmpty();
    }

    @Test
    void aNegativeCountAFormulaOrAnExcelErrorInACountRejectsTheRow() {
        ParsedFile parsed = read(SyntheticWorkbook.ipuLayout()
                .row("Albania", "EUR", "Yes", 1974, "May", "Single", 250, -3)
                .row("Albania", "EUR", "Yes", 1978, "May", "Single", new SyntheticWorkbook.Formula("1+249"), 9)
                .row("Albania", "EUR", "Yes", 1982, "May", "Single", 250, "-4")
                .row("Albania", "EUR", "Yes", 1987, "May", "Single", 250, 12.5)
                .row("Albania", "EUR", "Yes", 1991, "May", "Single", 250, 9).file(NAME));
        assertThat(parsed.rejected()).extracting(RejectedRow::row, RejectedRow::column, RejectedRow::reason).containsExactly(
                Tuple.tuple(2, "Total women", "not a count of persons: -3: the row is not imported, and what Plenum recorded"
                        + " before for this chamber stays as it is"),
                Tuple.tuple(3, "Chamber Total Seats", "a count cell holds the formula '=1+249' (IPU types its counts): the row"
                        + " is not imported, and what Plenum recorded before for this chamber stays as it is"),
                Tuple.tuple(4, "Total women", "not a count of persons: '-4': the row is not imported, and what Plenum"
                        + " recorded before for this chamber stays as it is"),
                Tuple.tuple(5, "Total women", "not a count of persons: 12.5: the row is not imported, and what Plenum"
                        + " recorded before for this chamber stays as it is"));
        // only the good row states anything
        assertThat(parsed.facts()).extracting(FactAssertion::source).containsOnly(NAME + " row 6");
    }

    /** IPU's real workbook with one cell replaced, as a damaged or hand-edited copy would have it. */
    private static InputFile realWorkbookWith(int rowNumber, int column, Object value) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                ReaderFixtures.resource("/dataset/ipu/women-in-parliament-historical-1945-2018.xlsx")));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            org.apache.poi.ss.usermodel.Cell cell = workbook.getSheetAt(0).getRow(rowNumber - 1).getCell(column,
                    org.apache.poi.ss.usermodel.Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
            if (value instanceof SyntheticWorkbook.Formula formula) {
                cell.setCellFormula(formula.formula());
            } else {
                cell.setCellValue(((Number) value).doubleValue());
            }
            workbook.write(out);
            return new InputFile("women-in-parliament-historical-1945-2018.xlsx", out.toByteArray());
        }
    }

    @Test
    void aBadCellInTheRealWorkbookLeavesEveryOtherFactAsItWasAndStatesNothingForItsRow() throws IOException {
        ParsedFile original = reader.read(List.of(ReaderFixtures.bundled("ipu", "women-in-parliament-historical-1945-2018.xlsx")));
        // row 807: Cuba 2013, 612 seats and 299 women (column H is Total women, G the seats)
        for (Object bad : List.of(-299, 613, new SyntheticWorkbook.Formula("G807"))) {
            ParsedFile damaged = reader.read(List.of(realWorkbookWith(807, 7, bad)));
            assertThat(damaged.rejected()).filteredOn(r -> r.row() == 807).singleElement()
                    .satisfies(r -> assertThat(r.reason()).endsWith("stays as it is"));
            assertThat(damaged.facts()).noneMatch(f -> f.source().endsWith(" row 807"));
            // Cuba's 2013 figures are those of the other row of that year (row 806), reported as a warning no more
            List<FactAssertion> originalOthers = original.facts().stream()
                    .filter(f -> !f.entity().code().equals("CU-LC01") && !f.source().endsWith(" row 807")).toList();
            java.util.Set<FactAssertion> missing = new java.util.LinkedHashSet<>(originalOthers);
            damaged.facts().forEach(missing::remove);
            assertThat(missing).isEmpty();
        }
    }


    @Test
    void aYearOutsideTheWorkbooksPeriodIsRejected() {
        ParsedFile parsed = read(SyntheticWorkbook.ipuLayout()
                .row("Albania", "EUR", "Yes", 1850, "May", "Single", 100, 10, 0.1)
                .row("Albania", "EUR", "Yes", "about 1950", null, "Single", 100, 10, 0.1)
                .file(NAME));
        assertThat(parsed.rowsRead()).isEqualTo(2);
        assertThat(parsed.rejected()).containsExactly(
                new RejectedRow(NAME, 2, "Year", "year 1850 is outside the workbook's period, 1945 to 2018"),
                new RejectedRow(NAME, 3, "Year", "not a year: 'about 1950'"));
        assertThat(parsed.facts()).isEmpty();
        assertThat(parsed.entities()).isEmpty();
    }

    @Test
    void unknownCountriesChamberTypesAndMarkersAreRejected() {
        ParsedFile parsed = read(SyntheticWorkbook.ipuLayout()
                .row("Atlantis", "EUR", "Yes", 1970, null, "Single", 100, 10)
                .row("Albania", "EUR", "Maybe", 1970, null, "Single", 100, 10)
                .row("Albania", "EUR", "Yes", 1970, null, "Tricameral", 100, 10)
                .row(null, "EUR", "Yes", 1970, null, "Single", 100, 10)
                .row("Atlantis", "EUR", "Yes", 1970, null, "Special", 100, 10)
                .file(NAME));
        assertThat(parsed.rejected()).extracting(RejectedRow::row, RejectedRow::column, RejectedRow::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "Country", "unknown country name 'Atlantis' (add it to exchange/country-aliases.csv"
                        + " if it is a spelling of a known country)"),
                org.assertj.core.groups.Tuple.tuple(3, "Election / Renewal", "neither 'Yes' nor 'Continuous Renewal': 'Maybe'"),
                org.assertj.core.groups.Tuple.tuple(4, "Chamber Type", "unknown chamber type 'Tricameral' (the workbook's types are"
                        + " 'Lower', 'Upper', 'Single', 'Temporary Assembly', 'Constituent Assembly', 'Council', 'Single Lower',"
                        + " 'Special', 'Not available')"),
                org.assertj.core.groups.Tuple.tuple(5, "Country", "no country name"),
                org.assertj.core.groups.Tuple.tuple(6, "Country", "unknown country name 'Atlantis' (add it to exchange/country-aliases.csv"
                        + " if it is a spelling of a known country)"),
                org.assertj.core.groups.Tuple.tuple(6, "Chamber Type", "chamber type 'Special' names no one chamber (Plenum records"
                        + " a lower or single chamber and an upper chamber): the row is not imported"));
        assertThat(parsed.facts()).isEmpty();
    }

    @Test
    void numbersStoredAsTextHiddenRowsAndBlankRowsAreRead() {
        ParsedFile parsed = read(SyntheticWorkbook.ipuLayout()
                .row("Albania ", "EUR", "Yes ", "1991", "march ", "Single", "250 ", " 9", "3.6%", "  A note.  ").hidden()
                .row()
                .row("Czechoslovakia", "EUR", "Yes", 1990, "June", "upper", 150, 45, 0.3).hidden()
                .file(NAME));
        assertThat(parsed.rowsRead()).isEqualTo(2); // the blank row 3 is not a data row
        assertThat(parsed.rejected()).isEmpty();
        assertThat(parsed.facts()).contains(
                new FactAssertion(EntityRef.chamber("AL-LC01"), "current_members_number", ValidTime.from(LocalDate.of(1991, 3, 1)),
                        FactValue.of(250), "A note.", NAME + " row 2"),
                new FactAssertion(EntityRef.chamber("CSHH-UC02"), "current_women_number", ValidTime.from(LocalDate.of(1990, 6, 1)),
                        FactValue.of(45), "", NAME + " row 4"),
                new FactAssertion(EntityRef.country("CSHH"), "is_former_country", ValidTime.always(), FactValue.of("false"), "", NAME + " row 4"),
                new FactAssertion(EntityRef.country("CSHH"), "is_former_country", ValidTime.from(LocalDate.of(1993, 1, 1)),
                        FactValue.of("true"), "ceased to exist on 1993-01-01", NAME + " row 4"));
    }

    @Test
    void aPercentageWrittenAsTextIsCheckedToo() {
        ParsedFile parsed = read(SyntheticWorkbook.ipuLayout()
                .row("Albania", "EUR", "Yes", 1991, "March", "Single", 250, 9, "36%").file(NAME));
        assertThat(parsed.rejected()).containsExactly(new RejectedRow(NAME, 2, "% Of Women in Chamber",
                "IPU's percentage 36.00% differs from 9 women / 250 seats = 3.60% by more than 0.1 point;"
                        + " the counts are kept (Plenum computes the percentage from them)"));
        assertThat(parsed.facts()).hasSize(3).noneMatch(f -> f.value() instanceof FactValue.Missing);
    }

    @Test
    void anUnreadableMonthStartsTheYearAndSaysSo() {
        ParsedFile parsed = read(SyntheticWorkbook.ipuLayout()
                .row("Albania", "EUR", "Yes", 1991, "spring", "Single", 250, 9).file(NAME));
        assertThat(parsed.rejected()).isEmpty();
        assertThat(parsed.facts()).allSatisfy(f -> assertThat(f.validTime()).isEqualTo(ValidTime.from(LocalDate.of(1991, 1, 1))));
        assertThat(parsed.facts()).filteredOn(f -> !f.field().equals("struct_parl_status")).hasSize(2).allSatisfy(f ->
                assertThat(f.annotation()).isEqualTo("month 'spring' not readable; valid from the start of the year"));
    }

    @Test
    void aWorkbookOfMoreThanAHundredThousandRowsIsRefusedBeforeItFillsTheMemory() throws IOException {
        // synthetic: 100,001 copies of one plausible row, written by POI's streaming writer
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (org.apache.poi.xssf.streaming.SXSSFWorkbook workbook = new org.apache.poi.xssf.streaming.SXSSFWorkbook(100)) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("Feuil1");
            org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
            for (int c = 0; c < SyntheticWorkbook.HEADER.size(); c++) {
                header.createCell(c).setCellValue(SyntheticWorkbook.HEADER.get(c));
            }
            for (int r = 1; r <= 100_001; r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("Albania");
                row.createCell(3).setCellValue(1970);
                row.createCell(6).setCellValue(264);
            }
            workbook.write(bytes);
        }
        InputFile large = new InputFile(NAME, bytes.toByteArray());
        assertThatThrownBy(() -> read(large)).isInstanceOf(UnusableFileException.class)
                .hasMessage(NAME + ": the sheet has more than 100,000 data rows (IPU's historical workbook has 3,815):"
                        + " is it the right file? It is refused at row 100,002, before its rows fill the memory"
                        + " (docs/decisions/0028)");
    }

    private ParsedFile read(InputFile file) {
        return reader.read(List.of(file));
    }
}
