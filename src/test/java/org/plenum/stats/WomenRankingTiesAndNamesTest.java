package org.plenum.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.plenum.registry.EntityRecord;
import org.plenum.registry.EntityRef;
import org.plenum.registry.internal.catalogue.JsonFieldCatalogue;

/**
 * Ties and names of the women ranking on a SYNTHETIC registry (real country names, made-up counts): ties in the
 * plain code-point order of the name, as IPU lists them; a past month's names as they were then.
 */
class WomenRankingTiesAndNamesTest {

    private static final LocalDate COUNTED = LocalDate.of(2020, 1, 1);

    private static RepresentationStatistics statistics(SyntheticRegistry registry) {
        return new RepresentationStatistics(registry, JsonFieldCatalogue.bundled(),
                Clock.fixed(LocalDate.of(2026, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    @Test
    void tiesAreListedInCodePointOrderOfTheNameCyprusBeforeCoteDIvoire() {
        SyntheticRegistry registry = new SyntheticRegistry();
        for (String[] country : new String[][] {{"CI", "Côte d'Ivoire"}, {"CY", "Cyprus"}, {"CR", "Costa Rica"}}) {
            registry.country(country[0], "1", "europe").chamber(country[0] + "-LC01")
                    .fact(EntityRef.country(country[0]), "country_name", LocalDate.of(1990, 1, 1),
                            "{\"en\":\"" + country[1] + "\"}")
                    .counts(country[0] + "-LC01", COUNTED, 56, 8);
        }
        WomenRanking ranking = statistics(registry).womenRanking(registry.current(), YearMonth.of(2024, 5), EntityRecord.LATEST);
        assertThat(ranking.rows()).extracting(WomenRankingRow::countryName)
                .containsExactly("Costa Rica", "Cyprus", "Côte d'Ivoire");
        assertThat(ranking.rows()).extracting(WomenRankingRow::ditto).containsExactly(false, true, true);
    }

    @Test
    void aPastMonthPrintsTheNameOfTheTime() {
        SyntheticRegistry registry = new SyntheticRegistry();
        registry.country("SZ", "748", "sub_saharan_africa").chamber("SZ-LC01")
                .fact(EntityRef.country("SZ"), "country_name", LocalDate.of(1968, 9, 6), "{\"en\":\"Swaziland\"}")
                .fact(EntityRef.country("SZ"), "country_name", LocalDate.of(2018, 4, 19), "{\"en\":\"Eswatini\"}")
                .counts("SZ-LC01", LocalDate.of(2013, 9, 1), 73, 10);
        RepresentationStatistics statistics = statistics(registry);
        assertThat(statistics.womenRanking(registry.current(), YearMonth.of(2018, 4), EntityRecord.LATEST).rows())
                .extracting(WomenRankingRow::countryName).containsExactly("Swaziland");
        assertThat(statistics.womenRanking(registry.current(), YearMonth.of(2018, 5), EntityRecord.LATEST).rows())
                .extracting(WomenRankingRow::countryName).containsExactly("Eswatini");
    }
}
