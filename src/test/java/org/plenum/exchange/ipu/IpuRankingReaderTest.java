package org.plenum.exchange.ipu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenum.exchange.ipu.IpuTestFiles.RANKING;
import static org.plenum.exchange.ipu.IpuTestFiles.bundled;
import static org.plenum.exchange.ipu.IpuTestFiles.declared;
import static org.plenum.exchange.ipu.IpuTestFiles.fact;
import static org.plenum.exchange.ipu.IpuTestFiles.value;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plenum.exchange.InputFile;
import org.plenum.exchange.ParsedFile;
import org.plenum.registry.EntityDeclaration;
import org.plenum.registry.EntityRef;
import org.plenum.registry.EntityType;
import org.plenum.registry.FactAssertion;
import org.plenum.registry.FactValue;
import org.plenum.registry.ValidTime;

/**
 * The bundled IPU ranking of November 2025. Row numbers are the rows a spreadsheet shows (the licence and
 * notes cells span several lines of the file but are one row each): the metadata is rows 1-13, the header
 * rows 15-16, Rwanda row 17, Sudan row 209.
 */
class IpuRankingReaderTest {

    private static final ValidTime NOVEMBER_2025 = ValidTime.from(LocalDate.of(2025, 11, 1));
    private static final FactValue NO_INFORMATION = FactValue.missing("No information available");

    private static ParsedFile parsed;

    @BeforeAll
    static void read() {
        parsed = new IpuRankingReader().read(List.of(new InputFile(RANKING, bundled(RANKING))));
    }

    @Test
    void formatName() {
        assertThat(new IpuRankingReader().format()).isEqualTo("ipu-ranking");
    }

    @Test
    void readsEveryCountryRowAndRejectsNone() {
        assertThat(parsed.file()).isEqualTo(RANKING);
        assertThat(parsed.rowsRead()).isEqualTo(193);
        // The six rows where IPU's % W is rounded in two steps (see WomenPercent) are accepted.
        assertThat(parsed.rejected()).isEmpty();
    }

    @Test
    void countsRankedUnrankedAndSuspendedRows() {
        List<FactAssertion> suspension = facts("is_suspended_chamber");
        assertThat(suspension).hasSize(193).allMatch(f -> f.entity().code().endsWith("-LC01"));
        assertThat(suspension).filteredOn(f -> f.value().equals(FactValue.of("true")))
                .extracting(f -> f.entity().code())
                .containsExactly("AF-LC01", "BD-LC01", "KW-LC01", "MM-LC01", "SD-LC01");
        List<FactAssertion> lowerWomen = facts("current_women_number").stream()
                .filter(f -> f.entity().code().endsWith("-LC01")).toList();
        // ranked: the number of women in the lower or single house is known
        assertThat(lowerWomen).filteredOn(f -> f.value() instanceof FactValue.Present).hasSize(182);
        // unranked (6) and suspended (5): not known
        assertThat(lowerWomen).filteredOn(f -> f.value() instanceof FactValue.Missing)
                .extracting(f -> f.entity().code())
                .containsExactly("AR-LC01", "ER-LC01", "HT-LC01", "NP-LC01", "SY-LC01", "VE-LC01",
                        "AF-LC01", "BD-LC01", "KW-LC01", "MM-LC01", "SD-LC01");
    }

    @Test
    void declaresCountriesParliamentsAndChambers() {
        assertThat(parsed.entities()).filteredOn(d -> d.entity().type() == EntityType.COUNTRY).hasSize(193);
        assertThat(parsed.entities()).filteredOn(d -> d.entity().type() == EntityType.PARLIAMENT).hasSize(193)
                .allMatch(d -> d.parent().equals(Optional.of(EntityRef.country(d.entity().code()))));
        List<EntityDeclaration> chambers = parsed.entities().stream()
                .filter(d -> d.entity().type() == EntityType.CHAMBER).toList();
        assertThat(chambers).filteredOn(d -> d.entity().code().endsWith("-LC01")).hasSize(193);
        assertThat(chambers).filteredOn(d -> d.entity().code().endsWith("-UC02")).hasSize(81);
        assertThat(chambers).allMatch(d -> d.parent().equals(
                Optional.of(EntityRef.parliament(d.entity().code().substring(0, 2)))));
        // 193 × (suspension, members, women) + 188 lower and 75 upper election months + 81 × (members, women)
        // + the South African note
        assertThat(parsed.facts()).hasSize(193 * 3 + 188 + 75 + 81 * 2 + 1);
        assertThat(parsed.facts()).allMatch(f -> f.validTime().equals(NOVEMBER_2025));
    }

    @Test
    void rwanda() {
        assertThat(value(parsed, "RW-LC01", "current_members_number")).isEqualTo(FactValue.of(80));
        assertThat(value(parsed, "RW-LC01", "current_women_number")).isEqualTo(FactValue.of(51));
        assertThat(value(parsed, "RW-LC01", "last_election")).isEqualTo(FactValue.of("2024-07"));
        assertThat(value(parsed, "RW-LC01", "is_suspended_chamber")).isEqualTo(FactValue.of("false"));
        assertThat(value(parsed, "RW-UC02", "current_members_number")).isEqualTo(FactValue.of(26));
        assertThat(value(parsed, "RW-UC02", "current_women_number")).isEqualTo(FactValue.of(13));
        assertThat(value(parsed, "RW-UC02", "last_election")).isEqualTo(FactValue.of("2024-09"));
        assertThat(fact(parsed, "RW-UC02", "is_suspended_chamber")).isEmpty();
        FactAssertion women = fact(parsed, "RW-LC01", "current_women_number").orElseThrow();
        assertThat(women.source()).isEqualTo("women-ranking-2025-11.csv row 17");
        assertThat(women.validTime()).isEqualTo(NOVEMBER_2025);
        assertThat(women.annotation()).isEmpty();
        assertThat(parsed.entities()).contains(
                EntityDeclaration.of(EntityRef.country("RW")),
                EntityDeclaration.of(EntityRef.parliament("RW"), EntityRef.country("RW")),
                EntityDeclaration.of(EntityRef.chamber("RW-LC01"), EntityRef.parliament("RW")),
                EntityDeclaration.of(EntityRef.chamber("RW-UC02"), EntityRef.parliament("RW")));
    }

    @Test
    void unitedArabEmiratesTiesWithAndorra() {
        // row 23: a ditto mark, same rank (6) and same % W (50.0) as Andorra above
        FactAssertion women = fact(parsed, "AE-LC01", "current_women_number").orElseThrow();
        assertThat(women.value()).isEqualTo(FactValue.of(20));
        assertThat(women.source()).isEqualTo("women-ranking-2025-11.csv row 23");
        assertThat(value(parsed, "AE-LC01", "current_members_number")).isEqualTo(FactValue.of(40));
        assertThat(declared(parsed, EntityRef.chamber("AE-UC02"))).isFalse();
    }

    @Test
    void argentinaIsUnrankedWithoutWomen() {
        assertThat(value(parsed, "AR-LC01", "current_members_number")).isEqualTo(FactValue.of(257));
        assertThat(value(parsed, "AR-LC01", "current_women_number")).isEqualTo(NO_INFORMATION);
        assertThat(value(parsed, "AR-LC01", "last_election")).isEqualTo(FactValue.of("2025-10"));
        assertThat(value(parsed, "AR-LC01", "is_suspended_chamber")).isEqualTo(FactValue.of("false"));
        assertThat(value(parsed, "AR-UC02", "current_members_number")).isEqualTo(FactValue.of(72));
        assertThat(value(parsed, "AR-UC02", "current_women_number")).isEqualTo(NO_INFORMATION);
    }

    @Test
    void nepalHasOneSeatAndNoWomenFigure() {
        assertThat(value(parsed, "NP-LC01", "current_members_number")).isEqualTo(FactValue.of(1));
        assertThat(value(parsed, "NP-LC01", "current_women_number")).isEqualTo(NO_INFORMATION);
        assertThat(value(parsed, "NP-LC01", "last_election")).isEqualTo(FactValue.of("2022-11"));
        assertThat(value(parsed, "NP-UC02", "current_members_number")).isEqualTo(FactValue.of(59));
        assertThat(value(parsed, "NP-UC02", "current_women_number")).isEqualTo(FactValue.of(22));
        assertThat(value(parsed, "NP-UC02", "last_election")).isEqualTo(FactValue.of("2024-01"));
    }

    @Test
    void eritreaHasNoFiguresButItsLastElection() {
        assertThat(value(parsed, "ER-LC01", "last_election")).isEqualTo(FactValue.of("1994-02"));
        assertThat(value(parsed, "ER-LC01", "current_members_number")).isEqualTo(NO_INFORMATION);
        assertThat(value(parsed, "ER-LC01", "current_women_number")).isEqualTo(NO_INFORMATION);
        assertThat(declared(parsed, EntityRef.chamber("ER-UC02"))).isFalse();
    }

    @Test
    void afghanistanIsSuspended() {
        FactAssertion suspended = fact(parsed, "AF-LC01", "is_suspended_chamber").orElseThrow();
        assertThat(suspended.value()).isEqualTo(FactValue.of("true"));
        assertThat(suspended.validTime()).isEqualTo(NOVEMBER_2025);
        assertThat(suspended.source()).isEqualTo("women-ranking-2025-11.csv row 205");
        assertThat(value(parsed, "AF-LC01", "current_members_number")).isEqualTo(NO_INFORMATION);
        assertThat(value(parsed, "AF-LC01", "current_women_number")).isEqualTo(NO_INFORMATION);
        assertThat(fact(parsed, "AF-LC01", "last_election")).isEmpty();
        assertThat(declared(parsed, EntityRef.chamber("AF-UC02"))).isFalse();
    }

    @Test
    void yemenHasNoWomenInItsLowerHouse() {
        assertThat(value(parsed, "YE-LC01", "current_women_number")).isEqualTo(FactValue.of(0));
        assertThat(value(parsed, "YE-LC01", "current_members_number")).isEqualTo(FactValue.of(245));
        assertThat(value(parsed, "YE-LC01", "last_election")).isEqualTo(FactValue.of("2003-04"));
        assertThat(value(parsed, "YE-UC02", "current_women_number")).isEqualTo(FactValue.of(1));
        assertThat(value(parsed, "YE-UC02", "last_election")).isEqualTo(FactValue.of("2001-04"));
    }

    @Test
    void southAfricanNoteGoesToTheUpperChamber() {
        FactAssertion note = fact(parsed, "ZA-UC02", "seat_basis_note").orElseThrow();
        assertThat(((FactValue.Present) note.value()).value())
                .startsWith("The figures on the distribution of seats in the Upper House")
                .contains("54 permanent seats");
        assertThat(note.source()).isEqualTo("women-ranking-2025-11.csv row 13");
        assertThat(note.validTime()).isEqualTo(NOVEMBER_2025);
        assertThat(facts("seat_basis_note")).hasSize(1);
        assertThat(value(parsed, "ZA-UC02", "current_members_number")).isEqualTo(FactValue.of(54));
    }

    @Test
    void appointedUpperChambersHaveNoElectionMonth() {
        assertThat(value(parsed, "GB-UC02", "current_members_number")).isEqualTo(FactValue.of(832));
        assertThat(value(parsed, "GB-UC02", "current_women_number")).isEqualTo(FactValue.of(258));
        assertThat(fact(parsed, "GB-UC02", "last_election")).isEmpty();
    }

    @Test
    void rowsWhosePercentIpuRoundedTwiceAreKept() {
        // 50 / 91 = 54.945...%: IPU publishes 55.0 (54.95 rounded again), one rounding gives 54.9
        assertThat(value(parsed, "NI-LC01", "current_women_number")).isEqualTo(FactValue.of(50));
        // 6 / 11 = 54.545...%: IPU publishes 54.6
        assertThat(value(parsed, "LC-UC02", "current_women_number")).isEqualTo(FactValue.of(6));
        assertThat(value(parsed, "GH-LC01", "current_women_number")).isEqualTo(FactValue.of(40));
    }

    @Test
    void namesWithAccentsAreMatched() {
        assertThat(value(parsed, "TR-LC01", "current_members_number")).isEqualTo(FactValue.of(593));
        assertThat(value(parsed, "CI-LC01", "current_members_number")).isEqualTo(FactValue.of(254));
    }

    private static List<FactAssertion> facts(String field) {
        return parsed.facts().stream().filter(f -> f.field().equals(field)).toList();
    }
}
