package org.plenum.exchange.reference;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
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
 * {@code country-codes.csv} (datasets/country-codes): one country entity per row, identified by its
 * ISO 3166-1 alpha-2 code, whether independent or not (territories are declared too, so that the
 * other files can refer to them). Facts, all {@link ValidTime#always()}:
 * <ul>
 *   <li>{@code country_name}, written by {@link CountryNameFacts} (it merges these names with IPU's):
 *       the French {@code official_name_fr}, and the English {@code official_name_en} where IPU has no
 *       name of its own for the country; for CI, where the file's {@code official_name_en} reads "Ivory
 *       Coast" instead of the UN name, the {@code CLDR display name} (as CHAMBERS-SOURCES.md does);</li>
 *   <li>{@code iso_alpha3_code};</li>
 *   <li>{@code iso_numeric_code} and {@code m49_code}: three digits, zero-padded as ISO and the UN
 *       write them (the file drops the leading zeros: Afghanistan {@code 4} becomes {@code 004}).</li>
 * </ul>
 * A row without a valid alpha-2 code, or repeating one, is rejected whole; an invalid alpha-3 or
 * numeric code is rejected alone and the rest of the row is kept.
 */
final class CountryCodesFile {

    static final CsvLayout LAYOUT = CsvLayout.of("country-codes.csv",
            "FIFA", "Dial", "ISO3166-1-Alpha-3", "MARC", "is_independent", "ISO3166-1-numeric", "GAUL", "FIPS", "WMO",
            "ISO3166-1-Alpha-2", "ITU", "IOC", "DS", "UNTERM Spanish Formal", "Global Code", "Intermediate Region Code",
            "official_name_fr", "UNTERM French Short", "ISO4217-currency_name", "UNTERM Russian Formal",
            "UNTERM English Short", "ISO4217-currency_alphabetic_code", "Small Island Developing States (SIDS)",
            "UNTERM Spanish Short", "ISO4217-currency_numeric_code", "UNTERM Chinese Formal", "UNTERM French Formal",
            "UNTERM Russian Short", "M49", "Sub-region Code", "Region Code", "official_name_ar",
            "ISO4217-currency_minor_unit", "UNTERM Arabic Formal", "UNTERM Chinese Short",
            "Land Locked Developing Countries (LLDC)", "Intermediate Region Name", "official_name_es",
            "UNTERM English Formal", "official_name_cn", "official_name_en", "ISO4217-currency_country_name",
            "Least Developed Countries (LDC)", "Region Name", "UNTERM Arabic Short", "Sub-region Name",
            "official_name_ru", "Global Name", "Capital", "Continent", "TLD", "Languages", "Geoname ID",
            "CLDR display name", "EDGAR", "wikidata_id");

    static final String ALPHA2 = "ISO3166-1-Alpha-2";
    static final String ALPHA3 = "ISO3166-1-Alpha-3";
    static final String NUMERIC = "ISO3166-1-numeric";
    static final String M49 = "M49";
    static final String NAME_EN = "official_name_en";
    static final String NAME_FR = "official_name_fr";
    static final String CLDR_NAME = "CLDR display name";

    /** Countries whose {@code official_name_en} in the file is not the UN name; the CLDR name is used. */
    private static final Set<String> ENGLISH_NAME_FROM_CLDR = Set.of("CI");

    static final Pattern ALPHA2_CODE = Pattern.compile("[A-Z]{2}");
    static final Pattern ALPHA3_CODE = Pattern.compile("[A-Z]{3}");
    private static final Pattern NUMERIC_CODE = Pattern.compile("[0-9]{1,3}");

    private CountryCodesFile() {
    }

    /**
     * Declares the countries and their code facts into {@code out}; returns the codes and names of the rows
     * accepted (the names become facts through {@link CountryNameFacts}).
     */
    static CountryCodes read(CsvFile file, ReaderOutput out) {
        CountryCodes codes = new CountryCodes();
        Set<String> seen = new HashSet<>();
        for (CsvRow row : file.rows()) {
            Cells cells = new Cells(row, out.rejected());
            String alpha2 = row.get(ALPHA2);
            if (!ALPHA2_CODE.matcher(alpha2).matches()) {
                out.reject(row.reject(ALPHA2, alpha2.isEmpty()
                        ? "no ISO 3166-1 alpha-2 code: the country cannot be identified"
                        : "'" + alpha2 + "' is not an ISO 3166-1 alpha-2 code (two capital letters)"));
                continue;
            }
            if (!seen.add(alpha2)) {
                out.reject(row.reject(ALPHA2, "the code " + alpha2 + " is on an earlier row already"));
                continue;
            }
            EntityRef country = EntityRef.country(alpha2);
            out.declare(EntityDeclaration.of(country));
            String source = row.source();

            String english = ENGLISH_NAME_FROM_CLDR.contains(alpha2) || row.isBlank(NAME_EN)
                    ? row.get(CLDR_NAME) : row.get(NAME_EN);
            if (english.isEmpty()) {
                cells.reject(NAME_EN, "no English name (neither official_name_en nor CLDR display name)");
            } else {
                codes.names(alpha2, new CountryCodes.Names(english, row.get(NAME_FR), source));
            }

            String alpha3 = row.get(ALPHA3);
            if (ALPHA3_CODE.matcher(alpha3).matches()) {
                codes.add(alpha3, alpha2);
                out.fact(country, "iso_alpha3_code", ValidTime.always(), FactValue.of(alpha3), source);
            } else if (!alpha3.isEmpty()) {
                cells.reject(ALPHA3, "'" + alpha3 + "' is not an ISO 3166-1 alpha-3 code (three capital letters)");
            }
            codes.add(alpha2);
            threeDigits(cells, NUMERIC).ifPresent(code ->
                    out.fact(country, "iso_numeric_code", ValidTime.always(), FactValue.of(code), source));
            threeDigits(cells, M49).ifPresent(code ->
                    out.fact(country, "m49_code", ValidTime.always(), FactValue.of(code), source));
        }
        return codes;
    }

    private static Optional<String> threeDigits(Cells cells, String column) {
        String text = cells.text(column);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (!NUMERIC_CODE.matcher(text).matches()) {
            cells.reject(column, "'" + text + "' is not a numeric country code (one to three digits)");
            return Optional.empty();
        }
        return Optional.of("0".repeat(3 - text.length()) + text);
    }
}
