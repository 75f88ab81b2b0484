package org.plenum.stats;

import java.util.Objects;
import java.util.Optional;

/**
 * The IPU region and sub-region a country of a month's ranking belongs to on the month's first day (what the
 * ranking page filters by, and what the averages are taken over).
 *
 * @param countryCode e.g. {@code RW}
 * @param region      term of the taxonomy {@code ipu_region}; empty when the country has none
 * @param subRegion   term of the taxonomy {@code ipu_subregion}; empty when the country has none
 */
public record CountryArea(String countryCode, Optional<String> region, Optional<String> subRegion) {

    public CountryArea {
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(subRegion, "subRegion");
    }

    /** Whether the country is in {@code area}: always for the world, else by its region or sub-region. */
    public boolean in(Area area) {
        return switch (area.kind()) {
            case WORLD -> true;
            case REGION -> region.filter(area.id()::equals).isPresent();
            case SUB_REGION -> subRegion.filter(area.id()::equals).isPresent();
        };
    }
}
