package org.plenum.stats.youth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.plenum.stats.youth.TestSnapshots.person;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.plenum.registry.EntityRef;
import org.plenum.registry.Snapshot;

class AgeBracketsTest {

    private final AgeBrackets brackets = new AgeBrackets();

    /**
     * Liechtenstein's Landtag on 2017-06-01 (term 2017, 25 members), computed by hand from the real file: Patrick
     * Risch and Gunilla Marxer-Kranz have no birth date; Daniel Oehry's ("1971") makes him 45 or 46, so he is left
     * out too. The 22 others are aged (whole years on 2017-06-01): 34, 37, 38, 40 | 41, 44 | 46, 47, 50, 51, 52, 53,
     * 53, 55, 55, 56, 57, 58, 60, 61, 64, 68: 0 aged 30 or under, 4 aged 40 or under (4/22 = 18.18 %), 6 aged 45 or
     * under (6/22 = 27.27 %); the ages add up to 1120, a mean of 50.909… = 50.9.
     */
    @Test
    void liechtensteinsLandtagOnTheFirstOfJune2017() {
        AgeBracketsReport report = brackets.compute(TestSnapshots.liechtenstein(), LocalDate.of(2017, 6, 1), c -> true);
        assertThat(report.chambers()).singleElement().satisfies(row -> {
            assertThat(row.chamber()).isEqualTo("LI-LC01");
            assertThat(row.methodText()).isEqualTo("computed from 22 members' birth dates");
            assertThat(row.members()).hasValue(25);
            assertThat(row.knownAge()).hasValue(22);
            assertThat(row.withoutBirthDate()).hasValue(2);
            assertThat(row.unusableBirthDate()).hasValue(1);
            assertThat(row.upTo30()).hasValue(0);
            assertThat(row.upTo40()).hasValue(4);
            assertThat(row.upTo45()).hasValue(6);
            assertThat(row.shareUpTo30()).contains(new BigDecimal("0.00"));
            assertThat(row.shareUpTo40()).contains(new BigDecimal("18.18"));
            assertThat(row.shareUpTo45()).contains(new BigDecimal("27.27"));
            assertThat(row.meanAge()).contains(new BigDecimal("50.9"));
            assertThat(row.ageSum()).isEqualTo(1120);
        });
        AgeAggregate aggregate = report.aggregate();
        assertThat(aggregate.chambers()).containsExactly("LI-LC01");
        assertThat(aggregate.measures().get(AgeAggregate.UP_TO_40)).isEqualTo(
                new AgeAggregate.Measure(Optional.of(new BigDecimal("18.18")), 22, 1));
        assertThat(aggregate.measures().get(AgeAggregate.MEAN).value()).contains(new BigDecimal("50.9"));
        assertThat(aggregate.notAggregated()).isEmpty();
    }

    @Test
    void aYearOnlyBirthDateGivesAnAgeOnlyOnTheLastDayOfTheYear() {
        Snapshot landtag = TestSnapshots.liechtenstein();
        ChamberAges december = brackets.compute(landtag, LocalDate.of(2017, 12, 31), c -> true).chambers().get(0);
        assertThat(december.knownAge()).hasValue(23);
        assertThat(december.unusableBirthDate()).hasValue(0);
        ChamberAges january = brackets.compute(landtag, LocalDate.of(2018, 1, 1), c -> true).chambers().get(0);
        assertThat(january.unusableBirthDate()).hasValue(1);
    }

    @Test
    void beforeAndBetweenTermsThereIsNoRow() {
        Snapshot landtag = TestSnapshots.liechtenstein();
        assertThat(brackets.compute(landtag, LocalDate.of(2000, 1, 1), c -> true).chambers()).isEmpty();
        assertThat(brackets.compute(landtag, LocalDate.of(2013, 3, 1), c -> true).chambers()).as("between 2013-02-02 and 2013-03-27")
                .isEmpty();
        AgeBracketsReport none = brackets.compute(landtag, LocalDate.of(2000, 1, 1), c -> true);
        assertThat(none.aggregate().chambers()).isEmpty();
        assertThat(none.aggregate().measures().get(AgeAggregate.UP_TO_30)).isEqualTo(new AgeAggregate.Measure(Optional.empty(), 0, 0));
    }

    /**
     * Synthetic: chamber ZZ-LC01 reports 40.00 % aged 45 or under and a mean of 50.0 with 50 members; YY-LC01 has
     * three members born 1990-06-01, 1970-01-01 and (unknown); XX-LC01 reports a mean without a number of members;
     * WW-LC01 reports figures and has members too.
     */
    @Test
    void reportedFiguresAreWeighedByMembersAndTheAggregateAddsCounts() {
        LocalDate on = LocalDate.of(2020, 1, 1);
        EntityRef zz = EntityRef.chamber("ZZ-LC01");
        EntityRef xx = EntityRef.chamber("XX-LC01");
        EntityRef ww = EntityRef.chamber("WW-LC01");
        Snapshot snapshot = new TestSnapshots()
                .fact(zz, "total_younger_45_percentage", LocalDate.of(2019, 1, 1), null, "40.00")
                .fact(zz, "age_average", LocalDate.of(2019, 1, 1), null, "50.0")
                .fact(zz, "current_members_number", LocalDate.of(2019, 1, 1), null, "50")
                .fact(xx, "age_average", LocalDate.of(2019, 1, 1), null, "44.0")
                .fact(ww, "total_younger_30_percentage", LocalDate.of(2021, 1, 1), null, "10.00")
                .fact(ww, "age_average", LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31), "60.0")
                .fact(person("P1"), "chamber_membership", LocalDate.of(2018, 1, 1), null, "YY-LC01")
                .always(person("P1"), "birth_date", "1990-06-01")
                .fact(person("P2"), "chamber_membership", LocalDate.of(2018, 1, 1), null, "YY-LC01")
                .always(person("P2"), "birth_date", "1970-01-01")
                .fact(person("P3"), "chamber_membership", LocalDate.of(2018, 1, 1), null, "YY-LC01")
                .fact(person("P4"), "chamber_membership", LocalDate.of(2018, 1, 1), null, "WW-LC01")
                .always(person("P4"), "birth_date", "1990-01-01")
                .build();
        AgeBracketsReport report = brackets.compute(snapshot, on, c -> true);
        assertThat(report.chambers()).extracting(ChamberAges::chamber, ChamberAges::methodText).containsExactly(
                tuple("WW-LC01", "computed from 1 members' birth dates"),
                tuple("XX-LC01", "reported"),
                tuple("YY-LC01", "computed from 2 members' birth dates"),
                tuple("ZZ-LC01", "reported"));
        ChamberAges zzRow = report.chambers().get(3);
        assertThat(zzRow.members()).hasValue(50);
        assertThat(zzRow.shareUpTo45()).contains(new BigDecimal("40.00"));
        assertThat(zzRow.shareUpTo30()).isEmpty();
        assertThat(zzRow.upTo45()).isEqualTo(OptionalInt.empty());
        // YY: aged 29 and 50 on 2020-01-01; WW: aged 30.
        ChamberAges yyRow = report.chambers().get(2);
        assertThat(yyRow.withoutBirthDate()).hasValue(1);
        assertThat(yyRow.shareUpTo30()).contains(new BigDecimal("50.00"));
        assertThat(yyRow.meanAge()).contains(new BigDecimal("39.5"));

        AgeAggregate aggregate = report.aggregate();
        assertThat(aggregate.chambers()).containsExactly("WW-LC01", "YY-LC01", "ZZ-LC01");
        assertThat(aggregate.notAggregated()).containsOnlyKeys("XX-LC01");
        // 30 or under: WW 1 of 1, YY 1 of 2 (ZZ reports no such share) = 2 of 3.
        assertThat(aggregate.measures().get(AgeAggregate.UP_TO_30))
                .isEqualTo(new AgeAggregate.Measure(Optional.of(new BigDecimal("66.67")), 3, 2));
        // 45 or under: WW 1 of 1, YY 1 of 2, ZZ 40 % of 50 = 20: 22 of 53 = 41.51 % (an average of the shares would say 63.33).
        assertThat(aggregate.measures().get(AgeAggregate.UP_TO_45))
                .isEqualTo(new AgeAggregate.Measure(Optional.of(new BigDecimal("41.51")), 53, 3));
        // Mean: (30 + 29 + 50 + 50.0 × 50) / 53 = 2609 / 53 = 49.226… = 49.2.
        assertThat(aggregate.measures().get(AgeAggregate.MEAN))
                .isEqualTo(new AgeAggregate.Measure(Optional.of(new BigDecimal("49.2")), 53, 3));

        assertThat(brackets.compute(snapshot, on, "YY-LC01"::equals).chambers()).extracting(ChamberAges::chamber)
                .containsExactly("YY-LC01");
    }

    @Test
    void aChamberWithItsOwnFiguresIsReportedEvenWhenItsMembersAreKnown() {
        EntityRef li = EntityRef.chamber("LI-LC01");
        Snapshot snapshot = new TestSnapshots()
                .fact(li, "age_average", LocalDate.of(2017, 2, 5), null, "51.0")
                .fact(person("P1"), "chamber_membership", LocalDate.of(2017, 2, 5), null, "LI-LC01")
                .always(person("P1"), "birth_date", "1980-01-01")
                .build();
        ChamberAges row = brackets.compute(snapshot, LocalDate.of(2017, 6, 1), c -> true).chambers().get(0);
        assertThat(row.methodText()).isEqualTo("reported");
        assertThat(row.meanAge()).contains(new BigDecimal("51.0"));
        assertThat(row.members()).isEmpty();
    }
}
