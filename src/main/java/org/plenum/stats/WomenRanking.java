package org.plenum.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The ranking of women in national parliaments for one month, by IPU's method: the situation on the first day
 * of the month, countries ranked by the share of women in their lower or single chamber (standard competition
 * ranking on the share rounded as IPU publishes it, ties listed alphabetically by IPU's country names), then
 * the countries whose figures are not available, without rank, then the suspended parliaments. See
 * {@code docs/decisions/0010-women-ranking-method.md}.
 *
 * @param month         the month
 * @param referenceDate the first day of the month: the figures are those true on that day
 * @param knownAt       the record time the ranking was computed at ("as published then"); empty for
 *                      everything published so far
 * @param publication   the publication number of the data it was computed from
 * @param rows          ranked rows, then unranked, then suspended, in table order
 */
public record WomenRanking(YearMonth month, LocalDate referenceDate, Optional<Instant> knownAt, long publication,
                           List<WomenRankingRow> rows) {

    public WomenRanking {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(referenceDate, "referenceDate");
        Objects.requireNonNull(knownAt, "knownAt");
        rows = List.copyOf(rows);
    }

    public List<WomenRankingRow> rows(Standing standing) {
        return rows.stream().filter(r -> r.standing() == standing).toList();
    }

    public Optional<WomenRankingRow> row(String countryCode) {
        return rows.stream().filter(r -> r.countryCode().equals(countryCode)).findFirst();
    }
}
