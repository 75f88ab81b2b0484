package org.plenum.exchange.parlgov;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.plenum.exchange.csv.Cells;
import org.plenum.exchange.csv.CsvFile;
import org.plenum.exchange.csv.CsvRow;
import org.plenum.exchange.csv.InvalidCell;
import org.plenum.exchange.csv.ReaderOutput;
import org.plenum.registry.EntityDeclaration;
import org.plenum.registry.EntityRef;
import org.plenum.registry.EntityType;
import org.plenum.registry.FactValue;
import org.plenum.registry.ValidTime;

/**
 * {@code parties__Party.csv} and {@code parties__PartyFamily.csv}: political parties.
 *
 * <p>Each party is the entity {@code PG{id}} (parent: its country), with the facts, all
 * {@link ValidTime#always()}: {@code party_name} ({@code name}, ParlGov's name in the original
 * language, romanised for non-Latin scripts; {@code name_nonlatin} and {@code name_ascii} are not
 * imported), {@code party_name_english}, {@code party_abbreviation} ({@code name_short}),
 * {@code party_family} (the {@code short} of the family's code in {@code datacore__Code.csv}, e.g.
 * {@code soc}), {@code foundation_date}, {@code dissolution_date} and {@code country_code}.
 *
 * <ul>
 *   <li>Every party of the table is imported, also those that only ran in European Parliament
 *       elections: a party exists in its country whatever election it ran in.</li>
 *   <li>ParlGov's collective entries are parties of the table too, and are imported as such, so that
 *       an election's results add up: "no party affiliation" ({@code none}), "others"
 *       ({@code etc}), "one seat" and "no seat" (small parties grouped). Their family is ParlGov's
 *       {@code none} ("no family").</li>
 *   <li>Family {@code code} ("to be coded") is not a family: the fact is
 *       {@code FactValue.Missing("No information available")}, annotated.</li>
 *   <li>Dates are imported as ParlGov writes them. Many foundation dates are 1 July, which looks like
 *       ParlGov's way to write a year only; without a statement of ParlGov saying so they are kept as
 *       full dates.</li>
 *   <li>{@code parties__PartyFamily.csv} lists further classifications of some parties (e.g.
 *       {@code all}, electoral alliance; {@code pop}, populist). Plenum's {@code party_family} holds one
 *       family, the main one of the party table, so these rows are checked (known party, known family)
 *       but give no facts. The bundled table repeats one pair (party 428, family 39, ids 61 and 62):
 *       the repetition is rejected.</li>
 * </ul>
 * A row with a bad id or an unknown country is rejected whole; a bad family or date is rejected alone.
 */
final class Parties {

    /** A party accepted: its ParlGov id, its Plenum code, its country and its short name. */
    record Party(long id, String code, String iso2, String shortName) {
        EntityRef ref() {
            return new EntityRef(EntityType.POLITICAL_PARTY, code);
        }
    }

    /** The parties accepted, and the ids of those rejected with their row. */
    record Table(Map<Long, Party> accepted, Map<Long, Integer> rejectedRows) {
    }

    private static final String TO_BE_CODED = "code";

    private Parties() {
    }

    static Table read(CsvFile file, Map<Long, String> countries, ParlGovCodes codes, ReaderOutput out) {
        Map<Long, Party> parties = new HashMap<>();
        Map<Long, Integer> rejected = new HashMap<>();
        for (CsvRow row : file.rows()) {
            Cells cells = new Cells(row, out.rejected());
            Long id = null;
            try {
                id = cells.requiredCount("id");
                if (parties.containsKey(id) || rejected.containsKey(id)) {
                    id = null;
                    throw new InvalidCell("id", "the party id " + row.get("id") + " is on an earlier row already");
                }
                long countryId = cells.requiredCount("country");
                String iso2 = countries.get(countryId);
                if (iso2 == null) {
                    throw new InvalidCell("country", "unknown country id " + countryId + " (not in datacore__Country.csv)");
                }
                Party party = new Party(id, "PG" + id, iso2, row.get("name_short"));
                parties.put(id, party);
                int mark = out.mark();
                facts(party, cells, codes, out);
                if (out.rejectedSince(mark)) {
                    // a rejected cell rejects the row (docs/decisions/0028): the party and its results are left out
                    parties.remove(id);
                    rejected.put(id, row.number());
                    out.withdraw(EntityDeclaration.of(party.ref(), EntityRef.country(iso2)));
                }
            } catch (InvalidCell e) {
                out.reject(row.reject(e));
                if (id != null) {
                    rejected.put(id, row.number());
                }
            }
        }
        return new Table(parties, rejected);
    }

    private static void facts(Party party, Cells cells, ParlGovCodes codes, ReaderOutput out) {
        EntityRef ref = party.ref();
        EntityRef country = EntityRef.country(party.iso2());
        out.declare(EntityDeclaration.of(country));
        out.declare(EntityDeclaration.of(ref, country));
        String source = cells.row().source();
        ValidTime always = ValidTime.always();
        cells.optionalText("name").ifPresent(name -> out.fact(ref, "party_name", always, FactValue.of(name), source));
        cells.optionalText("name_english").ifPresent(name ->
                out.fact(ref, "party_name_english", always, FactValue.of(name), source));
        cells.optionalText("name_short").ifPresent(name ->
                out.fact(ref, "party_abbreviation", always, FactValue.of(name), source));
        family(cells, codes).ifPresent(family -> {
            if (family.equals(TO_BE_CODED)) {
                out.fact(ref, "party_family", always, FactValue.missing(FactValue.NO_INFORMATION),
                        "ParlGov has not yet coded the family of this party (family 'to be coded').", source);
            } else {
                out.fact(ref, "party_family", always, FactValue.of(family), source);
            }
        });
        Optional<LocalDate> founded = cells.date("foundation_date");
        Optional<LocalDate> dissolved = cells.date("dissolution_date");
        founded.ifPresent(date -> out.fact(ref, "foundation_date", always, FactValue.of(date.toString()), source));
        if (dissolved.isPresent() && founded.isPresent() && dissolved.get().isBefore(founded.get())) {
            cells.reject("dissolution_date", "the party is dissolved (" + dissolved.get() + ") before it is founded ("
                    + founded.get() + ")");
        } else {
            dissolved.ifPresent(date -> out.fact(ref, "dissolution_date", always, FactValue.of(date.toString()), source));
        }
        out.fact(ref, "country_code", always, FactValue.of(party.iso2()), source);
    }

    private static Optional<String> family(Cells cells, ParlGovCodes codes) {
        Optional<Long> id = cells.count("family");
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Optional<ParlGovCodes.Code> code = codes.code(ParlGovCodes.PARTY_FAMILY, id.get());
        if (code.isEmpty()) {
            cells.reject("family", "unknown party family code " + id.get() + " (not a party_family of datacore__Code.csv)");
        }
        return code.map(ParlGovCodes.Code::shortName);
    }

    /** Checks the rows of {@code parties__PartyFamily.csv}; they give no facts (see the class comment). */
    static void readFamilies(CsvFile file, Table parties, ParlGovCodes codes, ReaderOutput out) {
        Set<String> seen = new HashSet<>();
        for (CsvRow row : file.rows()) {
            Cells cells = new Cells(row, out.rejected());
            try {
                cells.requiredCount("id");
                long party = cells.requiredCount("party");
                long family = cells.requiredCount("family");
                if (!parties.accepted().containsKey(party)) {
                    throw new InvalidCell("party", unknownParty(party, parties));
                }
                if (codes.code(ParlGovCodes.PARTY_FAMILY, family).isEmpty()) {
                    throw new InvalidCell("family", "unknown party family code " + family + " (not a party_family of datacore__Code.csv)");
                }
                if (!seen.add(party + " " + family)) {
                    throw new InvalidCell("family", "party " + party + " has family " + family + " on an earlier row already");
                }
            } catch (InvalidCell e) {
                out.reject(row.reject(e));
            }
        }
    }

    static String unknownParty(long id, Table parties) {
        Integer row = parties.rejectedRows().get(id);
        return row == null
                ? "unknown party id " + id + " (not in parties__Party.csv)"
                : "party id " + id + " was rejected (parties__Party.csv row " + row + ")";
    }
}
