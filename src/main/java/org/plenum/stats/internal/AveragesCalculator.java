package org.plenum.stats.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.plenum.registry.ShareOfWomen;
import org.plenum.stats.Area;
import org.plenum.stats.ChamberFigures;
import org.plenum.stats.ChamberGroup;
import org.plenum.stats.WomenAverage;

/**
 * Sums the chambers of a month's table by area: the world, each IPU region, each IPU sub-region. A chamber
 * counts when its numbers of members and of women are both known and it is not suspended; the share is the sum of women over the sum
 * of seats, never an average of percentages.
 */
public final class AveragesCalculator {

    private AveragesCalculator() {
    }

    /**
     * @param regions    the IPU regions, in the order to list them
     * @param subRegions the IPU sub-regions, in the order to list them
     */
    public static List<WomenAverage> averages(MonthTable table, List<Area> regions, List<Area> subRegions) {
        List<WomenAverage> averages = new ArrayList<>();
        averages.addAll(forArea(table, Area.world(), c -> true));
        for (Area region : regions) {
            averages.addAll(forArea(table, region, c -> c.region().filter(region.id()::equals).isPresent()));
        }
        for (Area subRegion : subRegions) {
            averages.addAll(forArea(table, subRegion, c -> c.subRegion().filter(subRegion.id()::equals).isPresent()));
        }
        return averages;
    }

    /** Countries of the table with no IPU region. */
    public static List<String> countriesWithoutRegion(MonthTable table) {
        return table.countries().stream().filter(c -> c.region().isEmpty()).map(c -> c.row().countryCode()).toList();
    }

    private static List<WomenAverage> forArea(MonthTable table, Area area, Function<ListedCountry, Boolean> inArea) {
        Sum lower = new Sum();
        Sum upper = new Sum();
        for (ListedCountry country : table.countries()) {
            if (!inArea.apply(country)) {
                continue;
            }
            lower.add(Optional.of(country.row().lowerChamber()));
            upper.add(country.row().upperChamber());
        }
        Sum all = new Sum();
        all.add(lower);
        all.add(upper);
        return List.of(lower.average(area, ChamberGroup.LOWER), upper.average(area, ChamberGroup.UPPER),
                all.average(area, ChamberGroup.ALL));
    }

    private static final class Sum {
        private int chambers;
        private long seats;
        private long women;

        void add(Optional<ChamberFigures> chamber) {
            if (chamber.isPresent() && chamber.get().genderBreakdownKnown() && !chamber.get().suspended()) {
                chambers++;
                seats += chamber.get().members().value().getAsLong();
                women += chamber.get().women().value().getAsLong();
            }
        }

        void add(Sum other) {
            chambers += other.chambers;
            seats += other.seats;
            women += other.women;
        }

        WomenAverage average(Area area, ChamberGroup group) {
            Optional<BigDecimal> percent = seats > 0 ? Optional.of(ShareOfWomen.percent(women, seats)) : Optional.empty();
            return new WomenAverage(area, group, chambers, seats, women, seats - women, percent);
        }
    }
}
