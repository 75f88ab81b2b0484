package org.plenum.exchange.reference;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.plenum.exchange.csv.CsvFile;
import org.plenum.exchange.csv.CsvRow;

/**
 * Each country's IPU region and World Bank income group as taxonomy terms ({@code europe}, {@code high_income}), read
 * from the bundled reference files themselves ({@code ipu-regions.csv}, {@code income-groups.csv}): for readers
 * that place a respondent before, or without, the registry's dataset being loaded.
 */
public final class CountryGroups {

    private final Map<String, String> regions;
    private final Map<String, String> incomeGroups;

    private CountryGroups(Map<String, String> regions, Map<String, String> incomeGroups) {
        this.regions = regions;
        this.incomeGroups = incomeGroups;
    }

    public static CountryGroups bundled() {
        Map<String, String> regions = new HashMap<>();
        Map<String, String> iso3ToIso2 = new HashMap<>();
        for (CsvRow row : CsvFile.bundled("/dataset/reference/ipu-regions.csv").rows()) {
            iso3ToIso2.put(row.get("iso3"), row.get("iso2"));
            if (!row.get("ipu_region").isBlank()) {
                regions.put(row.get("iso2"), TermIds.fromLabel(row.get("ipu_region")));
            }
        }
        Map<String, String> incomeGroups = new HashMap<>();
        for (CsvRow row : CsvFile.bundled("/dataset/reference/income-groups.csv").rows()) {
            String iso2 = iso3ToIso2.get(row.get("iso3"));
            if (iso2 != null && !row.get("income_group").isBlank()) {
                incomeGroups.put(iso2, TermIds.fromLabel(row.get("income_group")));
            }
        }
        return new CountryGroups(Map.copyOf(regions), Map.copyOf(incomeGroups));
    }

    /** The IPU region of a country (ISO alpha-2), e.g. {@code europe}. */
    public Optional<String> region(String country) {
        return Optional.ofNullable(regions.get(country));
    }

    /** The World Bank income group of a country (ISO alpha-2), e.g. {@code high_income}; none when unclassified. */
    public Optional<String> incomeGroup(String country) {
        return Optional.ofNullable(incomeGroups.get(country));
    }
}
