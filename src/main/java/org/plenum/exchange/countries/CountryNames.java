package org.plenum.exchange.countries;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.plenum.exchange.csv.CsvFile;
import org.plenum.exchange.csv.CsvRow;

/**
 * Matches the country names that IPU and other sources write to country codes. Matching is explicit:
 * a name matches when, after {@link #normalise(String) normalisation} (case, accents, spacing), it
 * equals one of the names listed in the bundled reference files (IPU's own names in
 * {@code ipu-regions.csv}; the UN/ISO names in {@code country-codes.csv}) or in the alias list
 * {@code exchange/country-aliases.csv}, where every further spelling, former name and former country
 * is written out with its code. There is no fuzzy matching: an unknown name is reported, not guessed.
 */
public final class CountryNames {

    private final Map<String, String> codesByName;

    private CountryNames(Map<String, String> codesByName) {
        this.codesByName = Map.copyOf(codesByName);
    }

    /** The names from the bundled reference files and aliases. */
    public static CountryNames bundled() {
        Map<String, String> names = new HashMap<>();
        for (CsvRow row : rows("/dataset/reference/country-codes.csv")) {
            String code = row.get("ISO3166-1-Alpha-2");
            if (code.isEmpty()) {
                continue;
            }
            for (String column : List.of("official_name_en", "UNTERM English Short", "CLDR display name")) {
                String name = row.get(column);
                if (!name.isEmpty()) {
                    names.putIfAbsent(normalise(name), code);
                }
            }
        }
        // IPU's own names and the explicit aliases win over the UN/ISO names.
        for (CsvRow row : rows("/dataset/reference/ipu-regions.csv")) {
            names.put(normalise(row.get("country_ipu_name")), row.get("iso2"));
        }
        for (CsvRow row : rows("/exchange/country-aliases.csv")) {
            names.put(normalise(row.get("name")), row.get("code"));
        }
        return new CountryNames(names);
    }

    /** The code of the country of this name, or empty when the name is not known. */
    public Optional<String> code(String name) {
        return Optional.ofNullable(codesByName.get(normalise(name)));
    }

    /** Lower case, without accents, trimmed, with runs of spaces and apostrophe variants folded. */
    static String normalise(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.replace('\u2019', '\'').replace('\u00a0', ' ')
                .trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static List<CsvRow> rows(String resource) {
        CsvFile file = CsvFile.bundled(resource);
        if (!file.malformedRows().isEmpty()) {
            throw new IllegalStateException("the bundled " + resource + " has malformed rows: " + file.malformedRows());
        }
        return file.rows();
    }
}
