package org.plenum.stats.pages;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.plenum.stats.Area;
import org.plenum.stats.MonthRange;
import org.plenum.stats.WomenRanking;
import org.plenum.stats.WomenRankingRow;

/**
 * What the women ranking page shows: one month's ranking, filtered by an IPU region or sub-region, with the
 * choices of its month picker and filters.
 *
 * @param ranking    the whole month's ranking (the world's: ranks are the world ranks whatever the filter)
 * @param rows       the rows the filter keeps, in table order
 * @param months     the months that have a ranking (the month picker's range)
 * @param region     the region filtered by, if any
 * @param subRegion  the sub-region filtered by, if any
 * @param regions    every IPU region
 * @param subRegions the IPU sub-regions with a listed country that month, with the region each lies in
 * @param knownAt    the record time asked for ({@code known_at}), when not "everything published so far"
 */
public record RankingPage(WomenRanking ranking, List<WomenRankingRow> rows, MonthRange months, Optional<Area> region,
                   Optional<Area> subRegion, List<Area> regions, List<SubRegion> subRegions, Optional<Instant> knownAt) {

    /** A sub-region and the region it lies in (by its countries that month). */
    public record SubRegion(Area area, String region) {
    }

    public YearMonth month() {
        return ranking.month();
    }

    public long ranked() {
        return rows.stream().filter(r -> r.rank().isPresent()).count();
    }
}
