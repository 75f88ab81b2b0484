package org.plenum.exchange.parlgov;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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
 * {@code elections__ElectionResult.csv}: the result of one party in one election.
 *
 * <ul>
 *   <li>Results of European Parliament elections are left out with their election (not rejected, not
 *       counted in {@code rowsRead}: 1,881 rows of the bundled file).</li>
 *   <li>Entity {@code {election}-P{party code}}, e.g. {@code ES-LC01-E19770615-PPG1393} (parent: the
 *       election); facts, all {@link ValidTime#always()}: {@code election_code}, {@code political_party},
 *       {@code seats}, {@code votes}, {@code vote_share} (percent, written as in the file without
 *       trailing zeros).</li>
 *   <li>A blank cell gives no fact: ParlGov leaves seats, votes or vote share blank where its sources
 *       give none (e.g. votes in early elections) and on one side of an alliance. Such a result still
 *       records that the party ran.</li>
 *   <li>Alliances: ParlGov gives an electoral alliance its own party and result row; the row of each
 *       member party names that row in {@code alliance}. Which side carries the figures varies: in Spain
 *       2019 the alliance Unidas Podemos has a blank row and its members have the seats and votes;
 *       elsewhere the alliance has them and the members are blank. Both rows are imported as they are;
 *       the member's {@code political_party} fact is annotated with the alliance it ran in. Figures are
 *       never moved or added up between the rows (in the bundled data the seats of an election never
 *       add up to more than its {@code seats_total}, so nothing is counted twice), and the alliance
 *       totals that ParlGov keeps in {@code data_json} are not imported. An {@code alliance} that is
 *       not another result of the same election is rejected alone.</li>
 *   <li>Rejected whole: a bad id, an unknown or rejected election or party, a party of another country
 *       than the election's, a second result of the same party in the same election. Rejected alone:
 *       a negative or malformed number, {@code seats} above the election's {@code seats_total},
 *       {@code vote_share} outside 0–100. When the election has no {@code seats_total} (blank or
 *       rejected), its results' seats cannot be checked against it and are taken as they are.</li>
 *   <li>{@code party_id_source}, {@code person} and the notes are not imported.</li>
 * </ul>
 */
final class ElectionResults {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ElectionResults() {
    }

    /** An accepted result: row, entity and the alliance row it names (if any). */
    private record Accepted(CsvRow row, long id, long election, EntityRef ref, Parties.Party party,
                            Optional<Long> alliance, String source, EntityDeclaration declaration) {
    }

    /** Reads the results; returns how many rows were left out because their election is a European one. */
    static int read(CsvFile file, Elections.Table elections, Parties.Table parties, ReaderOutput out) {
        int european = 0;
        Map<Long, Accepted> byId = new HashMap<>();
        Set<Long> idsSeen = new HashSet<>();
        Set<String> codesSeen = new HashSet<>();
        List<Accepted> accepted = new ArrayList<>();
        for (CsvRow row : file.rows()) {
            Cells cells = new Cells(row, out.rejected());
            try {
                long id = cells.requiredCount("id");
                long electionId = cells.requiredCount("election");
                if (elections.europeanParliament().contains(electionId)) {
                    european++;
                    continue;
                }
                if (!idsSeen.add(id)) {
                    throw new InvalidCell("id", "the result id " + id + " is on an earlier row already");
                }
                Elections.Election election = elections.accepted().get(electionId);
                if (election == null) {
                    Integer rejectedRow = elections.rejectedRows().get(electionId);
                    throw new InvalidCell("election", rejectedRow == null
                            ? "unknown election id " + electionId + " (not in elections__Election.csv)"
                            : "election id " + electionId + " was rejected (elections__Election.csv row " + rejectedRow + ")");
                }
                long partyId = cells.requiredCount("party");
                Parties.Party party = parties.accepted().get(partyId);
                if (party == null) {
                    throw new InvalidCell("party", Parties.unknownParty(partyId, parties));
                }
                if (!party.iso2().equals(election.iso2())) {
                    throw new InvalidCell("party", "party " + party.code() + " is a party of " + party.iso2()
                            + ", the election " + election.code() + " is in " + election.iso2());
                }
                EntityRef ref = new EntityRef(EntityType.ELECTION_RESULT, election.code() + "-" + party.code());
                if (!codesSeen.add(ref.code())) {
                    throw new InvalidCell("party", "party " + partyId + " has a result in election " + electionId
                            + " on an earlier row already");
                }
                int mark = out.mark();
                Accepted result = new Accepted(row, id, electionId, ref, party, cells.count("alliance"), row.source(),
                        EntityDeclaration.of(ref, election.ref()));
                byId.put(id, result);
                accepted.add(result);
                out.declare(result.declaration());
                String source = row.source();
                ValidTime always = ValidTime.always();
                out.fact(ref, "election_code", always, FactValue.of(election.code()), source);
                cells.count("seats").ifPresent(seats -> {
                    if (election.seatsTotal().isPresent() && seats > election.seatsTotal().get()) {
                        cells.reject("seats", seats + " seats, more than the " + election.seatsTotal().get()
                                + " seats of election " + electionId);
                    } else {
                        out.fact(ref, "seats", always, FactValue.of(seats), source);
                    }
                });
                cells.count("votes").ifPresent(votes -> out.fact(ref, "votes", always, FactValue.of(votes), source));
                cells.decimal("vote_share", BigDecimal.ZERO, HUNDRED).ifPresent(share ->
                        out.fact(ref, "vote_share", always, FactValue.of(share.stripTrailingZeros().toPlainString()), source));
                if (out.rejectedSince(mark)) {
                    // a rejected cell rejects the row (docs/decisions/0028)
                    accepted.remove(result);
                    byId.remove(id);
                    out.withdraw(result.declaration());
                }
            } catch (InvalidCell e) {
                out.reject(row.reject(e));
            }
        }
        for (Accepted result : accepted) {
            politicalParty(result, byId, out);
        }
        return european;
    }

    /** The {@code political_party} fact, annotated with the alliance the party ran in. */
    private static void politicalParty(Accepted result, Map<Long, Accepted> byId, ReaderOutput out) {
        String annotation = "";
        if (result.alliance().isPresent()) {
            Accepted alliance = byId.get(result.alliance().get());
            if (alliance == null || alliance.election() != result.election() || alliance.id() == result.id()) {
                out.reject(result.row().reject("alliance", "the alliance " + result.alliance().get()
                        + " is not another accepted result of the same election"));
                out.withdraw(result.declaration());
                return;
            } else {
                annotation = "Ran in the alliance " + alliance.party().code() + " (" + alliance.party().shortName()
                        + "), whose result is " + alliance.ref().code() + ".";
            }
        }
        out.fact(result.ref(), "political_party", ValidTime.always(), FactValue.of(result.party().code()),
                annotation, result.source());
    }
}
