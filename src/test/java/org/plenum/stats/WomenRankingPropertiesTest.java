package org.plenum.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.plenum.registry.EntityRecord;
import org.plenum.registry.EntityRef;
import org.plenum.registry.FactValue;
import org.plenum.registry.Snapshot;
import org.plenum.registry.internal.catalogue.JsonFieldCatalogue;

/**
 * IPU's ranking rules ({@link RankingInvariants}) on generated registries. SYNTHETIC DATA: countries {@code AA}…
 * with random chambers: members and women (small chambers, so that shares tie often), a number of women not known,
 * a suspended chamber, an upper chamber or none.
 */
class WomenRankingPropertiesTest {

    private static final LocalDate COUNTED = LocalDate.of(2020, 1, 1);
    private static final YearMonth MONTH = YearMonth.of(2024, 5);
    private static final JsonFieldCatalogue CATALOGUE = JsonFieldCatalogue.bundled();

    /** A country's lower chamber, and its upper chamber when {@code upperMembers} is above 0. */
    record Parliament(int members, int womenPerMille, int kind, int upperMembers, int upperWomen) {
        static final int KNOWN = 0;
        static final int WOMEN_UNKNOWN = 1;
        static final int SUSPENDED = 2;
    }

    @Provide
    Arbitrary<List<Parliament>> parliaments() {
        Arbitrary<Parliament> parliament = Combinators.combine(
                Arbitraries.integers().between(1, 60).edgeCases(c -> c.includeOnly(1, 60)),
                Arbitraries.integers().between(0, 1000),
                Arbitraries.integers().between(0, 9).map(k -> k < 8 ? Parliament.KNOWN : k == 8 ? Parliament.WOMEN_UNKNOWN : Parliament.SUSPENDED),
                Arbitraries.integers().between(0, 40),
                Arbitraries.integers().between(0, 40)).as(Parliament::new);
        return parliament.list().ofMinSize(1).ofMaxSize(60);
    }

    @Property(tries = 300)
    void theRankingFollowsIpusRules(@ForAll("parliaments") List<Parliament> parliaments) {
        SyntheticRegistry registry = new SyntheticRegistry();
        for (int i = 0; i < parliaments.size(); i++) {
            Parliament p = parliaments.get(i);
            String code = "" + (char) ('A' + i / 26) + (char) ('A' + i % 26);
            registry.country(code, String.valueOf(900 + i), i % 3 == 0 ? "europe" : "africa").chamber(code + "-LC01");
            EntityRef lower = EntityRef.chamber(code + "-LC01");
            switch (p.kind()) {
                case Parliament.KNOWN -> registry.counts(code + "-LC01", COUNTED, p.members(), (long) p.members() * p.womenPerMille() / 1000);
                case Parliament.WOMEN_UNKNOWN -> {
                    registry.fact(lower, "current_members_number", COUNTED, Integer.toString(p.members()));
                    registry.fact(lower, "current_women_number", COUNTED, FactValue.missing("No information available"));
                }
                default -> registry.fact(lower, "is_suspended_chamber", COUNTED, "true");
            }
            if (p.upperMembers() > 0) {
                registry.chamber(code + "-UC02").counts(code + "-UC02", COUNTED, p.upperMembers(), Math.min(p.upperWomen(), p.upperMembers()));
            }
        }
        RepresentationStatistics statistics = new RepresentationStatistics(registry, CATALOGUE,
                Clock.fixed(LocalDate.of(2026, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        Snapshot snapshot = registry.current();

        WomenRanking ranking = statistics.womenRanking(snapshot, MONTH, EntityRecord.LATEST);

        RankingInvariants.check(ranking, statistics.womenAverages(snapshot, MONTH, EntityRecord.LATEST));
        assertThat(ranking.rows()).hasSize(parliaments.size());
    }
}
