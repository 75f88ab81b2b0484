package org.plenum.stats.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.plenum.stats.ShareChange;
import org.plenum.stats.Standing;
import org.plenum.stats.WomenRankingRow;

/** Adds to a month's rows the change in share and rank since earlier months' tables. */
public final class RankingChanges {

    private RankingChanges() {
    }

    /**
     * @param previousMonth the previous month's table, when there is data for that month
     * @param yearBefore    the table of the same month a year before, when there is data for it
     */
    public static List<WomenRankingRow> rows(MonthTable table, YearMonth month, Optional<MonthTable> previousMonth,
                                             Optional<MonthTable> yearBefore) {
        List<WomenRankingRow> rows = new ArrayList<>(table.countries().size());
        for (ListedCountry country : table.countries()) {
            WomenRankingRow row = country.row();
            rows.add(new WomenRankingRow(row.position(), row.countryCode(), row.countryName(), row.countryNameFrench(),
                    row.standing(), row.rank(), row.ditto(), row.trueRank(), row.denseRank(), row.lowerChamber(),
                    row.upperChamber(), change(row, previousMonth, month.minusMonths(1)),
                    change(row, yearBefore, month.minusYears(1))));
        }
        return rows;
    }

    private static Optional<ShareChange> change(WomenRankingRow now, Optional<MonthTable> earlier, YearMonth since) {
        if (now.standing() != Standing.RANKED) {
            return Optional.empty();
        }
        return earlier.flatMap(table -> table.row(now.countryCode()))
                .filter(then -> then.standing() == Standing.RANKED)
                .map(then -> new ShareChange(since, then.womenPercent().orElseThrow(), then.rank().getAsInt(),
                        now.womenPercent().orElseThrow().subtract(then.womenPercent().orElseThrow()),
                        then.rank().getAsInt() - now.rank().getAsInt()));
    }
}
