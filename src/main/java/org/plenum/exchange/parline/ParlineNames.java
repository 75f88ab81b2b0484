package org.plenum.exchange.parline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenum.exchange.csv.CsvFile;
import org.plenum.exchange.csv.CsvRow;

/**
 * Parline's names where they differ from Plenum's, as data: {@code exchange/parline-names.csv} (per collection: the
 * attribute that holds the record's code, the one that names its parent, Parline's name of a Plenum field, the parts
 * of a composed field, the fields Plenum computes) and {@code exchange/parline-terms.csv} (Parline's taxonomy terms
 * where Plenum's differ). A name that is not listed is Plenum's own.
 */
final class ParlineNames {

    /** What an attribute of a Parline record is to Plenum. */
    enum Role {
        ID, PARENT, FIELD, COMPUTED, GIVEN_NAME, FAMILY_NAME, BIRTH_YEAR, BIRTH_MONTH, BIRTH_DAY, SEATS_PER_PARTIES
    }

    record Name(String resource, String parlineName, String plenumName, Role role) {
    }

    private final Map<String, Name> byResourceAndName;
    private final Map<String, String> terms;

    private ParlineNames(Map<String, Name> byResourceAndName, Map<String, String> terms) {
        this.byResourceAndName = Map.copyOf(byResourceAndName);
        this.terms = Map.copyOf(terms);
    }

    static ParlineNames bundled() {
        Map<String, Name> names = new HashMap<>();
        for (CsvRow row : rows("/exchange/parline-names.csv")) {
            Name name = new Name(row.get("resource"), row.get("parline_name"), row.get("plenum_name"),
                    Role.valueOf(row.get("role").toUpperCase(java.util.Locale.ROOT)));
            names.put(name.resource() + "/" + name.parlineName(), name);
        }
        Map<String, String> terms = new HashMap<>();
        for (CsvRow row : rows("/exchange/parline-terms.csv")) {
            terms.put(row.get("taxonomy") + "/" + row.get("parline_term"), row.get("plenum_term"));
        }
        return new ParlineNames(names, terms);
    }

    Optional<Name> name(String resource, String parlineName) {
        return Optional.ofNullable(byResourceAndName.get(resource + "/" + parlineName));
    }

    /** The attributes that may hold a record's code or its parent's, in the order of the list. */
    List<String> namesWithRole(String resource, Role role) {
        return byResourceAndName.values().stream()
                .filter(n -> n.resource().equals(resource) && n.role() == role)
                .map(Name::parlineName)
                .sorted()
                .toList();
    }

    /** Plenum's term for a Parline term that Plenum's taxonomy names differently. */
    Optional<String> term(String taxonomy, String parlineTerm) {
        return Optional.ofNullable(terms.get(taxonomy + "/" + parlineTerm));
    }

    private static List<CsvRow> rows(String resource) {
        CsvFile file = CsvFile.bundled(resource);
        if (!file.malformedRows().isEmpty()) {
            throw new IllegalStateException("the bundled " + resource + " has malformed rows: " + file.malformedRows());
        }
        return file.rows();
    }
}
