package org.plenum.exchange.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
 * {@code chambers.csv} (the world's parliaments from the CIA World Factbook, see CHAMBERS-SOURCES.md):
 * one row per chamber.
 *
 * <p>Entities: the parliament {@code {CC}} (parent: the country {@code {CC}}, declared too) and the
 * chamber {@code {CC}-LC01} for a {@code single} or {@code lower} chamber, {@code {CC}-UC02} for an
 * {@code upper} one (parent: the parliament).
 *
 * <p>Facts of the parliament, {@link ValidTime#always()}: {@code parliament_name} ({@code {"en": …}};
 * the file has no French), {@code country_code}. Facts of the chamber, {@link ValidTime#always()}:
 * {@code chamber_name} ({@code {"en": chamber_name_en}}), {@code chamber_name_local}, {@code country_code};
 * and the values that change over time (a parliament can change structure), valid
 * {@link ValidTime#from from} {@value #EDITION}, the date of the Factbook's last data update, which
 * CHAMBERS-SOURCES.md gives as the edition every row comes from: {@code structure_of_parliament}
 * ({@code unicameral}, {@code bicameral}), {@code struct_parl_status} ({@code single} → {@code unicameral},
 * {@code lower} → {@code lower_chamber}, {@code upper} → {@code upper_chamber}), {@code statutory_members_number}
 * ({@code statutory_seats}), {@code parliamentary_term} ({@code term_years}) and
 * {@code electoral_system} ({@code PR} → {@code proportional}, {@code plurality/majority} →
 * {@code plurality_majority}, {@code mixed}, {@code other}, {@code appointed},
 * {@code indirectly elected} → {@code indirectly_elected}).
 *
 * <p>A blank cell gives no fact. Seats and term must be whole numbers above zero (the file already
 * writes Bhutan's "0 years" as blank); a bad value is rejected alone. The rows of one parliament must
 * agree with its structure: a unicameral parliament has exactly one {@code single} row, a bicameral one
 * exactly one {@code lower} and one {@code upper} row, all with the same {@code parliament_name};
 * otherwise every row of that parliament is rejected, with the reason. {@code country} (the name) and
 * {@code source_url_or_repo_path} are not imported.
 */
final class ChambersFile {

    static final CsvLayout LAYOUT = CsvLayout.of("chambers.csv",
            "iso2", "country", "parliament_name", "structure", "chamber_type", "chamber_name_en",
            "chamber_name_local", "statutory_seats", "term_years", "electoral_system", "source_url_or_repo_path");

    /** The World Factbook edition the file was built from: its last data update (CHAMBERS-SOURCES.md). */
    static final String EDITION = "2026-01-22";
    private static final ValidTime FROM_EDITION = ValidTime.from(LocalDate.parse(EDITION));

    private static final Map<String, String> STATUS = Map.of(
            "single", "unicameral", "lower", "lower_chamber", "upper", "upper_chamber");
    private static final Map<String, String> ELECTORAL_SYSTEMS = Map.of(
            "PR", "proportional",
            "plurality/majority", "plurality_majority",
            "mixed", "mixed",
            "other", "other",
            "appointed", "appointed",
            "indirectly elected", "indirectly_elected");

    private ChambersFile() {
    }

    static void read(CsvFile file, CountryCodes codes, ReaderOutput out) {
        Map<String, List<CsvRow>> byParliament = new LinkedHashMap<>();
        for (CsvRow row : file.rows()) {
            String iso2 = row.get("iso2");
            if (!codes.knowsAlpha2(iso2)) {
                out.reject(row.reject("iso2", "unknown ISO 3166-1 alpha-2 code '" + iso2 + "'"));
            } else if (!row.get("structure").equals("unicameral") && !row.get("structure").equals("bicameral")) {
                out.reject(row.reject("structure", "'" + row.get("structure")
                        + "' is not a structure of parliament (unicameral or bicameral)"));
            } else if (!STATUS.containsKey(row.get("chamber_type"))) {
                out.reject(row.reject("chamber_type", "'" + row.get("chamber_type")
                        + "' is not a chamber type (single, lower or upper)"));
            } else {
                byParliament.computeIfAbsent(iso2, k -> new ArrayList<>()).add(row);
            }
        }
        byParliament.forEach((iso2, rows) -> {
            String problem = inconsistency(rows);
            if (problem != null) {
                rows.forEach(row -> out.reject(row.rejectWhole(problem)));
            } else {
                parliament(iso2, rows, out);
            }
        });
    }

    /** Why the rows of one parliament contradict each other, or null when they agree. */
    private static String inconsistency(List<CsvRow> rows) {
        String rowNumbers = rows.stream().map(r -> Integer.toString(r.number())).collect(Collectors.joining(", "));
        String iso2 = rows.get(0).get("iso2");
        if (rows.stream().map(r -> r.get("structure")).distinct().count() > 1) {
            return "the rows of " + iso2 + " (" + rowNumbers + ") disagree on the structure of parliament";
        }
        if (rows.stream().map(r -> r.get("parliament_name")).distinct().count() > 1) {
            return "the rows of " + iso2 + " (" + rowNumbers + ") disagree on the parliament name";
        }
        List<String> types = rows.stream().map(r -> r.get("chamber_type")).sorted().toList();
        String structure = rows.get(0).get("structure");
        List<String> expected = structure.equals("unicameral") ? List.of("single") : List.of("lower", "upper");
        if (!types.equals(expected)) {
            return "a " + structure + " parliament needs exactly the chamber types " + String.join(" and ", expected)
                    + ", but " + iso2 + " has " + String.join(", ", types) + " (rows " + rowNumbers + ")";
        }
        return null;
    }

    private static void parliament(String iso2, List<CsvRow> rows, ReaderOutput out) {
        EntityRef country = EntityRef.country(iso2);
        EntityRef parliament = EntityRef.parliament(iso2);
        out.declare(EntityDeclaration.of(country));
        out.declare(EntityDeclaration.of(parliament, country));
        CsvRow first = rows.get(0);
        if (!first.isBlank("parliament_name")) {
            out.fact(parliament, "parliament_name", ValidTime.always(),
                    FactValue.of(TranslatedText.english(first.get("parliament_name"))), first.source());
        }
        out.fact(parliament, "structure_of_parliament", FROM_EDITION, FactValue.of(first.get("structure")),
                first.source());
        out.fact(parliament, "country_code", ValidTime.always(), FactValue.of(iso2), first.source());
        for (CsvRow row : rows) {
            chamber(iso2, parliament, row, out);
        }
    }

    private static void chamber(String iso2, EntityRef parliament, CsvRow row, ReaderOutput out) {
        String type = row.get("chamber_type");
        EntityRef chamber = EntityRef.chamber(iso2 + (type.equals("upper") ? "-UC02" : "-LC01"));
        out.declare(EntityDeclaration.of(chamber, parliament));
        int mark = out.mark();
        chamberFacts(chamber, type, iso2, row, out);
        if (out.rejectedSince(mark)) {
            // a rejected cell rejects the row (docs/decisions/0028): its facts are left out, and so is a new chamber
            out.withdraw(EntityDeclaration.of(chamber, parliament));
        }
    }

    private static void chamberFacts(EntityRef chamber, String type, String iso2, CsvRow row, ReaderOutput out) {
        String source = row.source();
        Cells cells = new Cells(row, out.rejected());
        if (row.isBlank("chamber_name_en")) {
            cells.reject("chamber_name_en", "the chamber has no English name");
        } else {
            out.fact(chamber, "chamber_name", ValidTime.always(),
                    FactValue.of(TranslatedText.english(row.get("chamber_name_en"))), source);
        }
        cells.optionalText("chamber_name_local").ifPresent(local ->
                out.fact(chamber, "chamber_name_local", ValidTime.always(), FactValue.of(local), source));
        out.fact(chamber, "struct_parl_status", FROM_EDITION, FactValue.of(STATUS.get(type)), source);
        out.fact(chamber, "country_code", ValidTime.always(), FactValue.of(iso2), source);
        cells.positiveCount("statutory_seats", "a chamber cannot have 0 seats").ifPresent(seats ->
                out.fact(chamber, "statutory_members_number", FROM_EDITION, FactValue.of(seats), source));
        cells.positiveCount("term_years", "a term of 0 years is not a term").ifPresent(years ->
                out.fact(chamber, "parliamentary_term", FROM_EDITION, FactValue.of(years), source));
        cells.optionalText("electoral_system").ifPresent(label -> {
            String term = ELECTORAL_SYSTEMS.get(label);
            if (term == null) {
                cells.reject("electoral_system", "unknown electoral system '" + label + "' (expected one of "
                        + String.join(", ", ELECTORAL_SYSTEMS.keySet().stream().sorted().toList()) + ")");
            } else {
                out.fact(chamber, "electoral_system", FROM_EDITION, FactValue.of(term), source);
            }
        });
    }
}
