package org.plenum.exchange.parlgov;

import java.util.List;
import org.plenum.exchange.csv.CsvLayout;

/** The ParlGov tables this format reads, each with the exact header of ParlGov's legacy CSV export. */
final class ParlGovTables {

    static final CsvLayout COUNTRY = CsvLayout.of("datacore__Country.csv",
            "id", "name", "name_short", "oecd_accession_date", "eu_accession_date", "code_iso2", "flag", "comment",
            "data_json");
    static final CsvLayout CODE = CsvLayout.of("datacore__Code.csv",
            "id", "table_variable", "order", "short", "name", "description", "wikipedia", "old", "comment");
    static final CsvLayout ELECTION = CsvLayout.of("elections__Election.csv",
            "id", "type", "country", "date", "early", "wikipedia", "dissolution_date", "seats_total", "electorate",
            "votes_cast", "votes_valid", "data_source", "description", "comment", "data_json",
            "previous_parliament_election", "previous_ep_election", "previous_cabinet");
    static final CsvLayout ELECTION_RESULT = CsvLayout.of("elections__ElectionResult.csv",
            "id", "election", "party", "party_id_source", "alliance", "seats", "vote_share", "votes", "person",
            "data_source", "description", "comment", "data_json");
    static final CsvLayout PARTY = CsvLayout.of("parties__Party.csv",
            "id", "country", "family", "name_short", "name_english", "name", "name_ascii", "name_nonlatin", "wikipedia",
            "foundation_date", "dissolution_date", "data_source", "description", "comment", "data_json");
    static final CsvLayout PARTY_FAMILY = CsvLayout.of("parties__PartyFamily.csv", "id", "party", "family");

    static final List<CsvLayout> ALL = List.of(COUNTRY, CODE, ELECTION, ELECTION_RESULT, PARTY, PARTY_FAMILY);
    static final List<CsvLayout> REQUIRED = List.of(COUNTRY, ELECTION, ELECTION_RESULT, PARTY);

    private ParlGovTables() {
    }
}
