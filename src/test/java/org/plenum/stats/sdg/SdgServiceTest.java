package org.plenum.stats.sdg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.plenum.registry.EntityRecord;
import org.plenum.registry.EntityRef;
import org.plenum.stats.SyntheticRegistry;
import org.plenum.registry.EntityType;
import org.plenum.registry.FactValue;
import org.plenum.registry.Field;
import org.plenum.registry.FieldCatalogue;
import org.plenum.registry.Taxonomy;
import org.plenum.stats.SdgArea;
import org.plenum.stats.SdgObservation;
import org.plenum.stats.SdgReport;
import org.plenum.stats.SdgSeries;
import org.plenum.stats.SdgUnavailableException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SDG computations on a SYNTHETIC registry ({@link SyntheticRegistry}): made-up countries whose numbers are easy
 * to check by hand. Each expected value is worked out in the comments.
 */
class SdgServiceTest {

    private static final LocalDate Y2019 = LocalDate.of(2019, 1, 1);
    private static final LocalDate MID_2019 = LocalDate.of(2019, 7, 1);

    /**
     * Region "one": XA (lower 40 women of 100, upper 10 of 50, population 1,000 women and 1,000 men in each 5-year
     * group) and XB (lower 10 of 50; 1,500 women and 1,000 men per group). XC no longer exists. XD's chamber is
     * suspended. Region "two": XE, whose upper chamber was abolished (unicameral stated after its last count), and
     * XF, whose upper chamber's counts are newer than the record that says unicameral.
     */
    private static SyntheticRegistry registry() {
        SyntheticRegistry r = new SyntheticRegistry()
                .country("XA", "901", "one").chamber("XA-LC01").chamber("XA-UC02")
                .country("XB", "902", "one").chamber("XB-LC01")
                .country("XC", "903", "one").chamber("XC-LC01")
                .country("XD", "904", "one").chamber("XD-LC01")
                .country("XE", "905", "two").chamber("XE-LC01").chamber("XE-UC02")
                .country("XF", "906", "two").chamber("XF-LC01").chamber("XF-UC02")
                .counts("XA-LC01", Y2019, 100, 40).counts("XA-UC02", Y2019, 50, 10)
                .counts("XB-LC01", Y2019, 50, 10)
                .counts("XC-LC01", LocalDate.of(1980, 1, 1), 300, 30)
                .counts("XD-LC01", Y2019, 60, 6)
                .counts("XE-LC01", LocalDate.of(2005, 3, 1), 200, 20).counts("XE-UC02", LocalDate.of(1960, 1, 1), 80, 2)
                .counts("XF-LC01", Y2019, 90, 30).counts("XF-UC02", Y2019, 30, 3)
;
        population(r, "XA", 1000, 1000);
        population(r, "XB", 1500, 1000);
        r.fact(EntityRef.country("XC"), "is_former_country", null, "true");
        r.fact(EntityRef.chamber("XD-LC01"), "is_suspended_chamber", Y2019, "true");
        r.fact(EntityRef.chamber("XE-LC01"), "struct_parl_status", LocalDate.of(1970, 1, 1), "unicameral");
        r.fact(EntityRef.chamber("XF-LC01"), "struct_parl_status", LocalDate.of(2010, 1, 1), "unicameral");
        r.fact(EntityRef.chamber("XA-UC02"), "eligibility_age", null, "30");
        r.fact(EntityRef.chamber("XA-LC01"), "total_younger_45_percentage", Y2019, "25.00");
        return r;
    }

    /** The same number of persons in each of the 21 age groups, per sex, valid from mid-2019. */
    private static void population(SyntheticRegistry registry, String country, long femalePerGroup, long malePerGroup) {
        for (String group : Population.GROUPS) {
            registry.fact(EntityRef.country(country), "population_female_" + group, MID_2019, Long.toString(femalePerGroup));
            registry.fact(EntityRef.country(country), "population_male_" + group, MID_2019, Long.toString(malePerGroup));
        }
    }

    private static SdgService service(SyntheticRegistry registry) {
        return new SdgService(registry, new Regions(), JsonMapper.builder().build(),
                Clock.fixed(LocalDate.of(2026, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    private static SdgReport report(List<SdgSeries> series, int year) {
        return service(registry()).report(series, year, EntityRecord.LATEST);
    }

    private static SdgObservation find(SdgReport report, SdgSeries series, String area) {
        return report.observations().stream().filter(o -> o.series() == series && o.area().code().equals(area))
                .findFirst().orElseThrow(() -> new AssertionError("no " + series + " for " + area));
    }

    @Test
    void womenInTheLowerChamberPerCountryAndFromRawCountsPerRegion() {
        SdgReport report = report(List.of(SdgSeries.SG_GEN_PARL, SdgSeries.SG_GEN_PARLN, SdgSeries.SG_GEN_PARLNT), 2020);
        assertThat(report.referenceDate()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(find(report, SdgSeries.SG_GEN_PARL, "XA").value()).contains(new BigDecimal("40.00"));
        assertThat(find(report, SdgSeries.SG_GEN_PARL, "XB").value()).contains(new BigDecimal("20.00"));
        // region one: (40 + 10) / (100 + 50) = 33.33 %, not the mean of 40 % and 20 % (30 %)
        SdgObservation one = find(report, SdgSeries.SG_GEN_PARL, "one");
        assertThat(one.value()).contains(new BigDecimal("33.33"));
        assertThat(one.component("women")).contains(BigDecimal.valueOf(50));
        assertThat(one.component("seats")).contains(BigDecimal.valueOf(150));
        assertThat(one.area()).isEqualTo(new SdgArea(SdgArea.Kind.REGION, "one", Optional.empty(), "Region one"));
        assertThat(find(report, SdgSeries.SG_GEN_PARLN, "one").value()).contains(BigDecimal.valueOf(50));
        assertThat(find(report, SdgSeries.SG_GEN_PARLNT, "one").value()).contains(BigDecimal.valueOf(150));
        // world: 40 + 10 + 20 + 30 women of 100 + 50 + 200 + 90 seats = 100 / 440 = 22.73 %
        SdgObservation world = find(report, SdgSeries.SG_GEN_PARL, "world");
        assertThat(world.value()).contains(new BigDecimal("22.73"));
        assertThat(world.area().m49Code()).contains("001");
        assertThat(world.notes().get(0)).contains("4 chambers").contains("1 listed chamber has no value");
    }

    @Test
    void suspendedFormerAndAbolishedChambersAreHandledAndSaidSo() {
        SdgReport report = report(List.of(SdgSeries.SG_GEN_PARL, SdgSeries.SG_DMK_PARLMP_UC), 2020);
        assertThat(find(report, SdgSeries.SG_GEN_PARL, "XD").missingReason()).contains("the chamber is suspended");
        assertThat(report.observations()).noneMatch(o -> o.area().code().equals("XC"));
        assertThat(report.notes()).anyMatch(n -> n.contains("[XC]"));
        // XE's upper chamber last counted in 1960, the parliament unicameral from 1970: gone
        assertThat(report.observations()).noneMatch(o -> o.chamber().equals(Optional.of("XE-UC02")));
        // XF's upper chamber counted in 2019, after the 2010 record that says unicameral: kept
        assertThat(report.observations()).anyMatch(o -> o.chamber().equals(Optional.of("XF-UC02")));
        // counts stated in 2005 are more than a term before 2020
        assertThat(find(report, SdgSeries.SG_GEN_PARL, "XE").notes()).singleElement().asString()
                .contains("stated on 2005-03-01").contains("a later election may be missing");
    }

    @Test
    void womenRatioPerChamberAndFromRawCountsPerRegion() {
        SdgReport report = report(List.of(SdgSeries.SG_DMK_PARLMP_LC, SdgSeries.SG_DMK_PARLMP_UC), 2020);
        // XA lower: 40 / 100 = 0.40 of members; women aged 18 or over: 21 groups × 1,000 − (3 groups + 3/5 of 15-19)
        // = 21,000 − 3,600 = 17,400 of 34,800 persons = 0.5; ratio 0.40 / 0.5 = 0.80
        SdgObservation xa = find(report, SdgSeries.SG_DMK_PARLMP_LC, "XA");
        assertThat(xa.value()).contains(new BigDecimal("0.80"));
        assertThat(xa.component("female_population_at_or_above_eligibility_age")).hasValueSatisfying(
                v -> assertThat(v).isEqualByComparingTo("17400"));
        assertThat(xa.component("population_at_or_above_eligibility_age")).hasValueSatisfying(
                v -> assertThat(v).isEqualByComparingTo("34800"));
        assertThat(xa.notes()).anyMatch(n -> n.contains("default for lower and single chambers"));
        // XB lower: 10 / 50 = 0.2; women are 1,500 / 2,500 = 0.6 of every age: ratio 0.33
        assertThat(find(report, SdgSeries.SG_DMK_PARLMP_LC, "XB").value()).contains(new BigDecimal("0.33"));
        // region one from raw counts: (50 / 150) / ((17,400 + 26,100) / (34,800 + 43,500)) = 0.3333 / 0.5556 = 0.60;
        // the mean of the two ratios would be 0.57
        SdgObservation one = find(report, SdgSeries.SG_DMK_PARLMP_LC, "one");
        assertThat(one.value()).contains(new BigDecimal("0.60"));
        assertThat(one.component("chambers")).contains(BigDecimal.valueOf(2));
        // XA upper, age of eligibility recorded as 30: 10 / 50 = 0.2; women aged 30 or over 15,000 of 30,000: 0.40
        SdgObservation upper = find(report, SdgSeries.SG_DMK_PARLMP_UC, "XA");
        assertThat(upper.value()).contains(new BigDecimal("0.40"));
        assertThat(upper.component("eligibility_age")).contains(BigDecimal.valueOf(30));
        // XF upper: no age of eligibility recorded, and no population
        SdgObservation xf = find(report, SdgSeries.SG_DMK_PARLMP_UC, "XF");
        assertThat(xf.value()).isEmpty();
        assertThat(xf.missingReason().orElseThrow()).contains("age of eligibility: not recorded for this upper chamber")
                .contains("population by age and sex of XF");
    }

    @Test
    void youthRatioWhereMembersAgesAreRecordedAndTheReasonWhereNot() {
        SdgReport report = report(List.of(SdgSeries.SG_DMK_PARLYR_LC), 2020);
        // XA: 25 % of members aged 45 or under; persons aged 18 to 45: (9 groups + 1/5 of 45-49) − (3 groups + 3/5 of
        // 15-19) = 9,200 − 3,600 = 5,600 per sex, 11,200 of 42,000 = 0.2667; ratio 0.25 / 0.2667 = 0.94
        SdgObservation xa = find(report, SdgSeries.SG_DMK_PARLYR_LC, "XA");
        assertThat(xa.value()).contains(new BigDecimal("0.94"));
        assertThat(xa.component("members_aged_45_or_under")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("25"));
        assertThat(xa.component("population_from_eligibility_age_to_45")).hasValueSatisfying(
                v -> assertThat(v).isEqualByComparingTo("11200"));
        SdgObservation xb = find(report, SdgSeries.SG_DMK_PARLYR_LC, "XB");
        assertThat(xb.missingReason().orElseThrow()).startsWith("members aged 45 or under: not recorded");
        // the region's ratio sums only XA, the one chamber with every input
        SdgObservation one = find(report, SdgSeries.SG_DMK_PARLYR_LC, "one");
        assertThat(one.value()).contains(new BigDecimal("0.94"));
        assertThat(one.notes().get(0)).contains("1 chamber").contains("2 listed chambers have no value");
    }

    @Test
    void referenceDatesAndYearsWithoutOne() {
        SdgService service = service(registry());
        assertThat(service.referenceDate(SdgSeries.SG_GEN_PARL, 2020)).contains(LocalDate.of(2020, 1, 1));
        assertThat(service.referenceDate(SdgSeries.SG_GEN_PARL, 2019)).contains(LocalDate.of(2019, 2, 1));
        assertThat(service.referenceDate(SdgSeries.SG_GEN_PARL, 2013)).contains(LocalDate.of(2013, 2, 1));
        assertThat(service.referenceDate(SdgSeries.SG_GEN_PARL, 2008)).contains(LocalDate.of(2008, 1, 29));
        assertThat(service.referenceDate(SdgSeries.SG_GEN_PARL, 1997)).contains(LocalDate.of(1997, 1, 1));
        assertThat(service.referenceDate(SdgSeries.SG_GEN_PARL, 1996)).isEmpty();
        assertThat(service.referenceDate(SdgSeries.SG_DMK_PARLMP_LC, 2019)).isEmpty();
        assertThatThrownBy(() -> service.report(List.of(SdgSeries.SG_GEN_PARL), 1996, EntityRecord.LATEST))
                .isInstanceOf(SdgUnavailableException.class).hasMessageContaining("before 1997");
        assertThatThrownBy(() -> service.report(List.of(SdgSeries.SG_DMK_PARLMP_LC), 2019, EntityRecord.LATEST))
                .isInstanceOf(SdgUnavailableException.class).hasMessageContaining("16.7.1(a)");
        assertThat(service.report(List.of(), 2019, EntityRecord.LATEST).series())
                .containsExactly(SdgSeries.SG_GEN_PARL, SdgSeries.SG_GEN_PARLN, SdgSeries.SG_GEN_PARLNT);
        assertThatThrownBy(() -> service.report(List.of(), 1990, EntityRecord.LATEST))
                .isInstanceOf(SdgUnavailableException.class).hasMessageContaining("before 1997");
        assertThatThrownBy(() -> service.report(List.of(), 2027, EntityRecord.LATEST))
                .isInstanceOf(SdgUnavailableException.class).hasMessageContaining("still to come");
        assertThat(service.report(List.of(), 2026, EntityRecord.LATEST).series()).containsExactly(SdgSeries.values());
    }

    @Test
    void aDocumentedAbsenceOfACountIsListedWithItsReason() {
        SyntheticRegistry registry = registry();
        registry.fact(EntityRef.chamber("XB-LC01"), "current_women_number", LocalDate.of(2019, 6, 1),
                FactValue.missing(FactValue.NO_INFORMATION));
        SdgReport report = service(registry).report(List.of(SdgSeries.SG_GEN_PARL), 2020, EntityRecord.LATEST);
        assertThat(find(report, SdgSeries.SG_GEN_PARL, "XB").missingReason()).contains("women: No information available");
        assertThat(find(report, SdgSeries.SG_GEN_PARL, "one").value()).contains(new BigDecimal("40.00"));
    }

    /** A catalogue with only the IPU regions of the synthetic registry. */
    private static final class Regions implements FieldCatalogue {
        @Override
        public String version() {
            return "test";
        }

        @Override
        public List<Field> fields() {
            return List.of();
        }

        @Override
        public Optional<Field> field(EntityType entity, String id) {
            return Optional.empty();
        }

        @Override
        public List<Field> fields(EntityType entity) {
            return List.of();
        }

        @Override
        public List<Taxonomy> taxonomies() {
            return List.of(new Taxonomy("ipu_region", Map.of("en", "IPU region"), List.of(
                    new Taxonomy.Term("one", Map.of("en", "Region one")), new Taxonomy.Term("two", Map.of("en", "Region two")))));
        }

        @Override
        public Optional<Taxonomy> taxonomy(String id) {
            return taxonomies().stream().filter(t -> t.id().equals(id)).findFirst();
        }
    }
}
