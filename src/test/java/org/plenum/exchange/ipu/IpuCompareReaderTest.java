package org.plenum.exchange.ipu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.plenum.exchange.ipu.IpuTestFiles.COMPARE;
import static org.plenum.exchange.ipu.IpuTestFiles.bundled;
import static org.plenum.exchange.ipu.IpuTestFiles.bundledWithLine;
import static org.plenum.exchange.ipu.IpuTestFiles.declared;
import static org.plenum.exchange.ipu.IpuTestFiles.fact;
import static org.plenum.exchange.ipu.IpuTestFiles.utf8;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plenum.exchange.InputFile;
import org.plenum.exchange.ParsedFile;
import org.plenum.exchange.ReaderFixtures;
import org.plenum.exchange.RejectedRow;
import org.plenum.exchange.UnusableFileException;
import org.plenum.registry.EntityDeclaration;
import org.plenum.registry.EntityRef;
import org.plenum.registry.EntityType;
import org.plenum.registry.FactAssertion;
import org.plenum.registry.FactValue;
import org.plenum.registry.ValidTime;

/**
 * The bundled IPU compare export: share of women in upper chambers, 2020. Spreadsheet rows: metadata 1-14
 * (the licence cell spans three lines), header 16, Afghanistan 17, Zimbabwe 102 (the last; the file does not
 * end with a line break).
 */
class IpuCompareReaderTest {

    private static final String AFGHANISTAN = "\"AF\",\"Afghanistan\",\"House of Elders\",\"\",\"27.9\",\"\",\"2019-12-01\",\"2022-02-28\",\"\",\"Bicameral\",\"Upper chamber\"";
    private static final String FIELD = "current_women_percent";

    private static ParsedFile parsed;
    private final IpuCompareReader reader = new IpuCompareReader();

    @BeforeAll
    static void read() {
        parsed = new IpuCompareReader().read(List.of(new InputFile(COMPARE, bundled(COMPARE))));
    }

    private ParsedFile readWith(String line, String replacement) {
        return reader.read(bundledWithLine(COMPARE, line, replacement));
    }

    private UnusableFileException unusable(byte[] content) {
        return IpuTestFiles.unusable(reader, COMPARE, content);
    }

    @Test
    void formatName() {
        assertThat(reader.format()).isEqualTo("ipu-compare");
    }

    @Test
    void readsEveryRow() {
        assertThat(parsed.rowsRead()).isEqualTo(86);
        assertThat(parsed.facts()).filteredOn(f -> f.field().equals(FIELD)).hasSize(82);
        assertThat(parsed.entities()).filteredOn(d -> d.entity().type() == EntityType.CHAMBER).hasSize(82)
                .allMatch(d -> d.entity().code().endsWith("-UC02"));
        assertThat(parsed.entities()).hasSize(3 * 82);
        // the Status column: Mauritania and Sudan
        assertThat(parsed.facts()).filteredOn(f -> f.field().equals("is_suspended_chamber"))
                .extracting(f -> f.entity().code()).containsExactly("MR-UC02", "SD-UC02");
        // structure_of_parliament from every row with a chamber type (all but Mauritania's)
        assertThat(parsed.facts()).filteredOn(f -> f.field().equals("structure_of_parliament")).hasSize(81)
                .allMatch(f -> f.value().equals(FactValue.of("bicameral")));
        assertThat(parsed.facts()).hasSize(82 + 2 + 81);
    }

    @Test
    void rowsWithoutAPeriodAreRejected() {
        // Chad, Togo, Tunisia, Turkmenistan: "No information available", date_from and date_to "-",
        // Structure Unicameral (their upper chambers did not sit in 2020)
        String reason = "no date_from: 'No information available' has no period to be stored for"
                + " (date_from and date_to are both '-')";
        assertThat(parsed.rejected()).containsExactly(
                new RejectedRow(COMPARE, 37, "date_from", reason),
                new RejectedRow(COMPARE, 93, "date_from", reason),
                new RejectedRow(COMPARE, 95, "date_from", reason),
                new RejectedRow(COMPARE, 96, "date_from", reason));
        assertThat(declared(parsed, EntityRef.country("TD"))).isFalse();
    }

    @Test
    void afghanistan() {
        FactAssertion women = fact(parsed, "AF-UC02", FIELD).orElseThrow();
        assertThat(women.value()).isEqualTo(FactValue.of("27.9"));
        assertThat(women.validTime()).isEqualTo(ValidTime.between(LocalDate.of(2019, 12, 1), LocalDate.of(2022, 2, 28)));
        assertThat(women.source()).isEqualTo(COMPARE + " row 17");
        assertThat(women.annotation()).isEmpty();
        assertThat(parsed.entities()).contains(
                EntityDeclaration.of(EntityRef.country("AF")),
                EntityDeclaration.of(EntityRef.parliament("AF"), EntityRef.country("AF")),
                EntityDeclaration.of(EntityRef.chamber("AF-UC02"), EntityRef.parliament("AF")));
        assertThat(fact(parsed, "AF", "structure_of_parliament").orElseThrow().validTime()).isEqualTo(women.validTime());
    }

    @Test
    void anOpenPeriodIsValidFromItsStart() {
        assertThat(fact(parsed, "BO-UC02", FIELD).orElseThrow().validTime())
                .isEqualTo(ValidTime.from(LocalDate.of(2020, 10, 1)));
    }

    @Test
    void suspendedChambers() {
        FactAssertion sudan = fact(parsed, "SD-UC02", FIELD).orElseThrow();
        assertThat(sudan.value()).isEqualTo(FactValue.missing("Not applicable"));
        assertThat(sudan.validTime()).isEqualTo(ValidTime.from(LocalDate.of(2019, 4, 1)));
        assertThat(fact(parsed, "SD-UC02", "is_suspended_chamber").orElseThrow().value()).isEqualTo(FactValue.of("true"));
        // Mauritania: Chamber type "-", so the chamber comes from the metadata (Only upper chambers), and
        // Structure (Unicameral, as in 2020) says nothing about the row's period from 2014
        assertThat(fact(parsed, "MR-UC02", FIELD).orElseThrow().value()).isEqualTo(FactValue.of("14.3"));
        assertThat(fact(parsed, "MR-UC02", "is_suspended_chamber")).isPresent();
        assertThat(fact(parsed, "MR", "structure_of_parliament")).isEmpty();
    }

    @Test
    void namesWithAccentsAndCurlyApostrophes() {
        assertThat(fact(parsed, "CI-UC02", FIELD)).isPresent();
        assertThat(fact(parsed, "ZW-UC02", FIELD).orElseThrow().value()).isEqualTo(FactValue.of("43.8"));
    }

    @Test
    void emptyValueIsNoInformation() {
        ParsedFile changed = readWith(AFGHANISTAN, AFGHANISTAN.replace("\"27.9\"", "\"\""));
        assertThat(fact(changed, "AF-UC02", FIELD).orElseThrow().value())
                .isEqualTo(FactValue.missing("No information available"));
    }

    @Test
    void notesBecomeTheAnnotation() {
        ParsedFile changed = readWith(AFGHANISTAN, AFGHANISTAN.replace("\"\",\"Bicameral\"", "\"Provisional figures\",\"Bicameral\""));
        assertThat(fact(changed, "AF-UC02", FIELD).orElseThrow().annotation()).isEqualTo("Provisional figures");
    }

    @Test
    void isoCodeThatIsNotTheCountrys() {
        ParsedFile changed = readWith(AFGHANISTAN, AFGHANISTAN.replace("\"AF\"", "\"AL\""));
        assertThat(changed.rejected()).contains(new RejectedRow(COMPARE, 17, "ISO Code",
                "ISO Code 'AL' is not the code of Afghanistan (AF)"));
        assertThat(declared(changed, EntityRef.country("AF"))).isFalse();
        assertThat(declared(changed, EntityRef.country("AL"))).isFalse();
    }

    @Test
    void unknownCountry() {
        ParsedFile changed = readWith(AFGHANISTAN, AFGHANISTAN.replace("\"Afghanistan\"", "\"Atlantis\""));
        assertThat(changed.rejected()).contains(new RejectedRow(COMPARE, 17, "Country", "unknown country name 'Atlantis'"));
    }

    @Test
    void periodEndingBeforeItStarts() {
        ParsedFile changed = readWith(AFGHANISTAN, AFGHANISTAN.replace("\"2022-02-28\"", "\"2019-02-28\""));
        assertThat(changed.rejected()).contains(new RejectedRow(COMPARE, 17, "date_to",
                "date_to 2019-02-28 is before date_from 2019-12-01"));
    }

    @Test
    void percentageAbove100() {
        ParsedFile changed = readWith(AFGHANISTAN, AFGHANISTAN.replace("\"27.9\"", "\"127.9\""));
        assertThat(changed.rejected()).contains(new RejectedRow(COMPARE, 17, "Percentage of women", "127.9 is above 100%"));
    }

    @Test
    void negativePercentage() {
        ParsedFile changed = readWith(AFGHANISTAN, AFGHANISTAN.replace("\"27.9\"", "\"-2.0\""));
        assertThat(changed.rejected()).contains(new RejectedRow(COMPARE, 17, "Percentage of women", "'-2.0' is not a percentage"));
    }

    @Test
    void aChamberMayHaveSeveralPeriodsButNotTheSamePeriodTwice() {
        String earlier = AFGHANISTAN.replace("\"27.9\"", "\"25.0\"").replace("\"2019-12-01\"", "\"2018-12-01\"")
                .replace("\"2022-02-28\"", "\"2019-11-30\"");
        ParsedFile twoPeriods = readWith(AFGHANISTAN, earlier + "\n" + AFGHANISTAN);
        assertThat(twoPeriods.rejected()).hasSameSizeAs(parsed.rejected()).noneMatch(r -> r.row() == 17 || r.row() == 18);
        assertThat(twoPeriods.facts()).filteredOn(f -> f.entity().code().equals("AF-UC02") && f.field().equals(FIELD))
                .extracting(f -> f.value().toString()).hasSize(2);

        ParsedFile samePeriod = readWith(AFGHANISTAN, AFGHANISTAN + "\n" + AFGHANISTAN);
        assertThat(samePeriod.rejected()).contains(new RejectedRow(COMPARE, 18, "Country",
                "chamber AF-UC02 from 2019-12-01 is already in row 17"));
    }

    /** SYNTHETIC edit of the real file: Afghanistan's upper chamber given a second, overlapping period. */
    @Test
    void overlappingPeriodsOfAChamberAreRejectedNamingTheEarlierRow() {
        String overlapping = AFGHANISTAN.replace("\"2019-12-01\"", "\"2021-01-01\"").replace("\"2022-02-28\"", "\"2023-06-30\"");
        ParsedFile changed = readWith(AFGHANISTAN, AFGHANISTAN + "\n" + overlapping);
        assertThat(changed.rejected()).contains(new RejectedRow(COMPARE, 18, "date_from",
                "the period 2021-01-01 to 2023-06-30 of AF-UC02 overlaps the period 2019-12-01 to 2022-02-28 in row 17"));
        assertThat(changed.facts()).filteredOn(f -> f.entity().code().equals("AF-UC02") && f.field().equals(FIELD)).hasSize(1);

        String openSpanned = AFGHANISTAN.replace("\"2019-12-01\"", "\"2018-01-01\"").replace("\"2022-02-28\"", "\"2020-06-30\"");
        String open = AFGHANISTAN.replace("\"2022-02-28\"", "\"-\"");
        assertThat(readWith(AFGHANISTAN, open + "\n" + openSpanned).rejected()).anyMatch(r -> r.row() == 18
                && r.reason().contains("overlaps the period 2019-12-01 to - in row 17"));

        String following = AFGHANISTAN.replace("\"2022-02-28\"", "\"-\"").replace("\"2019-12-01\"", "\"2022-02-28\"");
        assertThat(readWith(AFGHANISTAN, AFGHANISTAN + "\n" + following).rejected()).noneMatch(r -> r.row() == 17 || r.row() == 18);
    }

    @Test
    void chamberTypeContradictingTheStructure() {
        ParsedFile changed = readWith(AFGHANISTAN, AFGHANISTAN.replace("\"Bicameral\"", "\"Unicameral\""));
        assertThat(changed.rejected()).contains(new RejectedRow(COMPARE, 17, "Structure",
                "Structure 'Unicameral' contradicts Chamber type 'Upper chamber'"));
    }

    @Test
    void emptyFile() {
        assertThat(unusable(new byte[0])).hasMessage(COMPARE + ": the file is empty");
    }

    @Test
    void onlyTheMetadataBlock() {
        String text = utf8(bundled(COMPARE));
        String metadata = text.substring(0, text.indexOf("\"ISO Code\""));
        assertThat(unusable(metadata.getBytes(StandardCharsets.UTF_8)))
                .hasMessage(COMPARE + ": no table: no row starting with ISO Code (15 rows read)");
    }

    @Test
    void noFieldId() {
        InputFile file = bundledWithLine(COMPARE, "\"Field Id\",\"current_women_percent\"", "\"Field\",\"current_women_percent\"");
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(UnusableFileException.class)
                .hasMessage(COMPARE + ": the metadata has no usable 'Field Id' row");
    }

    @Test
    void truncatedInTheLastRow() {
        String text = utf8(bundled(COMPARE));
        String cut = text.substring(0, text.indexOf("\"ZW\",\"Zimbabwe\",\"Senate\",") + "\"ZW\",\"Zimbabwe\",\"Senate\",".length());
        assertThat(unusable(cut.getBytes(StandardCharsets.UTF_8))).hasMessage(COMPARE + ": row 102 has 4 of the table's"
                + " 11 cells and the file does not end with a line break: the file is truncated");
        String cutInCell = text.substring(0, text.indexOf("\"Zimbabwe\"") + 4);
        assertThat(unusable(cutInCell.getBytes(StandardCharsets.UTF_8)).getMessage())
                .startsWith(COMPARE + ": row 102 (line 105").contains("Missing closing quote");
    }

    @Test
    void latin1Copy() {
        byte[] latin1 = utf8(bundled(COMPARE)).getBytes(StandardCharsets.ISO_8859_1);
        assertThat(unusable(latin1).getMessage()).startsWith(COMPARE + ": not valid UTF-8: byte 0xF4 at byte offset ")
                .contains("(line 44)");
    }

    @Test
    void emitsTheFieldTheFileNames() {
        String text = utf8(bundled(COMPARE)).replace("\"Field Id\",\"current_women_percent\"", "\"Field Id\",\"chamber_name_local\"");
        ParsedFile other = reader.read(ReaderFixtures.text(COMPARE, text));
        assertThat(fact(other, "AF-UC02", "chamber_name_local").map(FactAssertion::value))
                .isEqualTo(Optional.of(FactValue.of("27.9")));
    }
}
