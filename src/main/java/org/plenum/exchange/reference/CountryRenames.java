package org.plenum.exchange.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plenum.exchange.csv.CsvFile;
import org.plenum.exchange.csv.CsvRow;

/**
 * The names IPU printed for a country before its current one, with the last day each held
 * ({@code exchange/country-renames.csv}: a small curated list, each row with its sources): Swaziland until 18 April
 * 2018, The former Yugoslav Republic of Macedonia until 13 February 2019, Turkey until 31 May 2022, Czech Republic
 * to the end of the month of IPU's last bundled file that names it so (March 2023). A ranking of a past month prints the name of
 * that month ({@link CountryNameFacts} states {@code country_name} with its valid time from this list).
 */
final class CountryRenames {

    static final String RESOURCE = "/exchange/country-renames.csv";

    /** One former name: English as IPU printed it, French, the last day it held, and why that day. */
    record FormerName(String english, String french, LocalDate until, String source) {
    }

    private static final Map<String, List<FormerName>> BY_CODE = load();

    private CountryRenames() {
    }

    /** The country's former names, oldest first; empty for a country that kept its name. */
    static List<FormerName> of(String alpha2) {
        return BY_CODE.getOrDefault(alpha2, List.of());
    }

    private static Map<String, List<FormerName>> load() {
        CsvFile file = CsvFile.bundled(RESOURCE);
        if (!file.malformedRows().isEmpty()) {
            throw new IllegalStateException("the bundled " + RESOURCE + " has malformed rows: " + file.malformedRows());
        }
        Map<String, List<FormerName>> byCode = new LinkedHashMap<>();
        for (CsvRow row : file.rows()) {
            byCode.computeIfAbsent(row.get("code"), c -> new ArrayList<>()).add(new FormerName(row.get("name_en"),
                    row.get("name_fr"), LocalDate.parse(row.get("until")), row.get("source")));
        }
        byCode.values().forEach(names -> names.sort(Comparator.comparing(FormerName::until)));
        return Map.copyOf(byCode);
    }
}
