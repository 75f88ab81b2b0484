package org.plenum.stats.sdg;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.plenum.stats.SdgArea;
import org.plenum.stats.SdgObservation;
import org.plenum.stats.SdgSeries;

/**
 * Regional and world values from raw counts: the named components of the country observations that have a value
 * (members, women, persons) are summed over each IPU region and over the world, and the aggregate is computed from
 * the sums, never averaged from the countries' values. A country observation without a value contributes nothing;
 * the aggregate says how many chambers it sums and how many it could not. A country without a recorded region
 * counts in the world only.
 */
final class Aggregation {

    static final String CHAMBERS = "chambers";

    /**
     * How a series aggregates.
     *
     * @param summed  the components summed
     * @param compute from the sums, the aggregate's value and any further components (shares) to show
     */
    record Rule(List<String> summed, Function<Map<String, BigDecimal>, Computed> compute) {
    }

    record Computed(BigDecimal value, List<SdgObservation.Component> derived) {
    }

    /** A country observation and the region its country belongs to. */
    record Contribution(SdgObservation observation, Optional<SdgArea> region) {
    }

    private Aggregation() {
    }

    static List<SdgObservation> aggregate(SdgSeries series, List<Contribution> contributions, Rule rule) {
        Map<String, SdgArea> regions = new TreeMap<>();
        Map<String, List<SdgObservation>> byRegion = new LinkedHashMap<>();
        for (Contribution c : contributions) {
            c.region().ifPresent(region -> {
                regions.put(region.code(), region);
                byRegion.computeIfAbsent(region.code(), k -> new ArrayList<>()).add(c.observation());
            });
        }
        List<SdgObservation> out = new ArrayList<>();
        regions.values().stream().sorted(Comparator.comparing(SdgArea::name))
                .forEach(region -> out.add(aggregate(series, region, byRegion.get(region.code()), rule)));
        out.add(aggregate(series, SdgArea.world(), contributions.stream().map(Contribution::observation).toList(), rule));
        return out;
    }

    private static SdgObservation aggregate(SdgSeries series, SdgArea area, List<SdgObservation> countries, Rule rule) {
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        rule.summed().forEach(name -> sums.put(name, BigDecimal.ZERO));
        int included = 0;
        for (SdgObservation country : countries) {
            if (country.value().isEmpty()) {
                continue;
            }
            included++;
            for (String name : rule.summed()) {
                BigDecimal part = country.component(name).orElseThrow(() -> new IllegalStateException(
                        series + " " + country.area().code() + " has a value but no component " + name));
                sums.merge(name, part, BigDecimal::add);
            }
        }
        int without = countries.size() - included;
        List<String> notes = new ArrayList<>();
        notes.add("sum over the " + included + " chamber" + (included == 1 ? "" : "s") + " of " + area.name()
                + " with a value" + (without == 0 ? "" : "; " + without + " listed chamber" + (without == 1 ? " has" : "s have")
                + " no value and " + (without == 1 ? "is" : "are") + " not included"));
        List<SdgObservation.Component> components = new ArrayList<>();
        components.add(new SdgObservation.Component(CHAMBERS, BigDecimal.valueOf(included)));
        if (included == 0) {
            return SdgObservation.missing(series, area, Optional.empty(), "no chamber of " + area.name()
                    + " has the figures this series needs on the reference date", components, notes, List.of());
        }
        sums.forEach((name, sum) -> components.add(new SdgObservation.Component(name, sum)));
        Computed computed = rule.compute().apply(sums);
        components.addAll(computed.derived());
        return SdgObservation.of(series, area, Optional.empty(), computed.value(), components, notes, List.of());
    }
}
