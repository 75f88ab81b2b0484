package org.plenum.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * World and regional shares of women in parliament for one month, over the chambers of the month's women
 * ranking: for the world, each IPU region and each IPU sub-region, and for lower and single, upper and all
 * chambers.
 *
 * @param averages                the world first, then the regions and the sub-regions in taxonomy order,
 *                                each for {@link ChamberGroup#LOWER}, {@link ChamberGroup#UPPER} and
 *                                {@link ChamberGroup#ALL}
 * @param countriesWithoutRegion  countries counted in the world average that have no IPU region (so that a
 *                                reader can see why the regions do not add up to the world)
 */
public record WomenAverages(YearMonth month, LocalDate referenceDate, Optional<Instant> knownAt, long publication,
                            List<WomenAverage> averages, List<String> countriesWithoutRegion) {

    public WomenAverages {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(referenceDate, "referenceDate");
        Objects.requireNonNull(knownAt, "knownAt");
        averages = List.copyOf(averages);
        countriesWithoutRegion = List.copyOf(countriesWithoutRegion);
    }

    public Optional<WomenAverage> average(String areaId, ChamberGroup chambers) {
        return averages.stream().filter(a -> a.area().id().equals(areaId) && a.chambers() == chambers).findFirst();
    }
}
