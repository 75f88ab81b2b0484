package org.plenum.exchange.parlgov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenum.exchange.ReaderFixtures.bundled;
import static org.plenum.exchange.ReaderFixtures.count;
import static org.plenum.exchange.ReaderFixtures.fact;
import static org.plenum.exchange.ReaderFixtures.maybeFact;
import static org.plenum.exchange.ReaderFixtures.value;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plenum.exchange.InputFile;
import org.plenum.exchange.ParsedFile;
import org.plenum.exchange.RejectedRow;
import org.plenum.registry.EntityDeclaration;
import org.plenum.registry.EntityRef;
import org.plenum.registry.EntityType;
import org.plenum.registry.FactAssertion;
import org.plenum.registry.FactValue;
import org.plenum.registry.ValidTime;

/** The ParlGov reader on the real bundled tables (dataset/parlgov). */
class ParlGovReaderTest {

    static final String[] TABLES = {"datacore__Country.csv", "datacore__Code.csv", "elections__Election.csv",
            "elections__ElectionResult.csv", "parties__Party.csv", "parties__PartyFamily.csv"};

    private static ParsedFile parsed;

    static List<InputFile> tables(String... names) {
        return Arrays.stream(names).map(n -> bundled("parlgov", n)).toList();
    }

    @BeforeAll
    static void readAll() {
        parsed = new ParlGovReader().read(tables(TABLES));
    }

    @Test
    void formatName() {
        assertThat(new ParlGovReader().format()).isEqualTo("parlgov");
    }

    @Test
    void counts() {
        // rows: 37 countries + 88 codes + 1,707 parties + 779 party families
        //     + 845 national elections (of 1,028; 183 European Parliament ones left out)
        //     + 7,918 results of national elections (of 9,799; 1,881 of European ones left out)
        assertThat(parsed.rowsRead()).isEqualTo(37 + 88 + 1707 + 779 + 845 + 7918);
        // entities: 37 countries, parliaments and lower chambers; 845 elections; 1,707 parties; 7,918 results, less
        // Croatia 2020 (row 999: more votes cast than voters) and its 18 results: a rejected cell rejects its row, and
        // the rows that depend on it (decision 0028)
        assertThat(parsed.entities()).hasSize(37 * 3 + 844 + 1707 + 7900);
        assertThat(parsed.entities()).filteredOn(d -> d.entity().type() == EntityType.ELECTION).hasSize(844);
        assertThat(parsed.entities()).filteredOn(d -> d.entity().type() == EntityType.POLITICAL_PARTY).hasSize(1707);
        assertThat(parsed.entities()).filteredOn(d -> d.entity().type() == EntityType.ELECTION_RESULT).hasSize(7900);
        assertThat(parsed.entities()).extracting(d -> d.entity().type())
                .isSortedAccordingTo(Comparator.comparingInt(Enum::ordinal));

        // election facts: 4 x 844 (date, type, early, chamber) + 844 seats_total + 835 electorate
        //               + 811 votes_cast + 829 votes_valid (Croatia 2020 left out whole)
        assertThat(count(parsed, "election_date")).isEqualTo(844);
        assertThat(count(parsed, "election_type")).isEqualTo(844);
        assertThat(count(parsed, "early_election")).isEqualTo(844);
        assertThat(count(parsed, "chamber_code")).isEqualTo(844);
        assertThat(count(parsed, "seats_total")).isEqualTo(844);
        assertThat(count(parsed, "electorate")).isEqualTo(835);
        assertThat(count(parsed, "votes_cast")).isEqualTo(811);
        assertThat(count(parsed, "votes_valid")).isEqualTo(829);
        // party facts: 5 x 1,707 (name, English name, abbreviation, family, country) + 1,108 founded + 145 dissolved
        assertThat(count(parsed, "party_name")).isEqualTo(1707);
        assertThat(count(parsed, "party_family")).isEqualTo(1707);
        assertThat(count(parsed, "foundation_date")).isEqualTo(1108);
        assertThat(count(parsed, "dissolution_date")).isEqualTo(145);
        // result facts: 2 x 7,900 (election, party) + 7,251 seats + 6,808 votes + 6,812 vote shares (without the 18
        // results of Croatia 2020, 11 of them with seats, votes and a vote share)
        assertThat(count(parsed, "political_party")).isEqualTo(7900);
        assertThat(count(parsed, "seats")).isEqualTo(7251);
        assertThat(count(parsed, "votes")).isEqualTo(6808);
        assertThat(count(parsed, "vote_share")).isEqualTo(6812);
        assertThat(parsed.facts()).hasSize(6695 + 9788 + 36671);

        // a repeated party family (ids 61 and 62 both give party 428 family 39), Croatia 2020 (votes cast above the
        // electorate), and the 18 results of Croatia 2020, which depend on it
        assertThat(parsed.rejected()).hasSize(2 + 18);
        assertThat(parsed.rejected()).contains(
                new RejectedRow("parties__PartyFamily.csv", 44, "family", "party 428 has family 39 on an earlier row already"),
                new RejectedRow("elections__Election.csv", 999, "votes_cast",
                        "more votes cast (17360065) than registered voters (3701924)"));
        assertThat(parsed.rejected()).filteredOn(r -> r.file().equals("elections__ElectionResult.csv"))
                .hasSize(18).allSatisfy(r -> assertThat(r.reason())
                        .isEqualTo("election id 1094 was rejected (elections__Election.csv row 999)"));
    }

    @Test
    void spain2019() {
        String election = "ES-LC01-E20191110";
        assertThat(parsed.entities()).contains(
                EntityDeclaration.of(EntityRef.country("ES")),
                EntityDeclaration.of(EntityRef.parliament("ES"), EntityRef.country("ES")),
                EntityDeclaration.of(EntityRef.chamber("ES-LC01"), EntityRef.parliament("ES")),
                EntityDeclaration.of(new EntityRef(EntityType.ELECTION, election), EntityRef.chamber("ES-LC01")));
        FactAssertion seatsTotal = fact(parsed, EntityType.ELECTION, election, "seats_total");
        assertThat(value(seatsTotal)).isEqualTo("350");
        assertThat(seatsTotal.validTime()).isEqualTo(ValidTime.always());
        assertThat(seatsTotal.source()).isEqualTo("elections__Election.csv row 990");
        assertThat(value(fact(parsed, EntityType.ELECTION, election, "election_date"))).isEqualTo("2019-11-10");
        assertThat(value(fact(parsed, EntityType.ELECTION, election, "election_type"))).isEqualTo("early");
        assertThat(value(fact(parsed, EntityType.ELECTION, election, "early_election"))).isEqualTo("true");
        assertThat(value(fact(parsed, EntityType.ELECTION, election, "chamber_code"))).isEqualTo("ES-LC01");
        assertThat(value(fact(parsed, EntityType.ELECTION, election, "electorate"))).isEqualTo("37001379");
        assertThat(value(fact(parsed, EntityType.ELECTION, election, "votes_cast"))).isEqualTo("24507715");
        assertThat(value(fact(parsed, EntityType.ELECTION, election, "votes_valid"))).isEqualTo("24258228");

        // PSOE (party 902): 120 seats, 28 %, 6,792,199 votes
        String psoe = election + "-PG902";
        assertThat(parsed.entities()).contains(EntityDeclaration.of(new EntityRef(EntityType.ELECTION_RESULT, psoe),
                new EntityRef(EntityType.ELECTION, election)));
        FactAssertion seats = fact(parsed, EntityType.ELECTION_RESULT, psoe, "seats");
        assertThat(value(seats)).isEqualTo("120");
        assertThat(seats.source()).isEqualTo("elections__ElectionResult.csv row 7977");
        assertThat(value(fact(parsed, EntityType.ELECTION_RESULT, psoe, "vote_share"))).isEqualTo("28");
        assertThat(value(fact(parsed, EntityType.ELECTION_RESULT, psoe, "votes"))).isEqualTo("6792199");
        assertThat(value(fact(parsed, EntityType.ELECTION_RESULT, psoe, "political_party"))).isEqualTo("PG902");
        assertThat(value(fact(parsed, EntityType.ELECTION_RESULT, psoe, "election_code"))).isEqualTo(election);
        assertThat(value(fact(parsed, EntityType.ELECTION_RESULT, election + "-PG645", "vote_share"))).isEqualTo("20.81");

        // Unidas Podemos: the alliance row (PG2724) has no figures, its members have them
        assertThat(maybeFact(parsed, EntityType.ELECTION_RESULT, election + "-PG2724", "seats")).isEmpty();
        FactAssertion member = fact(parsed, EntityType.ELECTION_RESULT, election + "-PG2376", "political_party");
        assertThat(value(member)).isEqualTo("PG2376");
        assertThat(member.annotation()).isEqualTo("Ran in the alliance PG2724 (UP), whose result is "
                + election + "-PG2724.");
        assertThat(value(fact(parsed, EntityType.ELECTION_RESULT, election + "-PG2376", "seats"))).isEqualTo("26");
    }

    @Test
    void parties() {
        assertThat(parsed.entities()).contains(EntityDeclaration.of(
                new EntityRef(EntityType.POLITICAL_PARTY, "PG902"), EntityRef.country("ES")));
        assertThat(value(fact(parsed, EntityType.POLITICAL_PARTY, "PG902", "party_name"))).isEqualTo("Partido Socialista Obrero Español");
        assertThat(value(fact(parsed, EntityType.POLITICAL_PARTY, "PG902", "party_name_english")))
                .isEqualTo("Spanish Socialist Workers Party");
        assertThat(value(fact(parsed, EntityType.POLITICAL_PARTY, "PG902", "party_abbreviation"))).isEqualTo("PSOE");
        assertThat(value(fact(parsed, EntityType.POLITICAL_PARTY, "PG902", "party_family"))).isEqualTo("soc");
        assertThat(value(fact(parsed, EntityType.POLITICAL_PARTY, "PG902", "foundation_date"))).isEqualTo("1879-07-01");
        assertThat(value(fact(parsed, EntityType.POLITICAL_PARTY, "PG902", "country_code"))).isEqualTo("ES");
        assertThat(value(fact(parsed, EntityType.POLITICAL_PARTY, "PG1393", "party_family"))).isEqualTo("chr");
        assertThat(maybeFact(parsed, EntityType.POLITICAL_PARTY, "PG1393", "foundation_date")).isEmpty();
        // 25 parties whose family ParlGov has still to code
        assertThat(parsed.facts()).filteredOn(f -> f.field().equals("party_family")
                && f.value().equals(FactValue.missing("No information available"))).hasSize(25);
        // a collective entry: "no party affiliation"
        assertThat(value(fact(parsed, EntityType.POLITICAL_PARTY, "PG30", "party_abbreviation"))).isEqualTo("none");
        assertThat(value(fact(parsed, EntityType.POLITICAL_PARTY, "PG30", "party_family"))).isEqualTo("none");
    }

    @Test
    void withoutTheCodeTableTheBundledOneIsUsed() {
        ParsedFile withoutCodes = new ParlGovReader().read(tables("datacore__Country.csv", "elections__Election.csv",
                "elections__ElectionResult.csv", "parties__Party.csv"));

        assertThat(withoutCodes.rowsRead()).isEqualTo(37 + 1707 + 845 + 7918);
        assertThat(withoutCodes.entities()).hasSize(parsed.entities().size());
        assertThat(withoutCodes.facts()).hasSize(parsed.facts().size());
        assertThat(withoutCodes.rejected()).hasSize(1 + 18);
    }
}
