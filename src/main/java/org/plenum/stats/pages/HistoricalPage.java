package org.plenum.stats.pages;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.plenum.stats.Area;

/**
 * The historical series of women in parliament: the share of women in the world (and each IPU region) on 1
 * January of every year from the first year with figures, over lower and single chambers, upper chambers and all
 * chambers, as the averages page computes it for that month.
 *
 * @param years  one point per year, oldest first
 * @param areas  the world, then the IPU regions, in the order of the values of each point
 */
public record HistoricalPage(List<Point> years, List<Area> areas) {

    /**
     * One year's figures.
     *
     * @param month     January of the year
     * @param lower     share of women in lower and single chambers, by area (same order as {@code areas})
     * @param upper     share in upper chambers, world only
     * @param all       share in all chambers, world only
     * @param chambers  lower and single chambers with a known gender breakdown in the world figure
     */
    public record Point(YearMonth month, List<Optional<BigDecimal>> lower, Optional<BigDecimal> upper, Optional<BigDecimal> all,
                 int chambers) {
    }
}
