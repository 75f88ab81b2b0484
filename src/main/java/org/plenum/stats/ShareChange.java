package org.plenum.stats;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;

/**
 * How a ranked country's share of women and rank changed since an earlier month's ranking (computed as known
 * at the same time). Only for a country ranked in both months.
 *
 * @param since          the earlier month (the previous month, or the same month a year before)
 * @param earlierPercent the share then (rounded as published)
 * @param earlierRank    the rank then
 * @param percentPoints  share now − share then, in percentage points, from the rounded shares
 * @param ranksGained    rank then − rank now: positive when the country moved up
 */
public record ShareChange(YearMonth since, BigDecimal earlierPercent, int earlierRank, BigDecimal percentPoints,
                          int ranksGained) {
    public ShareChange {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(earlierPercent, "earlierPercent");
        Objects.requireNonNull(percentPoints, "percentPoints");
    }
}
