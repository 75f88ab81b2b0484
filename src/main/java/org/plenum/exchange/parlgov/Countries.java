package org.plenum.exchange.parlgov;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.plenum.exchange.csv.Cells;
import org.plenum.exchange.csv.CsvFile;
import org.plenum.exchange.csv.CsvRow;
import org.plenum.exchange.csv.InvalidCell;
import org.plenum.exchange.csv.ReaderOutput;
import org.plenum.registry.EntityDeclaration;
import org.plenum.registry.EntityRef;

/**
 * {@code datacore__Country.csv}: ParlGov's country ids and their ISO 3166-1 alpha-2 codes. Each
 * country is declared (no facts: names and codes come from the reference files).
 */
final class Countries {

    private static final Pattern ALPHA2 = Pattern.compile("[A-Z]{2}");

    private Countries() {
    }

    /** ISO alpha-2 code by ParlGov country id, for the rows accepted. */
    static Map<Long, String> read(CsvFile file, ReaderOutput out) {
        Map<Long, String> iso2ById = new HashMap<>();
        for (CsvRow row : file.rows()) {
            Cells cells = new Cells(row, out.rejected());
            try {
                long id = cells.requiredCount("id");
                String iso2 = cells.requiredText("code_iso2");
                if (!ALPHA2.matcher(iso2).matches()) {
                    throw new InvalidCell("code_iso2", "'" + iso2 + "' is not an ISO 3166-1 alpha-2 code (two capital letters)");
                }
                if (iso2ById.containsKey(id)) {
                    throw new InvalidCell("id", "the country id " + id + " is on an earlier row already");
                }
                if (iso2ById.containsValue(iso2)) {
                    throw new InvalidCell("code_iso2", "the code " + iso2 + " is on an earlier row already");
                }
                iso2ById.put(id, iso2);
                out.declare(EntityDeclaration.of(EntityRef.country(iso2)));
            } catch (InvalidCell e) {
                out.reject(row.reject(e));
            }
        }
        return iso2ById;
    }
}
