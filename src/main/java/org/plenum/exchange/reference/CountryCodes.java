package org.plenum.exchange.reference;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.plenum.exchange.csv.CsvFile;
import org.plenum.exchange.csv.ReaderOutput;

/**
 * Which ISO 3166-1 alpha-2 code goes with an alpha-3 code, which alpha-2 codes exist, and the UN/ISO
 * names of each country in English and French. Built from the rows of {@code country-codes.csv}, plus
 * Kosovo, which has no ISO code: Plenum uses the user-assigned {@code XK}, and the World Bank and the UN
 * population data write it {@code XKX}.
 */
final class CountryCodes {

    private static final String KOSOVO = "XK";
    private static final String KOSOVO_ALPHA3 = "XKX";
    private static final String BUNDLED = "/dataset/reference/country-codes.csv";
    private static volatile CountryCodes bundled;

    /** A country's names in {@code country-codes.csv}: English (never blank), French (blank when none). */
    record Names(String english, String french, String source) {
    }

    private final Map<String, String> alpha2ByAlpha3 = new HashMap<>();
    private final Set<String> alpha2 = new HashSet<>();
    private final Map<String, Names> names = new LinkedHashMap<>();

    CountryCodes() {
        add(KOSOVO_ALPHA3, KOSOVO);
    }

    void add(String alpha3, String alpha2Code) {
        alpha2ByAlpha3.put(alpha3, alpha2Code);
        alpha2.add(alpha2Code);
    }

    void add(String alpha2Code) {
        alpha2.add(alpha2Code);
    }

    void names(String alpha2Code, Names countryNames) {
        names.put(alpha2Code, countryNames);
    }

    Optional<String> alpha2Of(String alpha3) {
        return Optional.ofNullable(alpha2ByAlpha3.get(alpha3));
    }

    boolean knowsAlpha2(String code) {
        return alpha2.contains(code);
    }

    /** The names of the country, when its row gave an English name. */
    Optional<Names> names(String alpha2Code) {
        return Optional.ofNullable(names.get(alpha2Code));
    }

    /** Every country with names, by alpha-2 code, in the order of the file. */
    Map<String, Names> allNames() {
        return Map.copyOf(names);
    }

    /** The codes of the {@code country-codes.csv} bundled with Plenum (read once). */
    static CountryCodes bundled() {
        CountryCodes codes = bundled;
        if (codes == null) {
            codes = load();
            bundled = codes;
        }
        return codes;
    }

    private static CountryCodes load() {
        ReaderOutput ignored = new ReaderOutput();
        CountryCodes codes = CountryCodesFile.read(CsvFile.bundled(BUNDLED), ignored);
        if (!ignored.rejected().isEmpty()) {
            throw new IllegalStateException("the bundled " + BUNDLED + " has rejected rows: " + ignored.rejected());
        }
        return codes;
    }
}
