package org.plenum.stats.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenum.stats.WomenRankingRow;

/**
 * One month's ranking table as computed from the registry (see {@link MonthTableBuilder}), before the changes
 * since earlier months are added.
 */
public final class MonthTable {

    private final LocalDate date;
    private final List<ListedCountry> countries;
    private final Map<String, WomenRankingRow> byCountry = new HashMap<>();

    MonthTable(LocalDate date, List<ListedCountry> countries) {
        this.date = date;
        this.countries = List.copyOf(countries);
        for (ListedCountry country : this.countries) {
            byCountry.put(country.row().countryCode(), country.row());
        }
    }

    public LocalDate date() {
        return date;
    }

    /** The listed countries in table order. */
    public List<ListedCountry> countries() {
        return countries;
    }

    public List<WomenRankingRow> rows() {
        return countries.stream().map(ListedCountry::row).toList();
    }

    public Optional<WomenRankingRow> row(String countryCode) {
        return Optional.ofNullable(byCountry.get(countryCode));
    }
}
