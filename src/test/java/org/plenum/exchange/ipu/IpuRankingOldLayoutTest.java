package org.plenum.exchange.ipu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.plenum.exchange.ipu.IpuTestFiles.OLD_LAYOUT;
import static org.plenum.exchange.ipu.IpuTestFiles.declared;
import static org.plenum.exchange.ipu.IpuTestFiles.fact;
import static org.plenum.exchange.ipu.IpuTestFiles.testFile;
import static org.plenum.exchange.ipu.IpuTestFiles.utf8;
import static org.plenum.exchange.ipu.IpuTestFiles.value;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.plenum.exchange.InputFile;
import org.plenum.exchange.ParsedFile;
import org.plenum.exchange.ReaderFixtures;
import org.plenum.exchange.RejectedRow;
import org.plenum.exchange.UnusableFileException;
import org.plenum.registry.EntityRef;
import org.plenum.registry.FactValue;
import org.plenum.registry.ValidTime;

/** The older layout of the ranking export, on a synthetic file (see src/test/resources/ipu/README.md). */
class IpuRankingOldLayoutTest {

    private final IpuRankingReader reader = new IpuRankingReader();

    private ParsedFile read(String name, String text) {
        return reader.read(ReaderFixtures.text(name, text));
    }

    @Test
    void readsTheOldLayout() {
        ParsedFile parsed = reader.read(new InputFile(OLD_LAYOUT, testFile(OLD_LAYOUT)));

        assertThat(parsed.rowsRead()).isEqualTo(15);
        assertThat(parsed.rejected()).isEmpty();
        // "Ranking as of 1st March 2023"; the "Date:" line (10/03/2023) is not the reference date
        assertThat(parsed.facts()).allMatch(f -> f.validTime().equals(ValidTime.from(LocalDate.of(2023, 3, 1))));
        assertThat(value(parsed, "RW-LC01", "current_women_number")).isEqualTo(FactValue.of(49));
        assertThat(fact(parsed, "RW-LC01", "current_women_number").orElseThrow().source())
                .isEqualTo(OLD_LAYOUT + " row 7");
        assertThat(value(parsed, "RW-UC02", "current_members_number")).isEqualTo(FactValue.of(26));
        // ditto marks “ and ''
        assertThat(value(parsed, "NZ-LC01", "current_women_number")).isEqualTo(FactValue.of(60));
        assertThat(value(parsed, "AE-LC01", "current_women_number")).isEqualTo(FactValue.of(20));
        // election months a spreadsheet turned into numbers
        assertThat(value(parsed, "NZ-LC01", "last_election")).isEqualTo(FactValue.of("2020-10"));
        assertThat(value(parsed, "FI-LC01", "last_election")).isEqualTo(FactValue.of("2019-04"));
        assertThat(value(parsed, "JP-UC02", "last_election")).isEqualTo(FactValue.of("2010-07"));
        assertThat(value(parsed, "OM-LC01", "last_election")).isEqualTo(FactValue.of("2015-01"));
        // unranked and suspended rows
        assertThat(value(parsed, "HT-LC01", "current_members_number")).isEqualTo(FactValue.missing("No information available"));
        assertThat(value(parsed, "HT-UC02", "last_election")).isEqualTo(FactValue.of("2016-11"));
        assertThat(value(parsed, "MM-LC01", "is_suspended_chamber")).isEqualTo(FactValue.of("true"));
        assertThat(declared(parsed, EntityRef.chamber("CU-UC02"))).isFalse();
        // the note under the table, row 24
        assertThat(fact(parsed, "ZA-UC02", "seat_basis_note").orElseThrow().source()).isEqualTo(OLD_LAYOUT + " row 24");
        assertThat(((FactValue.Present) value(parsed, "ZA-UC02", "seat_basis_note")).value()).contains("54 permanent seats");
    }

    @Test
    void windowsLineEndingsReadTheSame() {
        String text = utf8(testFile(OLD_LAYOUT)).replace("\n", "\r\n");
        ParsedFile parsed = read(OLD_LAYOUT, text);
        assertThat(parsed).isEqualTo(reader.read(new InputFile(OLD_LAYOUT, testFile(OLD_LAYOUT))));
    }

    @Test
    void situationAsOfGivesTheReferenceDate() {
        String text = """
                Women in national parliaments
                Situation as of 1st January 2019
                Rank,Country,Lower or single House,,,,Upper House or Senate,,,
                ,,Elections,Seats*,Women,% W,Elections,Seats*,Women,% W
                1,Rwanda,09.2018,80,49,61.3%,09.2011,26,10,38.5%
                """;
        ParsedFile parsed = read("classif010119.csv", text);
        assertThat(parsed.rejected()).isEmpty();
        assertThat(fact(parsed, "RW-UC02", "last_election").orElseThrow().validTime())
                .isEqualTo(ValidTime.from(LocalDate.of(2019, 1, 1)));
        assertThat(value(parsed, "RW-UC02", "last_election")).isEqualTo(FactValue.of("2011-09"));
    }

    @Test
    void withoutReferenceDateTheFileIsUnusable() {
        String text = utf8(testFile(OLD_LAYOUT)).replace("Ranking as of 1st March 2023", "Ranking");
        assertThatThrownBy(() -> read(OLD_LAYOUT, text))
                .isInstanceOf(UnusableFileException.class)
                .hasMessage(OLD_LAYOUT + ": no reference date: neither a 'Reference period' row nor a"
                        + " 'Ranking as of <day> <month> <year>' line above the table");
    }

    @Test
    void anImpossibleReferenceDateMakesTheFileUnusable() {
        String text = utf8(testFile(OLD_LAYOUT)).replace("1st March 2023", "31st February 2023");
        assertThatThrownBy(() -> read(OLD_LAYOUT, text))
                .isInstanceOf(UnusableFileException.class)
                .hasMessage(OLD_LAYOUT + ": row 3: 'as of 31st February 2023' is not a date");
    }

    @Test
    void aNoteNamingNoChamberIsReportedNotGuessed() {
        String text = utf8(testFile(OLD_LAYOUT)) + "Cuba: The figures are provisional.\n";
        ParsedFile parsed = read(OLD_LAYOUT, text);
        assertThat(parsed.rejected()).containsExactly(new RejectedRow(OLD_LAYOUT, 25, "",
                "note on Cuba names no single chamber (upper or lower house), so it cannot be placed:"
                        + " The figures are provisional."));
        assertThat(fact(parsed, "CU-LC01", "seat_basis_note")).isEmpty();
    }

    @Test
    void aNoteOnAChamberNotInTheTableIsReported() {
        String text = utf8(testFile(OLD_LAYOUT)) + "Cuba: The Upper House was abolished in 1976.\n";
        ParsedFile parsed = read(OLD_LAYOUT, text);
        assertThat(parsed.rejected()).containsExactly(new RejectedRow(OLD_LAYOUT, 25, "",
                "note on Cuba: chamber CU-UC02 is not in the table (or its row was rejected); the note is not"
                        + " imported: The Upper House was abolished in 1976."));
    }

    @Test
    void aRankedRowBelowTheUnrankedOnesIsRejected() {
        String text = utf8(testFile(OLD_LAYOUT)).replace("Suspended,Myanmar,-,-,-,-,-,-,-,-",
                "13,Myanmar,11.2020,440,50,11.4,-,-,-,-");
        ParsedFile parsed = read(OLD_LAYOUT, text);
        assertThat(parsed.rejected()).containsExactly(new RejectedRow(OLD_LAYOUT, 21, "Rank",
                "a ranked row below unranked or suspended rows"));
        assertThat(declared(parsed, EntityRef.country("MM"))).isFalse();
    }
}
