package org.plenum.exchange.reference;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenum.exchange.csv.CsvFile;
import org.plenum.exchange.csv.CsvLayout;
import org.plenum.exchange.csv.CsvRow;
import org.plenum.exchange.csv.ReaderOutput;
import org.plenum.registry.EntityDeclaration;
import org.plenum.registry.EntityRef;
import org.plenum.registry.FactValue;
import org.plenum.registry.ValidTime;

/**
 * {@code income-groups.csv} (World Bank country and lending groups): fact {@code income_group}
 * (taxonomy {@code income_group}: {@code low_income}, {@code lower_middle_income},
 * {@code upper_middle_income}, {@code high_income}) for each economy.
 *
 * <ul>
 *   <li>Valid time: the World Bank fiscal year of the row, {@code FY2026} being
 *       {@code ValidTime.between(2025-07-01, 2026-06-30)}: the classification is set on 1 July and
 *       holds for the fiscal year that ends on 30 June.</li>
 *   <li>The economy is found by its {@code iso3} code through {@code country-codes.csv} (the one in
 *       the same import, or else the bundled one); the World Bank's {@code XKX} is Kosovo, {@code XK}.
 *       A code without an ISO alpha-2 code, such as {@code CHI} (Channel Islands, which ISO splits
 *       into Guernsey and Jersey), is rejected.</li>
 *   <li>A blank income group is the World Bank's own "unclassified":
 *       {@code FactValue.Missing("No information available")}, annotated with the World Bank's note
 *       as SOURCES.md records it (Ethiopia, Venezuela).</li>
 * </ul>
 * {@code economy} and {@code wb_region} are not imported (names come from {@code country-codes.csv};
 * World Bank regions are not a Plenum field).
 */
final class IncomeGroupsFile {

    static final CsvLayout LAYOUT = CsvLayout.of("income-groups.csv",
            "iso3", "economy", "wb_region", "income_group", "fiscal_year");

    private static final Map<String, String> TERMS = Map.of(
            "Low income", "low_income",
            "Lower middle income", "lower_middle_income",
            "Upper middle income", "upper_middle_income",
            "High income", "high_income");

    /** The World Bank's notes on the economies it leaves unclassified, by {@code iso3} and fiscal year (from SOURCES.md). */
    private static final Map<String, String> UNCLASSIFIED_NOTES = Map.of(
            "ETH FY2026", "World Bank, FY2026 notes: \"Ethiopia is currently in a temporary status of unclassification for FY26\".",
            "VEN FY2026", "World Bank, FY2026 notes: Venezuela has been unclassified since FY22 because no data are available.");

    private static final Pattern FISCAL_YEAR = Pattern.compile("FY([0-9]{4})");

    private IncomeGroupsFile() {
    }

    static void read(CsvFile file, CountryCodes codes, ReaderOutput out) {
        Set<String> seen = new HashSet<>();
        for (CsvRow row : file.rows()) {
            String iso3 = row.get("iso3");
            Optional<String> iso2 = codes.alpha2Of(iso3);
            if (iso2.isEmpty()) {
                out.reject(row.reject("iso3", "'" + iso3 + "' (" + row.get("economy")
                        + ") has no ISO 3166-1 alpha-2 code, so no country to attach the income group to"));
                continue;
            }
            Matcher fiscalYear = FISCAL_YEAR.matcher(row.get("fiscal_year"));
            if (!fiscalYear.matches()) {
                out.reject(row.reject("fiscal_year", "'" + row.get("fiscal_year")
                        + "' is not a World Bank fiscal year such as FY2026"));
                continue;
            }
            int year = Integer.parseInt(fiscalYear.group(1));
            if (!seen.add(iso2.get() + " " + year)) {
                out.reject(row.reject("iso3", iso3 + " has an income group for FY" + year + " on an earlier row already"));
                continue;
            }
            ValidTime validTime = ValidTime.between(LocalDate.of(year - 1, 7, 1), LocalDate.of(year, 6, 30));
            String label = row.get("income_group");
            EntityRef country = EntityRef.country(iso2.get());
            if (label.isEmpty()) {
                out.declare(EntityDeclaration.of(country));
                String note = UNCLASSIFIED_NOTES.getOrDefault(iso3 + " FY" + year, "Not classified by the World Bank for FY" + year + ".");
                out.fact(country, "income_group", validTime, FactValue.missing(FactValue.NO_INFORMATION), note, row.source());
            } else if (TERMS.containsKey(label)) {
                out.declare(EntityDeclaration.of(country));
                out.fact(country, "income_group", validTime, FactValue.of(TERMS.get(label)), row.source());
            } else {
                out.reject(row.reject("income_group", "unknown income group '" + label + "' (expected one of "
                        + String.join(", ", TERMS.keySet().stream().sorted().toList()) + ")"));
            }
        }
    }
}
