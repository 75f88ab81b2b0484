package org.plenum.exchange.reference;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.plenum.exchange.csv.CsvFile;
import org.plenum.exchange.csv.CsvLayout;
import org.plenum.exchange.csv.CsvRow;
import org.plenum.exchange.csv.ReaderOutput;
import org.plenum.registry.EntityDeclaration;
import org.plenum.registry.EntityRef;
import org.plenum.registry.FactValue;
import org.plenum.registry.ValidTime;

/**
 * {@code ipu-regions.csv}: the IPU region and sub-region of each country, as taxonomy terms
 * ({@code ipu_region}, {@code ipu_subregion}) made from the file's labels by {@link TermIds#fromLabel}
 * ("Sub-Saharan Africa" becomes {@code sub_saharan_africa}). Facts {@code region} and
 * {@code sub_region}, {@link ValidTime#always()}.
 *
 * <p>A blank label gives no fact: the file's SOURCES.md explains that blanks are gaps of its source
 * (sub-regions were not available at all; eight countries had no record in the historical
 * database), not statements that the country has no region. The {@code iso2} and {@code iso3} codes
 * of a row must be a known pair of {@code country-codes.csv}, otherwise the row is rejected.
 * {@code country_ipu_name}, IPU's own name of the country, is returned ({@link IpuNames}) and becomes the
 * English {@code country_name} through {@link CountryNameFacts}; a blank name gives none.
 */
final class IpuRegionsFile {

    static final CsvLayout LAYOUT = CsvLayout.of("ipu-regions.csv",
            "iso2", "iso3", "country_ipu_name", "ipu_region", "ipu_subregion");

    private IpuRegionsFile() {
    }

    /** Declares the countries and their region facts into {@code out}; returns IPU's names of the rows accepted. */
    static IpuNames read(CsvFile file, CountryCodes codes, ReaderOutput out) {
        IpuNames names = new IpuNames();
        Set<String> seen = new HashSet<>();
        for (CsvRow row : file.rows()) {
            String iso2 = row.get("iso2");
            String iso3 = row.get("iso3");
            if (!codes.knowsAlpha2(iso2)) {
                out.reject(row.reject("iso2", "unknown ISO 3166-1 alpha-2 code '" + iso2 + "'"));
                continue;
            }
            Optional<String> expected = codes.alpha2Of(iso3);
            if (expected.isEmpty() || !expected.get().equals(iso2)) {
                out.reject(row.reject("iso3", "'" + iso3 + "' is not the alpha-3 code of " + iso2
                        + expected.map(other -> " (it is the code of " + other + ")").orElse("")));
                continue;
            }
            if (!seen.add(iso2)) {
                out.reject(row.reject("iso2", "the country " + iso2 + " is on an earlier row already"));
                continue;
            }
            EntityRef country = EntityRef.country(iso2);
            out.declare(EntityDeclaration.of(country));
            if (!row.isBlank("country_ipu_name")) {
                names.add(iso2, row.get("country_ipu_name"), row.source());
            }
            term(row, "ipu_region", out).ifPresent(term ->
                    out.fact(country, "region", ValidTime.always(), FactValue.of(term), row.source()));
            term(row, "ipu_subregion", out).ifPresent(term ->
                    out.fact(country, "sub_region", ValidTime.always(), FactValue.of(term), row.source()));
        }
        return names;
    }

    private static Optional<String> term(CsvRow row, String column, ReaderOutput out) {
        String label = row.get(column);
        if (label.isEmpty()) {
            return Optional.empty();
        }
        String term = TermIds.fromLabel(label);
        if (term.isEmpty()) {
            out.reject(row.reject(column, "the label '" + label + "' has no letters or digits to make a term id of"));
            return Optional.empty();
        }
        return Optional.of(term);
    }
}
