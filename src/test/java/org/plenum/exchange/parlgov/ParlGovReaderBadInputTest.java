package org.plenum.exchange.parlgov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.plenum.exchange.ReaderFixtures.fact;
import static org.plenum.exchange.ReaderFixtures.maybeFact;
import static org.plenum.exchange.ReaderFixtures.text;
import static org.plenum.exchange.ReaderFixtures.value;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenum.exchange.InputFile;
import org.plenum.exchange.ParsedFile;
import org.plenum.exchange.RejectedRow;
import org.plenum.exchange.UnusableFileException;
import org.plenum.registry.EntityType;

/**
 * The ParlGov reader on broken input. The tables here are synthetic: a few real rows (Spain, PSOE,
 * PP, the 2019 elections) edited to show one fault each.
 */
class ParlGovReaderBadInputTest {

    private static final String COUNTRY = "id,name,name_short,oecd_accession_date,eu_accession_date,code_iso2,flag,comment,data_json\n"
            + "27,Spain,ESP,1961-08-03,1986-01-01,ES,,,\n"
            + "26,Italy,ITA,1962-03-29,1958-01-01,IT,,,\n";
    private static final String ELECTION_HEADER = "id,type,country,date,early,wikipedia,dissolution_date,seats_total,"
            + "electorate,votes_cast,votes_valid,data_source,description,comment,data_json,previous_parliament_election,"
            + "previous_ep_election,previous_cabinet\n";
    private static final String ELECTION = ELECTION_HEADER
            + "1085,13,27,2019-11-10,1,,,350,37001379,24507715,24258228,boe,,,,,,\n"
            + "1040,1,27,2019-05-26,0,,,54,,,,,,,,,,\n";
    private static final String RESULT_HEADER = "id,election,party,party_id_source,alliance,seats,vote_share,votes,person,"
            + "data_source,description,comment,data_json\n";
    private static final String PARTY = "id,country,family,name_short,name_english,name,name_ascii,name_nonlatin,wikipedia,"
            + "foundation_date,dissolution_date,data_source,description,comment,data_json\n"
            + "902,27,11,PSOE,Spanish Socialist Workers Party,Partido Socialista Obrero Español,,,,1879-07-01,,,,,\n"
            + "645,27,26,PP,People's Party,Partido Popular,,,,1989-01-20,,,,,\n";

    private final ParlGovReader reader = new ParlGovReader();

    private ParsedFile read(String results) {
        return read(ELECTION, results);
    }

    private ParsedFile read(String elections, String results) {
        return reader.read(List.of(text("datacore__Country.csv", COUNTRY), text("elections__Election.csv", elections),
                text("elections__ElectionResult.csv", results), text("parties__Party.csv", PARTY)));
    }

    @Test
    void validRowsAndTheEuropeanElectionLeftOut() {
        ParsedFile parsed = read(RESULT_HEADER
                + "10500,1085,902,PSOE,,120,28,6792199,,boe,,,\n"
                + "9000,1040,902,PSOE,,20,32.8,7369789,,,,,\n");

        assertThat(parsed.rejected()).isEmpty();
        // 2 countries + 2 parties + 1 national election + 1 of its results; the European rows are not counted
        assertThat(parsed.rowsRead()).isEqualTo(2 + 2 + 1 + 1);
        assertThat(value(fact(parsed, EntityType.ELECTION_RESULT, "ES-LC01-E20191110-PG902", "seats")))
                .isEqualTo("120");
        assertThat(parsed.entities()).noneMatch(d -> d.entity().code().contains("20190526"));
    }

    @Test
    void negativeNumbersAreRejectedWithTheirRow() {
        ParsedFile parsed = read(RESULT_HEADER + "10500,1085,902,PSOE,,120,28,-6792199,,boe,,,\n");

        assertThat(parsed.rejected()).containsExactly(new RejectedRow("elections__ElectionResult.csv", 2, "votes",
                "negative number -6792199: the value cannot be below zero"));
        // a rejected cell rejects its row (decision 0028): nothing of the result is kept, not even its seats
        assertThat(maybeFact(parsed, EntityType.ELECTION_RESULT, "ES-LC01-E20191110-PG902", "votes")).isEmpty();
        assertThat(maybeFact(parsed, EntityType.ELECTION_RESULT, "ES-LC01-E20191110-PG902", "seats")).isEmpty();
        assertThat(parsed.entities()).noneMatch(d -> d.entity().code().equals("ES-LC01-E20191110-PG902"));
    }

    @Test
    void seatsAboveTheElectionsSeatsTotalAreRejected() {
        ParsedFile parsed = read(RESULT_HEADER + "10500,1085,902,PSOE,,351,28,6792199,,boe,,,\n");

        assertThat(parsed.rejected()).containsExactly(new RejectedRow("elections__ElectionResult.csv", 2, "seats",
                "351 seats, more than the 350 seats of election 1085"));
        assertThat(maybeFact(parsed, EntityType.ELECTION_RESULT, "ES-LC01-E20191110-PG902", "seats")).isEmpty();
    }

    @Test
    void voteShareOutsideZeroToHundredIsRejected() {
        ParsedFile parsed = read(RESULT_HEADER + "10500,1085,902,PSOE,,120,128,6792199,,boe,,,\n");

        assertThat(parsed.rejected()).containsExactly(new RejectedRow("elections__ElectionResult.csv", 2, "vote_share",
                "128 is outside the range 0 to 100"));
    }

    @Test
    void unknownPartyAndElectionIdsAreRejected() {
        ParsedFile parsed = read(RESULT_HEADER
                + "10500,1085,9999,PSOE,,120,28,6792199,,boe,,,\n"
                + "10501,7777,645,PP,,89,20.81,5047040,,boe,,,\n");

        assertThat(parsed.rejected()).containsExactly(
                new RejectedRow("elections__ElectionResult.csv", 2, "party", "unknown party id 9999 (not in parties__Party.csv)"),
                new RejectedRow("elections__ElectionResult.csv", 3, "election",
                        "unknown election id 7777 (not in elections__Election.csv)"));
        assertThat(parsed.entities()).noneMatch(d -> d.entity().type() == EntityType.ELECTION_RESULT);
    }

    @Test
    void partyOfAnotherCountryAndRepeatedResultsAreRejected() {
        String party = PARTY + "1,26,11,PD,Democratic Party,Partito Democratico,,,,2007-10-14,,,,,\n";
        ParsedFile parsed = reader.read(List.of(text("datacore__Country.csv", COUNTRY), text("elections__Election.csv", ELECTION),
                text("elections__ElectionResult.csv", RESULT_HEADER
                        + "10500,1085,1,PD,,1,1,1,,,,,\n"
                        + "10501,1085,645,PP,,89,20.81,5047040,,boe,,,\n"
                        + "10502,1085,645,PP,,89,20.81,5047040,,boe,,,\n"),
                text("parties__Party.csv", party)));

        assertThat(parsed.rejected()).containsExactly(
                new RejectedRow("elections__ElectionResult.csv", 2, "party",
                        "party PG1 is a party of IT, the election ES-LC01-E20191110 is in ES"),
                new RejectedRow("elections__ElectionResult.csv", 4, "party",
                        "party 645 has a result in election 1085 on an earlier row already"));
    }

    @Test
    void unparsableElectionDateRejectsTheElectionAndItsResults() {
        ParsedFile parsed = read(ELECTION_HEADER + "1085,13,27,2019-11-31,1,,,350,37001379,24507715,24258228,boe,,,,,,\n",
                RESULT_HEADER + "10500,1085,902,PSOE,,120,28,6792199,,boe,,,\n");

        assertThat(parsed.rejected()).containsExactly(
                new RejectedRow("elections__Election.csv", 2, "date", "'2019-11-31' is not a date written yyyy-MM-dd"),
                new RejectedRow("elections__ElectionResult.csv", 2, "election",
                        "election id 1085 was rejected (elections__Election.csv row 2)"));
        assertThat(parsed.facts()).noneMatch(f -> f.entity().type() == EntityType.ELECTION);
    }

    @Test
    void unknownElectionTypeIsRejectedNotSkipped() {
        ParsedFile parsed = read(ELECTION_HEADER + "1085,2,27,2019-11-10,1,,,350,,,,,,,,,,\n", RESULT_HEADER);

        assertThat(parsed.rejected()).containsExactly(new RejectedRow("elections__Election.csv", 2, "type",
                "unknown election type 2 (not an election_type of datacore__Code.csv)"));
    }

    @Test
    void badPartyDateAndFamilyRejectTheirRows() {
        String party = PARTY.replace("1879-07-01", "1879").replace("645,27,26,", "645,27,999,");
        ParsedFile parsed = reader.read(List.of(text("datacore__Country.csv", COUNTRY), text("elections__Election.csv", ELECTION),
                text("elections__ElectionResult.csv", RESULT_HEADER), text("parties__Party.csv", party)));

        assertThat(parsed.rejected()).containsExactly(
                new RejectedRow("parties__Party.csv", 2, "foundation_date", "'1879' is not a date written yyyy-MM-dd"),
                new RejectedRow("parties__Party.csv", 3, "family",
                        "unknown party family code 999 (not a party_family of datacore__Code.csv)"));
        // a rejected cell rejects its row (decision 0028): neither party is imported in part
        assertThat(maybeFact(parsed, EntityType.POLITICAL_PARTY, "PG902", "party_abbreviation")).isEmpty();
        assertThat(maybeFact(parsed, EntityType.POLITICAL_PARTY, "PG645", "party_name")).isEmpty();
        assertThat(parsed.entities()).noneMatch(d -> d.entity().type() == EntityType.POLITICAL_PARTY);
    }

    @Test
    void rowsAreNumberedAsASpreadsheetShowsThemAcrossMultiLineCells() {
        ParsedFile parsed = read(RESULT_HEADER
                + "10500,1085,902,PSOE,,120,28,6792199,,boe,\"a note\nover two lines\",,\n"
                + "10501,1085,645,PP,,-89,20.81,5047040,,boe,,,\n");

        assertThat(parsed.rejected()).containsExactly(new RejectedRow("elections__ElectionResult.csv", 3, "seats",
                "negative number -89: the value cannot be below zero"));
    }

    @Test
    void missingRequiredTablesAreNamed() {
        assertThatThrownBy(() -> reader.read(List.of(text("a.csv", COUNTRY), text("b.csv", ELECTION))))
                .isInstanceOf(UnusableFileException.class)
                .hasMessage("a.csv, b.csv: a ParlGov import needs the tables datacore__Country.csv, elections__Election.csv, "
                        + "elections__ElectionResult.csv, parties__Party.csv (recognised by their header); missing: "
                        + "elections__ElectionResult.csv, parties__Party.csv");
    }

    @Test
    void wrongHeaderIsUnusable() {
        assertThatThrownBy(() -> read(RESULT_HEADER.replace("vote_share", "share")))
                .isInstanceOf(UnusableFileException.class)
                .hasMessage("elections__ElectionResult.csv: the header does not match the elections__ElectionResult.csv layout: "
                        + "missing columns vote_share; unexpected columns share");
    }

    @Test
    void emptyFileIsUnusable() {
        assertThatThrownBy(() -> read(""))
                .isInstanceOf(UnusableFileException.class)
                .hasMessage("elections__ElectionResult.csv: the file is empty");
    }

    @Test
    void invalidUtf8IsUnusable() {
        byte[] good = PARTY.getBytes(StandardCharsets.UTF_8);
        // "Español" written in Latin-1: the ñ is the single byte F1
        int at = PARTY.indexOf("ñ");
        int offset = PARTY.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
        byte[] bad = new byte[good.length - 1];
        System.arraycopy(good, 0, bad, 0, offset);
        bad[offset] = (byte) 0xF1;
        System.arraycopy(good, offset + 2, bad, offset + 1, good.length - offset - 2);
        List<InputFile> files = new ArrayList<>(List.of(text("datacore__Country.csv", COUNTRY),
                text("elections__Election.csv", ELECTION), text("elections__ElectionResult.csv", RESULT_HEADER)));
        files.add(new InputFile("parties__Party.csv", bad));

        assertThatThrownBy(() -> reader.read(files))
                .isInstanceOf(UnusableFileException.class)
                .hasMessage("parties__Party.csv: not valid UTF-8: byte 0xF1 at byte offset " + offset
                        + " (line 2); the file must be encoded as UTF-8 (was it saved as Latin-1 or Windows-1252?)");
    }
}
