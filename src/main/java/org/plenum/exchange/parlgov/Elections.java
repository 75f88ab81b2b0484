package org.plenum.exchange.parlgov;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
 * {@code elections__Election.csv}: elections of the lower (or only) chamber of national parliaments.
 *
 * <ul>
 *   <li>Only elections of type {@code parliament} (code 13) are imported. Elections of type
 *       {@code ep} (code 1, European Parliament) elect no national chamber: they are left out by
 *       design, are not rejections, and are not counted in {@code rowsRead} (183 rows of the bundled
 *       file). Any other type is rejected.</li>
 *   <li>Entity {@code {CC}-LC01-E{yyyyMMdd}}, parent the chamber {@code {CC}-LC01}; the chamber (parent
 *       the parliament {@code {CC}}) and the parliament (parent the country) are declared as well, so
 *       that the import works on an empty registry. ParlGov's elections are of the lower chamber.</li>
 *   <li>Facts, all {@link ValidTime#always()}: {@code election_date}, {@code election_type}
 *       ({@code early} when {@code early} is 1, else {@code general}), {@code early_election}
 *       ({@code true}/{@code false}), {@code chamber_code}, {@code seats_total}, {@code electorate},
 *       {@code votes_cast}, {@code votes_valid}; a blank cell gives no fact.</li>
 *   <li>A row with a bad id, type, country or date, or a second election of the same chamber on the same
 *       day, is rejected whole (and so are its results). A bad number is rejected alone.
 *       {@code votes_cast} above {@code electorate} is rejected (Croatia 2020 in the bundled file: 17,360,065
 *       votes cast for an electorate of 3,701,924). {@code votes_valid} above {@code votes_cast} is
 *       accepted: ParlGov counts votes, not voters, in the multi-vote elections where this happens
 *       (Denmark 1903, New Zealand 1902).</li>
 * </ul>
 */
final class Elections {

    private static final DateTimeFormatter CODE_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final String PARLIAMENT = "parliament";
    private static final String EUROPEAN_PARLIAMENT = "ep";

    /** A national election accepted: its ParlGov id, its Plenum code, its country and its size. */
    record Election(long id, String code, String iso2, Optional<Long> seatsTotal) {
        EntityRef ref() {
            return new EntityRef(EntityType.ELECTION, code);
        }
    }

    /**
     * What the election table holds: the national elections accepted, the European Parliament
     * elections left out, and the ids of rows rejected with their row number.
     */
    record Table(Map<Long, Election> accepted, Set<Long> europeanParliament, Map<Long, Integer> rejectedRows) {
    }

    private Elections() {
    }

    static Table read(CsvFile file, Map<Long, String> countries, ParlGovCodes codes, ReaderOutput out) {
        Map<Long, Election> elections = new HashMap<>();
        Set<Long> european = new HashSet<>();
        Map<Long, Integer> rejected = new HashMap<>();
        Set<String> codesSeen = new HashSet<>();
        for (CsvRow row : file.rows()) {
            Cells cells = new Cells(row, out.rejected());
            Long id = null;
            try {
                id = cells.requiredCount("id");
                if (elections.containsKey(id) || european.contains(id) || rejected.containsKey(id)) {
                    id = null;
                    throw new InvalidCell("id", "the election id " + row.get("id") + " is on an earlier row already");
                }
                long type = cells.requiredCount("type");
                String typeName = codes.code(ParlGovCodes.ELECTION_TYPE, type)
                        .map(ParlGovCodes.Code::shortName)
                        .orElseThrow(() -> new InvalidCell("type", "unknown election type " + type
                                + " (not an election_type of datacore__Code.csv)"));
                if (typeName.equals(EUROPEAN_PARLIAMENT)) {
                    european.add(id);
                    continue;
                }
                if (!typeName.equals(PARLIAMENT)) {
                    throw new InvalidCell("type", "election type " + type + " (" + typeName
                            + ") is not a national parliament election");
                }
                long countryId = cells.requiredCount("country");
                String iso2 = countries.get(countryId);
                if (iso2 == null) {
                    throw new InvalidCell("country", "unknown country id " + countryId + " (not in datacore__Country.csv)");
                }
                LocalDate date = cells.requiredDate("date");
                String code = iso2 + "-LC01-E" + date.format(CODE_DATE);
                if (!codesSeen.add(code)) {
                    throw new InvalidCell("date", "a second election of " + iso2 + "-LC01 on " + date);
                }
                Optional<Long> seatsTotal = cells.positiveCount("seats_total", "an election for 0 seats");
                Election election = new Election(id, code, iso2, seatsTotal);
                elections.put(id, election);
                int mark = out.mark();
                facts(election, date, cells, out);
                if (out.rejectedSince(mark)) {
                    // a rejected cell rejects the row (docs/decisions/0028): the election and its results are left out
                    elections.remove(id);
                    rejected.put(id, row.number());
                    out.withdraw(EntityDeclaration.of(election.ref(), EntityRef.chamber(iso2 + "-LC01")));
                }
            } catch (InvalidCell e) {
                out.reject(row.reject(e));
                if (id != null) {
                    rejected.put(id, row.number());
                }
            }
        }
        return new Table(elections, european, rejected);
    }

    private static void facts(Election election, LocalDate date, Cells cells, ReaderOutput out) {
        EntityRef country = EntityRef.country(election.iso2());
        EntityRef parliament = EntityRef.parliament(election.iso2());
        EntityRef chamber = EntityRef.chamber(election.iso2() + "-LC01");
        EntityRef ref = election.ref();
        out.declare(EntityDeclaration.of(country));
        out.declare(EntityDeclaration.of(parliament, country));
        out.declare(EntityDeclaration.of(chamber, parliament));
        out.declare(EntityDeclaration.of(ref, chamber));
        String source = cells.row().source();
        ValidTime always = ValidTime.always();
        out.fact(ref, "election_date", always, FactValue.of(date.toString()), source);
        String early = cells.text("early");
        if (early.equals("0") || early.equals("1")) {
            out.fact(ref, "election_type", always, FactValue.of(early.equals("1") ? "early" : "general"), source);
            out.fact(ref, "early_election", always, FactValue.of(Boolean.toString(early.equals("1"))), source);
        } else {
            cells.reject("early", "'" + early + "' is not 0 (regular election) or 1 (early election)");
        }
        out.fact(ref, "chamber_code", always, FactValue.of(election.iso2() + "-LC01"), source);
        election.seatsTotal().ifPresent(seats -> out.fact(ref, "seats_total", always, FactValue.of(seats), source));
        Optional<Long> electorate = cells.count("electorate");
        Optional<Long> votesCast = cells.count("votes_cast");
        electorate.ifPresent(n -> out.fact(ref, "electorate", always, FactValue.of(n), source));
        if (votesCast.isPresent() && electorate.isPresent() && votesCast.get() > electorate.get()) {
            cells.reject("votes_cast", "more votes cast (" + votesCast.get() + ") than registered voters ("
                    + electorate.get() + ")");
        } else {
            votesCast.ifPresent(n -> out.fact(ref, "votes_cast", always, FactValue.of(n), source));
        }
        cells.count("votes_valid").ifPresent(n -> out.fact(ref, "votes_valid", always, FactValue.of(n), source));
    }
}
