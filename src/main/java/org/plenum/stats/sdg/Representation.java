package org.plenum.stats.sdg;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenum.registry.EntityRecord;
import org.plenum.registry.TimedValue;
import org.plenum.stats.SdgObservation;
import org.plenum.stats.SdgObservation.Component;
import org.plenum.stats.SdgSeries;

/**
 * SDG 16.7.1(a), per chamber (lower or single: {@code _LC}; upper: {@code _UC}) on the reference date, as the
 * indicator's UN metadata defines it:
 * <ul>
 *   <li>women ({@code SG_DMK_PARLMP_*}): (women / members) / (women aged at or above the age of eligibility /
 *       persons aged at or above it);</li>
 *   <li>youth ({@code SG_DMK_PARLYR_*}): (members aged 45 or under / members) / ((persons aged 45 or under − persons
 *       under the age of eligibility) / all persons). The denominator's base is the whole population, as in the
 *       metadata's formula.</li>
 * </ul>
 * The population is the country's, by five-year group, apportioned by whole years as {@link Population} explains;
 * the age of eligibility as {@link EligibilityAge} explains. Members aged 45 or under come from the chamber's
 * {@code total_younger_45_percentage} (members aged 45 or under, in percent); their number is that percentage of the
 * members, rounded to a whole member. Regional and world ratios are computed from the sums of the members, women,
 * young members and persons of the chambers with a value ({@link Aggregation}), never from the countries' ratios.
 *
 * <p>A chamber whose inputs are not all in Plenum is listed without a value, and the reason names every missing
 * input. Nothing is estimated.
 */
final class Representation {

    static final String WOMEN = "women";
    static final String MEMBERS = "members";
    static final String AGE = "eligibility_age";
    static final String FEMALE_POPULATION = "female_population_at_or_above_eligibility_age";
    static final String POPULATION = "population_at_or_above_eligibility_age";
    static final String YOUNG_MEMBERS = "members_aged_45_or_under";
    static final String YOUNG_POPULATION = "population_from_eligibility_age_to_45";
    static final String TOTAL_POPULATION = "population_total";
    static final String YOUNGER_45_FIELD = "total_younger_45_percentage";
    private static final int YOUTH_AGE = 45;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final RegistryAtDate at;
    private final Areas areas;
    private final Map<String, Optional<Population>> populations = new HashMap<>();

    Representation(RegistryAtDate at, Areas areas) {
        this.at = at;
        this.areas = areas;
    }

    List<SdgObservation> observations(SdgSeries series, List<SdgChamber> chambers) {
        List<Aggregation.Contribution> countries = new ArrayList<>();
        for (SdgChamber chamber : chambers) {
            if (chamber.kind() == series.chamber()) {
                countries.add(new Aggregation.Contribution(chamberValue(series, chamber), areas.region(chamber.country())));
            }
        }
        List<SdgObservation> out = new ArrayList<>(countries.stream().map(Aggregation.Contribution::observation).toList());
        out.addAll(Aggregation.aggregate(series, countries, rule(series)));
        return out;
    }

    private static Aggregation.Rule rule(SdgSeries series) {
        if (series.group() == SdgSeries.Group.WOMEN) {
            return new Aggregation.Rule(List.of(WOMEN, MEMBERS, FEMALE_POPULATION, POPULATION),
                    sums -> womenRatio(sums.get(WOMEN), sums.get(MEMBERS), sums.get(FEMALE_POPULATION), sums.get(POPULATION)));
        }
        return new Aggregation.Rule(List.of(YOUNG_MEMBERS, MEMBERS, YOUNG_POPULATION, TOTAL_POPULATION),
                sums -> youthRatio(Rounding.share(sums.get(YOUNG_MEMBERS), sums.get(MEMBERS)), sums.get(YOUNG_POPULATION),
                        sums.get(TOTAL_POPULATION)));
    }

    private SdgObservation chamberValue(SdgSeries series, SdgChamber chamber) {
        List<String> missing = new ArrayList<>();
        List<String> notes = new ArrayList<>(chamber.notes());
        List<String> sources = new ArrayList<>(chamber.composition().sources());
        List<Component> components = new ArrayList<>();

        Optional<SdgChamber.Counted> counted = chamber.counted();
        if (counted.isEmpty()) {
            missing.add("members and women: " + ((SdgChamber.Unknown) chamber.composition()).reason());
        }
        Optional<BigDecimal> youngShare = Optional.empty();
        if (series.group() == SdgSeries.Group.AGED_45_OR_UNDER) {
            Optional<TimedValue> step = at.value(chamber.chamber(), YOUNGER_45_FIELD);
            youngShare = at.present(chamber.chamber(), YOUNGER_45_FIELD).map(BigDecimal::new);
            if (youngShare.isEmpty()) {
                missing.add("members aged 45 or under: not recorded for this chamber on the reference date (field "
                        + YOUNGER_45_FIELD + "; no source bundled with Plenum gives members' ages)");
            } else {
                sources.add(step.orElseThrow().source());
            }
        }
        Optional<EligibilityAge> age = Optional.empty();
        EligibilityAge.Resolution resolution = EligibilityAge.of(at, chamber);
        if (resolution instanceof EligibilityAge.Known known) {
            age = Optional.of(known.age());
            notes.add(known.age().note());
            known.age().source().ifPresent(sources::add);
            components.add(new Component(AGE, BigDecimal.valueOf(known.age().years())));
            if (series.group() == SdgSeries.Group.AGED_45_OR_UNDER && known.age().years() > YOUTH_AGE) {
                missing.add("the age of eligibility (" + known.age().years() + ") is above 45: no population aged "
                        + "between it and 45");
            }
        } else {
            missing.add(((EligibilityAge.Unknown) resolution).reason());
        }
        Optional<Population> population = population(chamber.country());
        if (population.isEmpty()) {
            missing.add("population by age and sex of " + chamber.country().code() + ": no estimate valid on "
                    + at.asOf() + " (Plenum holds UN World Population Prospects figures from their mid-year date on)");
        } else {
            notes.add("population: estimate valid from " + population.get().statedOn());
            sources.addAll(population.get().sources());
        }

        if (!missing.isEmpty()) {
            return SdgObservation.missing(series, areas.country(chamber.country()), Optional.of(chamber.code()),
                    String.join("; ", missing), components, notes, sources);
        }
        SdgChamber.Counted c = counted.orElseThrow();
        Population p = population.orElseThrow();
        int years = age.orElseThrow().years();
        BigDecimal members = BigDecimal.valueOf(c.members());
        components.clear();
        Aggregation.Computed computed;
        if (series.group() == SdgSeries.Group.WOMEN) {
            BigDecimal women = BigDecimal.valueOf(c.women());
            BigDecimal femaleEligible = p.femaleTotal().subtract(p.femaleBelow(years));
            BigDecimal eligible = p.total().subtract(p.below(years));
            components.addAll(List.of(new Component(WOMEN, women), new Component(MEMBERS, members),
                    new Component(AGE, BigDecimal.valueOf(years)), new Component(FEMALE_POPULATION, femaleEligible),
                    new Component(POPULATION, eligible)));
            computed = womenRatio(women, members, femaleEligible, eligible);
        } else {
            BigDecimal share = youngShare.orElseThrow().divide(HUNDRED);
            BigDecimal young = share.multiply(members).setScale(0, RoundingMode.HALF_UP);
            BigDecimal youngPopulation = p.below(YOUTH_AGE + 1).subtract(p.below(years));
            components.addAll(List.of(new Component(YOUNG_MEMBERS, young), new Component(MEMBERS, members),
                    new Component(AGE, BigDecimal.valueOf(years)), new Component(YOUNG_POPULATION, youngPopulation),
                    new Component(TOTAL_POPULATION, p.total())));
            notes.add("members aged 45 or under: " + youngShare.get().toPlainString() + " % of " + c.members()
                    + " members (" + YOUNGER_45_FIELD + "), " + young.toPlainString() + " members");
            computed = youthRatio(share, youngPopulation, p.total());
        }
        components.addAll(computed.derived());
        return SdgObservation.of(series, areas.country(chamber.country()), Optional.of(chamber.code()), computed.value(),
                components, notes, sources);
    }

    private Optional<Population> population(EntityRecord country) {
        return populations.computeIfAbsent(country.code(), code -> Population.of(at, country));
    }

    static Aggregation.Computed womenRatio(BigDecimal women, BigDecimal members, BigDecimal femaleEligible,
                                           BigDecimal eligible) {
        BigDecimal inChamber = Rounding.share(women, members);
        BigDecimal inPopulation = Rounding.share(femaleEligible, eligible);
        return new Aggregation.Computed(Rounding.ratio(inChamber, inPopulation), List.of(
                new Component("women_share_of_members_percent", Rounding.percent(women, members)),
                new Component("women_share_of_population_percent", Rounding.percent(femaleEligible, eligible))));
    }

    static Aggregation.Computed youthRatio(BigDecimal youngShareOfMembers, BigDecimal youngPopulation,
                                           BigDecimal totalPopulation) {
        BigDecimal inPopulation = Rounding.share(youngPopulation, totalPopulation);
        return new Aggregation.Computed(Rounding.ratio(youngShareOfMembers, inPopulation), List.of(
                new Component("share_of_members_aged_45_or_under_percent",
                        youngShareOfMembers.multiply(HUNDRED).setScale(Rounding.DECIMALS, RoundingMode.HALF_UP)),
                new Component("share_of_population_from_eligibility_age_to_45_percent",
                        Rounding.percent(youngPopulation, totalPopulation))));
    }
}
