package org.plenum.exchange.reference;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.plenum.exchange.csv.Cells;
import org.plenum.exchange.csv.CsvFile;
import org.plenum.exchange.csv.CsvLayout;
import org.plenum.exchange.csv.CsvRow;
import org.plenum.exchange.csv.ReaderOutput;
import org.plenum.registry.EntityDeclaration;
import org.plenum.registry.EntityRef;
import org.plenum.registry.FactValue;
import org.plenum.registry.ValidTime;

/**
 * {@code population-by-age-sex.csv} (UN World Population Prospects): the population of each country
 * by sex and 5-year age group, on 1 July of the row's year.
 *
 * <ul>
 *   <li>Facts {@code population_female_<age>} and {@code population_male_<age>}, the age group
 *       written {@code 00_04}, {@code 05_09}, … {@code 95_99}, {@code 100_plus}; in persons: the
 *       file's thousands × 1000, rounded half-up to a whole number (the file has 0.5-person
 *       precision, e.g. {@code 0.1095} is 109.5 persons, imported as 110).</li>
 *   <li>Facts {@code population_total} and {@code population_women} per country and year: the exact
 *       sum of the file's values for all 42 groups (resp. the 21 female ones), then rounded half-up
 *       once; so they can differ by a person or two from the sum of the rounded groups. They are
 *       only computed when all 42 groups of that country and year were accepted; otherwise the
 *       country's first row is rejected with the list of what is missing. Their source names the
 *       rows summed ({@code population-by-age-sex.csv rows 2-43}).</li>
 *   <li>Valid time: {@code ValidTime.from(<year>-07-01)}, the mid-year population.</li>
 *   <li>The country is found by {@code iso3} through {@code country-codes.csv} (the one in the same
 *       import, or else the bundled one; {@code XKX} is Kosovo, {@code XK}); an area without an ISO
 *       alpha-2 code is rejected.</li>
 * </ul>
 */
final class PopulationFile {

    static final CsvLayout LAYOUT = CsvLayout.of("population-by-age-sex.csv",
            "iso3", "year", "sex", "age_group", "population_thousands");

    /** The age groups of the file, in order, with the suffix of their field. */
    static final Map<String, String> AGE_GROUPS = ageGroups();
    private static final List<String> SEXES = List.of("female", "male");
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private PopulationFile() {
    }

    private static Map<String, String> ageGroups() {
        Map<String, String> groups = new LinkedHashMap<>();
        for (int from = 0; from < 100; from += 5) {
            groups.put(from + "-" + (from + 4), String.format("%02d_%02d", from, from + 4));
        }
        groups.put("100+", "100_plus");
        return groups;
    }

    /** The accepted values of one country in one year. */
    private static final class CountryYear {
        final List<CsvRow> rows = new ArrayList<>();
        final Map<String, BigDecimal> thousandsByField = new LinkedHashMap<>();
        final List<String> problems = new ArrayList<>();
    }

    static void read(CsvFile file, CountryCodes codes, ReaderOutput out) {
        Map<String, CountryYear> byCountryYear = new LinkedHashMap<>();
        for (CsvRow row : file.rows()) {
            String iso3 = row.get("iso3");
            Optional<String> iso2 = codes.alpha2Of(iso3);
            if (iso2.isEmpty()) {
                out.reject(row.reject("iso3", "'" + iso3 + "' has no ISO 3166-1 alpha-2 code, so no country to attach the population to"));
                continue;
            }
            String year = row.get("year");
            if (!YEAR.matcher(year).matches()) {
                out.reject(row.reject("year", "'" + year + "' is not a year"));
                continue;
            }
            CountryYear group = byCountryYear.computeIfAbsent(iso2.get() + " " + year, k -> new CountryYear());
            group.rows.add(row);
            String sex = row.get("sex");
            String age = AGE_GROUPS.get(row.get("age_group"));
            if (!SEXES.contains(sex)) {
                out.reject(row.reject("sex", "'" + sex + "' is not a sex of the file (female or male)"));
                continue;
            }
            if (age == null) {
                out.reject(row.reject("age_group", "'" + row.get("age_group") + "' is not a 5-year age group (0-4, 5-9, … 95-99, 100+)"));
                continue;
            }
            String field = "population_" + sex + "_" + age;
            if (group.thousandsByField.containsKey(field)) {
                out.reject(row.reject("age_group", iso3 + " " + year + " " + sex + " " + row.get("age_group")
                        + " is on an earlier row already"));
                continue;
            }
            Optional<BigDecimal> thousands = new Cells(row, out.rejected())
                    .decimal("population_thousands", BigDecimal.ZERO, BigDecimal.valueOf(10_000_000));
            if (row.isBlank("population_thousands")) {
                out.reject(row.reject("population_thousands", "the population is missing"));
            }
            if (thousands.isEmpty()) {
                continue;
            }
            group.thousandsByField.put(field, thousands.get());
            EntityRef country = EntityRef.country(iso2.get());
            out.declare(EntityDeclaration.of(country));
            out.fact(country, field, midYear(year), FactValue.of(persons(thousands.get())), row.source());
        }
        byCountryYear.forEach((key, group) -> totals(key, group, out));
    }

    private static void totals(String key, CountryYear group, ReaderOutput out) {
        String iso2 = key.substring(0, key.indexOf(' '));
        String year = key.substring(key.indexOf(' ') + 1);
        List<String> missing = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal women = BigDecimal.ZERO;
        for (String sex : SEXES) {
            for (Map.Entry<String, String> age : AGE_GROUPS.entrySet()) {
                BigDecimal value = group.thousandsByField.get("population_" + sex + "_" + age.getValue());
                if (value == null) {
                    missing.add(sex + " " + age.getKey());
                    continue;
                }
                total = total.add(value);
                if (sex.equals("female")) {
                    women = women.add(value);
                }
            }
        }
        CsvRow first = group.rows.get(0);
        if (!missing.isEmpty()) {
            out.reject(first.rejectWhole("population_total and population_women of " + iso2 + " in " + year
                    + " not computed: no accepted value for " + String.join(", ", missing)));
            return;
        }
        int from = group.rows.stream().mapToInt(CsvRow::number).min().orElseThrow();
        int to = group.rows.stream().mapToInt(CsvRow::number).max().orElseThrow();
        String source = first.file() + " rows " + from + "-" + to;
        EntityRef country = EntityRef.country(iso2);
        out.fact(country, "population_total", midYear(year), FactValue.of(persons(total)), source);
        out.fact(country, "population_women", midYear(year), FactValue.of(persons(women)), source);
    }

    private static ValidTime midYear(String year) {
        return ValidTime.from(LocalDate.of(Integer.parseInt(year), 7, 1));
    }

    private static long persons(BigDecimal thousands) {
        return thousands.multiply(THOUSAND).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
