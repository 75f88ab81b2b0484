package org.plenum.stats;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The share of women over a group of chambers on a reference date: the sum of women over the sum of seats of
 * the chambers whose numbers of members and of women are both known (never an average of percentages).
 *
 * @param chamberCount chambers with a known gender breakdown
 * @param seats        their members (seats filled), summed
 * @param women        their women members, summed
 * @param men          seats − women
 * @param womenPercent women / seats × 100, rounded as IPU rounds shares; empty when there are no seats
 */
public record WomenAverage(Area area, ChamberGroup chambers, int chamberCount, long seats, long women, long men,
                           Optional<BigDecimal> womenPercent) {
    public WomenAverage {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(chambers, "chambers");
        Objects.requireNonNull(womenPercent, "womenPercent");
        if (men != seats - women) {
            throw new IllegalArgumentException("men must be seats - women");
        }
    }
}
