package org.plenum.exchange.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.plenum.exchange.ReaderFixtures.fact;
import static org.plenum.exchange.ReaderFixtures.maybeFact;
import static org.plenum.exchange.ReaderFixtures.text;
import static org.plenum.exchange.ReaderFixtures.value;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenum.exchange.InputFile;
import org.plenum.exchange.ParsedFile;
import org.plenum.exchange.RejectedRow;
import org.plenum.exchange.UnusableFileException;
import org.plenum.registry.EntityType;

/**
 * The reference reader on broken input. The files here are synthetic (small edits of real rows),
 * made to show one fault each.
 */
class ReferenceReaderBadInputTest {

    private static final String CHAMBERS_HEADER = "iso2,country,parliament_name,structure,chamber_type,chamber_name_en,"
            + "chamber_name_local,statutory_seats,term_years,electoral_system,source_url_or_repo_path\n";

    private final ReferenceReader reader = new ReferenceReader();

    private ParsedFile read(InputFile... files) {
        return reader.read(List.of(files));
    }

    @Test
    void emptyFileIsUnusable() {
        assertThatThrownBy(() -> read(new InputFile("chambers.csv", new byte[0])))
                .isInstanceOf(UnusableFileException.class)
                .hasMessage("chambers.csv: the file is empty");
        assertThatThrownBy(() -> read(text("chambers.csv", "\n  \n")))
                .isInstanceOf(UnusableFileException.class)
                .hasMessage("chambers.csv: the file is empty");
    }

    @Test
    void wrongHeaderNamesTheMissingAndUnexpectedColumns() {
        assertThatThrownBy(() -> read(text("regions.csv", "iso2,iso3,country_ipu_name,region,ipu_subregion\nAL,ALB,Albania,Europe,\n")))
                .isInstanceOf(UnusableFileException.class)
                .hasMessage("regions.csv: the header does not match the ipu-regions.csv layout: "
                        + "missing columns ipu_region; unexpected columns region")
                .extracting(e -> ((UnusableFileException) e).file()).isEqualTo("regions.csv");
    }

    @Test
    void unrelatedHeaderIsUnusable() {
        assertThatThrownBy(() -> read(text("notes.csv", "a,b\n1,2\n")))
                .isInstanceOf(UnusableFileException.class)
                .hasMessageStartingWith("notes.csv: the header [a, b] is none of the expected layouts: country-codes.csv");
    }

    @Test
    void invalidUtf8NamesByteOffsetAndLine() {
        byte[] header = "iso3,economy,wb_region,income_group,fiscal_year\nALB,Albania,Europe & Central Asia,Upper middle income,FY2026\nCIV,C"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] rest = "te d'Ivoire,Sub-Saharan Africa,Lower middle income,FY2026\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] content = new byte[header.length + 1 + rest.length];
        System.arraycopy(header, 0, content, 0, header.length);
        content[header.length] = (byte) 0xF4; // Latin-1 'ô', not UTF-8
        System.arraycopy(rest, 0, content, header.length + 1, rest.length);

        assertThatThrownBy(() -> read(new InputFile("income-groups.csv", content)))
                .isInstanceOf(UnusableFileException.class)
                .hasMessage("income-groups.csv: not valid UTF-8: byte 0xF4 at byte offset " + header.length
                        + " (line 3); the file must be encoded as UTF-8 (was it saved as Latin-1 or Windows-1252?)");
    }

    @Test
    void unterminatedQuoteIsUnusable() {
        assertThatThrownBy(() -> read(text("chambers.csv", CHAMBERS_HEADER + "AL,Albania,\"Albanian Parliament,unicameral\n")))
                .isInstanceOf(UnusableFileException.class)
                .hasMessageStartingWith("chambers.csv: row 2 (line ")
                .hasMessageContaining("is not valid CSV");
    }

    @Test
    void sameKindTwiceIsUnusable() {
        InputFile regions = text("a.csv", "iso2,iso3,country_ipu_name,ipu_region,ipu_subregion\n");
        InputFile again = text("b.csv", "iso2,iso3,country_ipu_name,ipu_region,ipu_subregion\n");
        assertThatThrownBy(() -> read(regions, again))
                .isInstanceOf(UnusableFileException.class)
                .hasMessage("b.csv: a second ipu-regions.csv file (after a.csv); give each reference file once");
    }

    @Test
    void headerOnlyFileHasNoRows() {
        ParsedFile parsed = read(text("chambers.csv", CHAMBERS_HEADER));
        assertThat(parsed.rowsRead()).isZero();
        assertThat(parsed.facts()).isEmpty();
    }

    @Test
    void negativeAndZeroNumbersAreNamedCellByCellAndRejectTheirRow() {
        ParsedFile parsed = read(text("chambers.csv", CHAMBERS_HEADER
                + "AL,Albania,Albanian Parliament,unicameral,single,Parliament,Kuvendi,-140,0,PR,x\n"));

        assertThat(parsed.rowsRead()).isEqualTo(1);
        assertThat(parsed.rejected()).containsExactly(
                new RejectedRow("chambers.csv", 2, "statutory_seats", "negative number -140: the value cannot be below zero"),
                new RejectedRow("chambers.csv", 2, "term_years", "a term of 0 years is not a term"));
        // a rejected cell rejects its row (decision 0028): nothing of the chamber's row is kept
        assertThat(maybeFact(parsed, EntityType.CHAMBER, "AL-LC01", "statutory_members_number")).isEmpty();
        assertThat(maybeFact(parsed, EntityType.CHAMBER, "AL-LC01", "electoral_system")).isEmpty();
        assertThat(parsed.facts()).noneMatch(f -> f.source().equals("chambers.csv row 2"));
        assertThat(parsed.entities()).noneMatch(d -> d.entity().code().equals("AL-LC01"));
    }

    @Test
    void unknownElectoralSystemAndUnknownCountryAreRejected() {
        ParsedFile parsed = read(text("chambers.csv", CHAMBERS_HEADER
                + "AL,Albania,Albanian Parliament,unicameral,single,Parliament,Kuvendi,140,4,STV,x\n"
                + "QQ,Nowhere,Assembly,unicameral,single,Assembly,,10,4,PR,x\n"));

        assertThat(parsed.rejected()).containsExactly(
                new RejectedRow("chambers.csv", 3, "iso2", "unknown ISO 3166-1 alpha-2 code 'QQ'"),
                new RejectedRow("chambers.csv", 2, "electoral_system", "unknown electoral system 'STV' (expected one of "
                        + "PR, appointed, indirectly elected, mixed, other, plurality/majority)"));
    }

    @Test
    void structureMustAgreeWithTheChambers() {
        ParsedFile parsed = read(text("chambers.csv", CHAMBERS_HEADER
                + "DZ,Algeria,Parliament,bicameral,lower,National People's Assembly,,407,5,PR,x\n"
                + "AL,Albania,Albanian Parliament,unicameral,single,Parliament,Kuvendi,140,4,PR,x\n"
                + "AL,Albania,Albanian Parliament,unicameral,single,Other Parliament,,10,4,PR,x\n"
                + "AD,Andorra,General Council,unicameral,single,General Council,Consell General,28,4,mixed,x\n"));

        assertThat(parsed.rejected()).containsExactly(
                new RejectedRow("chambers.csv", 2, "", "a bicameral parliament needs exactly the chamber types lower "
                        + "and upper, but DZ has lower (rows 2)"),
                new RejectedRow("chambers.csv", 3, "", "a unicameral parliament needs exactly the chamber types single, "
                        + "but AL has single, single (rows 3, 4)"),
                new RejectedRow("chambers.csv", 4, "", "a unicameral parliament needs exactly the chamber types single, "
                        + "but AL has single, single (rows 3, 4)"));
        assertThat(parsed.entities()).extracting(d -> d.entity().code()).containsExactly("AD", "AD", "AD-LC01");
    }

    @Test
    void rowWithTooFewCellsIsRejected() {
        ParsedFile parsed = read(text("ipu-regions.csv", "iso2,iso3,country_ipu_name,ipu_region,ipu_subregion\n"
                + "AL,ALB,Albania,Europe\n"
                + "AO,AGO,Angola,Sub-Saharan Africa,\n"));

        assertThat(parsed.rowsRead()).isEqualTo(2);
        assertThat(parsed.rejected()).containsExactly(
                new RejectedRow("ipu-regions.csv", 2, "", "the row has 4 cells but the header has 5 columns"));
        // Angola's region and its name (IPU's, with the French of the bundled country-codes.csv)
        assertThat(parsed.facts()).extracting(f -> f.field()).containsExactlyInAnyOrder("region", "country_name");
    }

    @Test
    void regionCodesMustBeAPair() {
        ParsedFile parsed = read(text("ipu-regions.csv", "iso2,iso3,country_ipu_name,ipu_region,ipu_subregion\n"
                + "AL,AGO,Albania,Europe,\n"));

        assertThat(parsed.rejected()).containsExactly(
                new RejectedRow("ipu-regions.csv", 2, "iso3", "'AGO' is not the alpha-3 code of AL (it is the code of AO)"));
    }

    @Test
    void populationRejectsNegativeValuesAndThenSkipsTheTotals() {
        ParsedFile parsed = read(text("population-by-age-sex.csv", "iso3,year,sex,age_group,population_thousands\n"
                + "ISL,2023,female,0-4,-11.2165\n"
                + "ISL,2023,female,5-9,abc\n"
                + "ISL,2023,girls,10-14,1\n"));

        assertThat(parsed.rejected()).hasSize(4);
        assertThat(parsed.rejected().subList(0, 3)).containsExactly(
                new RejectedRow("population-by-age-sex.csv", 2, "population_thousands",
                        "-11.2165 is outside the range 0 to 10000000"),
                new RejectedRow("population-by-age-sex.csv", 3, "population_thousands",
                        "'abc' is not a decimal number (digits with an optional decimal point)"),
                new RejectedRow("population-by-age-sex.csv", 4, "sex", "'girls' is not a sex of the file (female or male)"));
        assertThat(parsed.rejected().get(3).row()).isEqualTo(2);
        assertThat(parsed.rejected().get(3).reason()).startsWith(
                "population_total and population_women of IS in 2023 not computed: no accepted value for female 0-4, female 5-9, female 10-14");
        assertThat(parsed.facts()).isEmpty();
    }

    @Test
    void populationOfAnAreaWithoutIsoCodeIsRejected() {
        ParsedFile parsed = read(text("population-by-age-sex.csv", "iso3,year,sex,age_group,population_thousands\n"
                + "CHI,2023,female,0-4,1\n"));

        assertThat(parsed.rejected()).containsExactly(new RejectedRow("population-by-age-sex.csv", 2, "iso3",
                "'CHI' has no ISO 3166-1 alpha-2 code, so no country to attach the population to"));
    }

    @Test
    void incomeGroupMustBeKnown() {
        ParsedFile parsed = read(text("income-groups.csv", "iso3,economy,wb_region,income_group,fiscal_year\n"
                + "ALB,Albania,Europe & Central Asia,Middle income,FY2026\n"
                + "AGO,Angola,Sub-Saharan Africa,Low income,2026\n"));

        assertThat(parsed.rejected()).containsExactly(
                new RejectedRow("income-groups.csv", 2, "income_group", "unknown income group 'Middle income' (expected "
                        + "one of High income, Low income, Lower middle income, Upper middle income)"),
                new RejectedRow("income-groups.csv", 3, "fiscal_year", "'2026' is not a World Bank fiscal year such as FY2026"));
    }

    @Test
    void termIdsFollowTheDocumentedRule() {
        assertThat(TermIds.fromLabel("Sub-Saharan Africa")).isEqualTo("sub_saharan_africa");
        assertThat(TermIds.fromLabel("Europe")).isEqualTo("europe");
        assertThat(TermIds.fromLabel("  Middle East -- and North Africa! ")).isEqualTo("middle_east_and_north_africa");
    }
}
