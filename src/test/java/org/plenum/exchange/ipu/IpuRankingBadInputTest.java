package org.plenum.exchange.ipu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.plenum.exchange.ipu.IpuTestFiles.RANKING;
import static org.plenum.exchange.ipu.IpuTestFiles.bundled;
import static org.plenum.exchange.ipu.IpuTestFiles.bundledWithLine;
import static org.plenum.exchange.ipu.IpuTestFiles.declared;
import static org.plenum.exchange.ipu.IpuTestFiles.utf8;
import static org.plenum.exchange.ipu.IpuTestFiles.value;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenum.exchange.InputFile;
import org.plenum.exchange.ParsedFile;
import org.plenum.exchange.ReaderFixtures;
import org.plenum.exchange.RejectedRow;
import org.plenum.exchange.UnusableFileException;
import org.plenum.registry.EntityRef;
import org.plenum.registry.EntityType;
import org.plenum.registry.FactValue;

/**
 * Broken copies of the November 2025 ranking. Spreadsheet rows: Rwanda 17, Cuba 18, Nicaragua 19,
 * Bolivia 20, Costa Rica 24, Sudan 209 (the last).
 */
class IpuRankingBadInputTest {

    private static final String RWANDA = "\"1\",\"Rwanda\",\"07.2024\",\"80\",\"51\",\"63.8\",\"09.2024\",\"26\",\"13\",\"50.0\"";
    private static final String CUBA = "\"2\",\"Cuba\",\"03.2023\",\"470\",\"262\",\"55.7\",\"-\",\"-\",\"-\",\"-\"";
    private static final String NICARAGUA = "\"3\",\"Nicaragua\",\"11.2021\",\"91\",\"50\",\"55.0\",\"-\",\"-\",\"-\",\"-\"";
    private static final String LOWER = "Lower or single House / ";

    private final IpuRankingReader reader = new IpuRankingReader();

    private ParsedFile readWith(String line, String replacement) {
        return reader.read(bundledWithLine(RANKING, line, replacement));
    }

    private UnusableFileException unusable(byte[] content) {
        UnusableFileException e = IpuTestFiles.unusable(reader, RANKING, content);
        assertThat(e.file()).isEqualTo(RANKING);
        return e;
    }

    /** The file read, with exactly this one row rejected and the other 192 country rows kept. */
    private void assertOnlyRejected(ParsedFile parsed, RejectedRow expected, String country) {
        assertThat(parsed.rowsRead()).isEqualTo(193);
        assertThat(parsed.rejected()).containsExactly(expected);
        assertThat(declared(parsed, EntityRef.country(country))).as("nothing kept of the rejected row").isFalse();
        assertThat(parsed.entities()).filteredOn(d -> d.entity().type() == EntityType.COUNTRY).hasSize(192);
    }

    @Test
    void emptyFile() {
        assertThat(unusable(new byte[0])).hasMessage(RANKING + ": the file is empty");
        assertThat(unusable("\uFEFF\n\n".getBytes(StandardCharsets.UTF_8))).hasMessage(RANKING + ": the file is empty");
    }

    @Test
    void onlyTheMetadataBlock() {
        String text = utf8(bundled(RANKING));
        String metadata = text.substring(0, text.indexOf("\"\n\"\n\"Rank\""));
        assertThat(unusable(metadata.getBytes(StandardCharsets.UTF_8)))
                .hasMessage(RANKING + ": no ranking table: no row starting with Rank, Country (13 rows read)");
    }

    @Test
    void headerWithoutRows() {
        String text = utf8(bundled(RANKING));
        String headerOnly = text.substring(0, text.indexOf(RWANDA));
        assertThat(unusable(headerOnly.getBytes(StandardCharsets.UTF_8)))
                .hasMessage(RANKING + ": the ranking table has no country rows");
    }

    @Test
    void truncatedInsideAQuotedCell() {
        String text = utf8(bundled(RANKING));
        String cut = text.substring(0, text.indexOf("\"Sudan\"") + 4);
        assertThat(cut).endsWith("\"Suspended\",\"Sud");
        assertThat(unusable(cut.getBytes(StandardCharsets.UTF_8)).getMessage())
                .startsWith(RANKING + ": row 209 (line 218, column ")
                .contains("is not valid CSV: Missing closing quote for value")
                .endsWith("; the file does not end with a line break, it looks truncated");
    }

    @Test
    void truncatedBetweenCells() {
        String text = utf8(bundled(RANKING));
        String cut = text.substring(0, text.indexOf("\"Sudan\",\"-\",") + "\"Sudan\",\"-\",".length());
        assertThat(unusable(cut.getBytes(StandardCharsets.UTF_8))).hasMessage(RANKING + ": row 209 has 4 of the"
                + " table's 10 cells and the file does not end with a line break: the file is truncated");
    }

    @Test
    void aCompleteLastRowWithoutLineBreakIsNotTruncation() {
        String text = utf8(bundled(RANKING)).stripTrailing();
        assertThat(reader.read(ReaderFixtures.text(RANKING, text)).rowsRead()).isEqualTo(193);
    }

    @Test
    void garbledBytes() {
        byte[] original = bundled(RANKING);
        int at = utf8(original).indexOf("Rwanda"); // ASCII before it, so the char index is the byte index
        ByteArrayOutputStream garbled = new ByteArrayOutputStream();
        garbled.write(original, 0, at);
        garbled.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28});
        garbled.write(original, at, original.length - at);
        assertThat(unusable(garbled.toByteArray())).hasMessage(RANKING + ": not valid UTF-8: byte 0xC3 at byte offset "
                + at + " (line 26); the file must be encoded as UTF-8 (was it saved as Latin-1 or Windows-1252?)");
    }

    @Test
    void latin1Copy() {
        // Latin-1 cannot hold the ditto mark (written as '?'); the first non-ASCII byte is the ü of Türkiye
        byte[] latin1 = utf8(bundled(RANKING)).getBytes(StandardCharsets.ISO_8859_1);
        assertThat(unusable(latin1).getMessage())
                .startsWith(RANKING + ": not valid UTF-8: byte 0xFC at byte offset ")
                .contains("(line 147)");
    }

    @Test
    void windows1252Copy() {
        // Windows-1252 writes the ditto mark “ as 0x93, first met in the row of the United Arab Emirates
        byte[] cp1252 = utf8(bundled(RANKING)).getBytes(Charset.forName("windows-1252"));
        assertThat(unusable(cp1252).getMessage()).startsWith(RANKING + ": not valid UTF-8: byte 0x93 at byte offset ")
                .contains("(line 32)");
    }

    @Test
    void womenAboveSeats() {
        ParsedFile parsed = readWith(RWANDA, RWANDA.replace("\"51\"", "\"90\""));
        assertOnlyRejected(parsed, new RejectedRow(RANKING, 17, LOWER + "Women", "90 women is more than the 80 seats"), "RW");
    }

    @Test
    void negativeSeats() {
        ParsedFile parsed = readWith(CUBA, CUBA.replace("\"470\"", "\"-470\""));
        assertOnlyRejected(parsed, new RejectedRow(RANKING, 18, LOWER + "Seats", "seats must be more than 0, found -470"), "CU");
    }

    @Test
    void zeroSeats() {
        ParsedFile parsed = readWith(CUBA, CUBA.replace("\"470\"", "\"0\""));
        assertOnlyRejected(parsed, new RejectedRow(RANKING, 18, LOWER + "Seats", "seats must be more than 0, found 0"), "CU");
    }

    @Test
    void negativeWomen() {
        ParsedFile parsed = readWith(CUBA, CUBA.replace("\"262\"", "\"-262\""));
        assertOnlyRejected(parsed, new RejectedRow(RANKING, 18, LOWER + "Women", "women cannot be negative, found -262"), "CU");
    }

    @Test
    void emptyCell() {
        ParsedFile parsed = readWith(CUBA, CUBA.replace("\"262\"", "\"\""));
        assertOnlyRejected(parsed, new RejectedRow(RANKING, 18, LOWER + "Women",
                "empty cell (the ranking writes '-' when there is no value)"), "CU");
    }

    @Test
    void unknownCountry() {
        ParsedFile parsed = readWith(NICARAGUA, NICARAGUA.replace("Nicaragua", "Atlantis"));
        assertThat(parsed.rowsRead()).isEqualTo(193);
        assertThat(parsed.rejected()).containsExactly(
                new RejectedRow(RANKING, 19, "Country", "unknown country name 'Atlantis'"));
        assertThat(declared(parsed, EntityRef.country("NI"))).isFalse();
    }

    @Test
    void countryTwice() {
        ParsedFile parsed = readWith(CUBA, CUBA.replace("Cuba", "Rwanda"));
        assertThat(parsed.rejected()).containsExactly(
                new RejectedRow(RANKING, 18, "Country", "Rwanda (RW) is already in row 17"));
    }

    @Test
    void ambiguousElectionMonth() {
        ParsedFile parsed = readWith(RWANDA, RWANDA.replace("\"07.2024\"", "\"10.2\""));
        assertOnlyRejected(parsed, new RejectedRow(RANKING, 17, LOWER + "Elections",
                "'10.2' is ambiguous: the year has only 1 digit(s) (trailing zeros lost, or a number shown rounded)"), "RW");
    }

    @Test
    void mangledElectionMonthsAreDecoded() {
        ParsedFile parsed = readWith(RWANDA, RWANDA.replace("\"07.2024\"", "\"7.201\"").replace("\"09.2024\"", "\"10.202\""));
        assertThat(parsed.rejected()).isEmpty();
        assertThat(value(parsed, "RW-LC01", "last_election")).isEqualTo(FactValue.of("2010-07"));
        assertThat(value(parsed, "RW-UC02", "last_election")).isEqualTo(FactValue.of("2020-10"));
    }

    @Test
    void percentThatDisagreesWithTheCounts() {
        ParsedFile parsed = readWith(RWANDA, RWANDA.replace("\"13\",\"50.0\"", "\"13\",\"60.0\""));
        assertOnlyRejected(parsed, new RejectedRow(RANKING, 17, "Upper chamber / % W",
                "% W is 60.0 but 13 women of 26 seats is 50.0%"), "RW");
    }

    @Test
    void dittoWithADifferentPercent() {
        String costaRica = "\"8\",\"Costa Rica\",\"02.2022\",\"57\",\"28\",\"49.1\"";
        ParsedFile parsed = readWith(costaRica, costaRica.replace("\"8\"", "\"\u201C\""));
        assertOnlyRejected(parsed, new RejectedRow(RANKING, 24, "Rank",
                "a ditto mark (same rank 6 as above) but % W 49.1 differs from 50.0 above"), "CR");
    }

    @Test
    void sameRankWithADifferentPercent() {
        ParsedFile parsed = readWith(NICARAGUA, NICARAGUA.replace("\"3\"", "\"2\""));
        assertOnlyRejected(parsed, new RejectedRow(RANKING, 19, "Rank",
                "rank 2 as above but % W 55.0 differs from 55.7 above"), "NI");
    }

    @Test
    void rankGoingBack() {
        String bolivia = "\"4\",\"Bolivia (Plurinational State of)\"";
        ParsedFile parsed = readWith(bolivia, bolivia.replace("\"4\"", "\"1\""));
        assertOnlyRejected(parsed, new RejectedRow(RANKING, 20, "Rank", "rank 1 comes after rank 3"), "BO");
    }

    @Test
    void lowerRankWithAHigherPercent() {
        ParsedFile parsed = readWith(CUBA, CUBA.replace("\"262\",\"55.7\"", "\"400\",\"85.1\""));
        assertOnlyRejected(parsed, new RejectedRow(RANKING, 18, "Rank",
                "rank 2 below rank 1 but % W 85.1 is not lower than 63.8 above"), "CU");
    }

    @Test
    void shortRowInTheMiddle() {
        ParsedFile parsed = readWith(CUBA, CUBA.replace(",\"-\",\"-\",\"-\",\"-\"", ",\"-\",\"-\""));
        assertOnlyRejected(parsed, new RejectedRow(RANKING, 18, "", "the row has 8 cells; the table has 10 columns"), "CU");
    }

    @Test
    void noReferencePeriod() {
        InputFile file = bundledWithLine(RANKING, "\"Reference period\",\"November 2025\"", "\"Period\",\"November 2025\"");
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(UnusableFileException.class)
                .hasMessage(RANKING + ": no reference date: neither a 'Reference period' row nor a 'Ranking as of"
                        + " <day> <month> <year>' line above the table");
    }

    @Test
    void unreadableReferencePeriod() {
        InputFile file = bundledWithLine(RANKING, "\"November 2025\"", "\"Nov. 2025\"");
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(UnusableFileException.class)
                .hasMessage(RANKING + ": row 2: Reference period 'Nov. 2025' is not a month (e.g. November 2025)");
    }

    @Test
    void wrongSubHeader() {
        InputFile file = bundledWithLine(RANKING, "\"Elections\",\"Seats\",\"Women\",\"% W\",\"Elections\"",
                "\"Elections\",\"Seats\",\"Men\",\"% W\",\"Elections\"");
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(UnusableFileException.class)
                .hasMessage(RANKING + ": row 16: not the ranking's table header: column 5 is 'Men', expected Elections,"
                        + " Seats, Women, % W");
    }

    @Test
    void readsOneFileAtATime() {
        assertThatThrownBy(() -> reader.read(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
