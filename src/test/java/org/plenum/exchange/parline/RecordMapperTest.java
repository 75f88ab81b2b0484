package org.plenum.exchange.parline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.plenum.exchange.RejectedRow;
import org.plenum.registry.EntityDeclaration;
import org.plenum.registry.EntityRef;
import org.plenum.registry.EntityType;
import org.plenum.registry.FactAssertion;
import org.plenum.registry.FactValue;
import org.plenum.registry.ValidTime;
import org.plenum.registry.internal.catalogue.JsonFieldCatalogue;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Parline's records (shaped as the public clients named in {@link ParlineShapedDocuments} read them) as Plenum's facts. */
class RecordMapperTest {

    private static final String PAGE = "https://parline.example/v1/chambers?page%5Bnumber%5D=1&page%5Bsize%5D=5000";
    private final JsonFieldCatalogue catalogue = JsonFieldCatalogue.bundled();
    private final JsonMapper json = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private final ParlineNames names = ParlineNames.bundled();
    private final RecordMapper mapper = new RecordMapper(catalogue, names, new ParlineValues(catalogue, names, json));
    private final HarvestedData data = new HarvestedData();

    private void map(EntityType type, String record) {
        mapper.map(type, json.readTree(record), PAGE, 0, ref -> false, data);
    }

    private void mapAtlantis() {
        map(EntityType.COUNTRY, ParlineShapedDocuments.COUNTRY_XA);
        map(EntityType.PARLIAMENT, ParlineShapedDocuments.PARLIAMENT_XA);
        map(EntityType.CHAMBER, ParlineShapedDocuments.CHAMBER_XA_LC01);
    }

    private List<FactAssertion> facts(EntityType type, String code, String field) {
        return data.facts().stream().filter(f -> f.entity().equals(new EntityRef(type, code)) && f.field().equals(field)).toList();
    }

    @Test
    void seriesEntriesBecomeFactsWithTheirValidTime() {
        mapAtlantis();
        assertThat(facts(EntityType.CHAMBER, "XA-LC01", "current_women_number")).extracting(FactAssertion::validTime, FactAssertion::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ValidTime.between(LocalDate.of(2019, 5, 1), LocalDate.of(2023, 4, 30)), FactValue.of("40")),
                        org.assertj.core.groups.Tuple.tuple(ValidTime.from(LocalDate.of(2023, 5, 1)), FactValue.of("44")));
        FactAssertion members = facts(EntityType.CHAMBER, "XA-LC01", "current_members_number").get(1);
        assertThat(members.annotation()).isEqualTo("one seat added");
        assertThat(members.source()).isEqualTo(PAGE + "#/data/0/attributes/current_members_number/1");
        assertThat(facts(EntityType.CHAMBER, "XA-LC01", "age_average").get(0).value()).isEqualTo(FactValue.of("48.50"));
        assertThat(facts(EntityType.CHAMBER, "XA-LC01", "total_younger_30_percentage").get(0).value())
                .isEqualTo(FactValue.missing("No information available"));
        assertThat(facts(EntityType.CHAMBER, "XA-LC01", "last_election").get(0).value()).isEqualTo(FactValue.of("2023-04-02"));
    }

    @Test
    void singleValuesTranslationsAndTermsUnderPlenumsNames() {
        mapAtlantis();
        assertThat(facts(EntityType.COUNTRY, "XA", "country_name").get(0))
                .satisfies(f -> assertThat(f.value()).isEqualTo(FactValue.of("{\"en\":\"Atlantis\",\"fr\":\"Atlantide\"}")))
                .satisfies(f -> assertThat(f.validTime()).isEqualTo(ValidTime.always()));
        assertThat(facts(EntityType.COUNTRY, "XA", "iso_alpha3_code").get(0).value()).isEqualTo(FactValue.of("XAA"));
        assertThat(facts(EntityType.COUNTRY, "XA", "sub_region").get(0).value()).isEqualTo(FactValue.of("nordic_countries"));
        assertThat(facts(EntityType.CHAMBER, "XA-LC01", "struct_parl_status").get(0).value()).isEqualTo(FactValue.of("lower_chamber"));
        assertThat(facts(EntityType.CHAMBER, "XA-LC01", "electoral_system").get(0).value()).isEqualTo(FactValue.of("proportional"));
        assertThat(facts(EntityType.CHAMBER, "XA-LC01", "eligibility_age").get(0).value()).isEqualTo(FactValue.of("21"));
        assertThat(facts(EntityType.CHAMBER, "XA-LC01", "designation_mode")).isEmpty();
    }

    @Test
    void whereARecordHasBothNamesPlenumsOwnIsRead() {
        map(EntityType.COUNTRY, ParlineShapedDocuments.COUNTRY_XA.replace("\"iso_alpha3\": {",
                "\"iso_alpha3_code\": {\"value\": \"XAX\"}, \"iso_alpha3\": {"));
        assertThat(facts(EntityType.COUNTRY, "XA", "iso_alpha3_code")).extracting(FactAssertion::value).containsExactly(FactValue.of("XAX"));
        assertThat(data.rejected()).isEmpty();
        assertThat(data.unknownNames()).doesNotContainKey("countries.iso_alpha3");
    }

    @Test
    void parentsComeFromParlinesCodeAttributes() {
        mapAtlantis();
        map(EntityType.ELECTION, ParlineShapedDocuments.ELECTION_XA);
        map(EntityType.POLITICAL_PARTY, ParlineShapedDocuments.PARTY_XA);
        data.keepSeatsPerParties();
        assertThat(data.entities()).containsExactly(
                EntityDeclaration.of(EntityRef.country("XA")),
                EntityDeclaration.of(EntityRef.parliament("XA"), EntityRef.country("XA")),
                EntityDeclaration.of(EntityRef.chamber("XA-LC01"), EntityRef.parliament("XA")),
                EntityDeclaration.of(new EntityRef(EntityType.ELECTION, "XA-LC01-E20230402"), EntityRef.chamber("XA-LC01")),
                EntityDeclaration.of(new EntityRef(EntityType.POLITICAL_PARTY, "PXA1"), EntityRef.country("XA")),
                EntityDeclaration.of(new EntityRef(EntityType.ELECTION_RESULT, "XA-LC01-E20230402-PXA1"),
                        new EntityRef(EntityType.ELECTION, "XA-LC01-E20230402")));
        assertThat(facts(EntityType.ELECTION, "XA-LC01-E20230402", "election_date").get(0).value()).isEqualTo(FactValue.of("2023-04-02"));
        assertThat(facts(EntityType.POLITICAL_PARTY, "PXA1", "party_name").get(0).value()).isEqualTo(FactValue.of("Tide Party"));
        assertThat(facts(EntityType.POLITICAL_PARTY, "PXA1", "party_name").get(0).source()).isEqualTo(PAGE + "#/data/0/party_name");
    }

    @Test
    void seatsPerPartiesBecomeElectionResults() {
        mapAtlantis();
        map(EntityType.ELECTION, ParlineShapedDocuments.ELECTION_XA);
        EntityRef result = new EntityRef(EntityType.ELECTION_RESULT, "XA-LC01-E20230402-PXA1");
        // Kept apart until the harvest knows the source has no election_results collection (Parline has none).
        assertThat(data.entities()).doesNotContain(EntityDeclaration.of(result, new EntityRef(EntityType.ELECTION, "XA-LC01-E20230402")));
        assertThat(data.keepSeatsPerParties()).isEqualTo(1);
        assertThat(data.entities()).contains(EntityDeclaration.of(result, new EntityRef(EntityType.ELECTION, "XA-LC01-E20230402")));
        assertThat(facts(EntityType.ELECTION_RESULT, result.code(), "seats")).extracting(FactAssertion::value).containsExactly(FactValue.of("51"));
        assertThat(facts(EntityType.ELECTION_RESULT, result.code(), "political_party")).extracting(FactAssertion::value)
                .containsExactly(FactValue.of("PXA1"));
        assertThat(facts(EntityType.ELECTION_RESULT, result.code(), "seats").get(0).source())
                .isEqualTo(PAGE + "#/data/0/attributes/seats_per_parties/0/total_number_of_seats");
    }

    @Test
    void anEntryWithoutSeatsKeepsItsVotesAndHasNoSeats() {
        mapAtlantis();
        map(EntityType.ELECTION, ParlineShapedDocuments.ELECTION_XA.replace(
                "[{\"party\": \"PXA1\", \"total_number_of_seats\": 51}]",
                "[{\"party\": \"PXA1\", \"total_number_of_seats\": 51, \"votes\": 120000, \"vote_share\": 40.5},"
                        + " {\"party\": \"PXA2\", \"total_number_of_seats\": null, \"vote_breakdown\": [], \"votes\": 3580, \"vote_share\": 1.2},"
                        + " {\"party\": \"PXA3\", \"total_number_of_seats\": null, \"votes\": null, \"vote_share\": null},"
                        + " {\"party\": null, \"total_number_of_seats\": 3},"
                        + " {\"party\": \"PXA4\", \"total_number_of_seats\": \"many\"}]"));
        assertThat(data.keepSeatsPerParties()).isEqualTo(4);
        assertThat(facts(EntityType.ELECTION_RESULT, "XA-LC01-E20230402-PXA1", "votes")).extracting(FactAssertion::value)
                .containsExactly(FactValue.of("120000"));
        assertThat(facts(EntityType.ELECTION_RESULT, "XA-LC01-E20230402-PXA2", "seats")).isEmpty();
        assertThat(facts(EntityType.ELECTION_RESULT, "XA-LC01-E20230402-PXA2", "votes")).extracting(FactAssertion::value)
                .containsExactly(FactValue.of("3580"));
        assertThat(facts(EntityType.ELECTION_RESULT, "XA-LC01-E20230402-PXA2", "vote_share")).extracting(FactAssertion::value)
                .containsExactly(FactValue.of("1.2"));
        assertThat(facts(EntityType.ELECTION_RESULT, "XA-LC01-E20230402-PXA3", "political_party")).extracting(FactAssertion::value)
                .containsExactly(FactValue.of("PXA3"));
        assertThat(facts(EntityType.ELECTION_RESULT, "XA-LC01-E20230402-PXA3", "seats")).isEmpty();
        assertThat(data.rejected()).hasSize(2);
        assertThat(data.rejected().get(0).toString()).contains("column seats_per_parties", "entry 3", "has no party code");
        assertThat(data.rejected().get(1).toString()).contains("column seats", "XA-LC01-E20230402-PXA4");
    }

    @Test
    void seatsPerPartiesAreLeftOutWhenTheSourceHasAnElectionResultsCollection() {
        mapAtlantis();
        map(EntityType.ELECTION, ParlineShapedDocuments.ELECTION_XA);
        assertThat(data.discardSeatsPerParties()).isEqualTo(1);
        assertThat(data.keepSeatsPerParties()).isZero();
        assertThat(data.entities()).extracting(EntityDeclaration::entity).noneMatch(e -> e.type() == EntityType.ELECTION_RESULT);
    }

    @Test
    void flatPeopleRowsMakeANameAndABirthDate() {
        map(EntityType.PERSON, ParlineShapedDocuments.PERSON);
        assertThat(facts(EntityType.PERSON, "PERS-1", "person_name").get(0).value()).isEqualTo(FactValue.of("Ana Example"));
        assertThat(facts(EntityType.PERSON, "PERS-1", "birth_date").get(0).value()).isEqualTo(FactValue.of("1971-08"));
        assertThat(facts(EntityType.PERSON, "PERS-1", "gender").get(0).value()).isEqualTo(FactValue.of("female"));
        assertThat(data.unknownNames()).containsEntry("people.title_salutation", 1).containsEntry("people.person_country", 1);
    }

    @Test
    void namesPlenumDoesNotKnowAreCountedAndComputedOnesLeftToPlenum() {
        mapAtlantis();
        map(EntityType.ELECTION, ParlineShapedDocuments.ELECTION_XA);
        assertThat(data.unknownNames()).containsEntry("countries.political_system", 1)
                .containsEntry("countries.telephone_calling_code", 1)
                .containsEntry("chambers.basic_salary", 1)
                .containsEntry("chambers.designation_mode", 1)
                .doesNotContainKey("elections.seats_per_parties");
        assertThat(data.computedNames()).containsEntry("chambers.current_men_number", 1);
        assertThat(facts(EntityType.CHAMBER, "XA-LC01", "current_men_number")).isEmpty();
        assertThat(data.rejected()).isEmpty();
    }

    @Test
    void wrongValuesAreRejectedNamingUrlRecordAndField() {
        mapAtlantis();
        map(EntityType.CHAMBER, ParlineShapedDocuments.CHAMBER_XA_UC02_WRONG);
        assertThat(data.rejected()).extracting(RejectedRow::toString).containsExactlyInAnyOrder(
                PAGE + ", row 1, column current_members_number: chamber XA-UC02: \"sixty\" is not a whole number",
                PAGE + ", row 1, column current_women_number: chamber XA-UC02: date_to 2023-04-01 is before date_from 2023-05-01",
                PAGE + ", row 1, column electoral_system: chamber XA-UC02: 'lottery' is not a term of the taxonomy electoral_system");
        // The rest of the record is kept.
        assertThat(facts(EntityType.CHAMBER, "XA-UC02", "struct_parl_status")).hasSize(1);
    }

    @Test
    void aRecordWhoseParentIsNowhereIsRejectedWhole() {
        mapAtlantis();
        map(EntityType.CHAMBER, ParlineShapedDocuments.CHAMBER_OF_NO_PARLIAMENT);
        assertThat(data.rejected()).extracting(RejectedRow::toString).containsExactly(
                PAGE + ", row 1: chamber XB-LC01: its parliament XB is neither in the source's parliaments nor in Plenum");
        assertThat(data.entities()).extracting(EntityDeclaration::entity).doesNotContain(EntityRef.chamber("XB-LC01"));
        assertThat(data.facts()).noneMatch(f -> f.entity().code().equals("XB-LC01"));
    }

    @Test
    void aSecondDifferentValueForTheSameDateIsRejectedNotBothKept() {
        mapAtlantis();
        mapper.map(EntityType.CHAMBER, json.readTree(ParlineShapedDocuments.CHAMBER_XA_LC01.replace("\"value\": 44", "\"value\": 45")),
                PAGE, 1, ref -> false, data);
        assertThat(facts(EntityType.CHAMBER, "XA-LC01", "current_women_number")).extracting(FactAssertion::value)
                .containsExactly(FactValue.of("40"), FactValue.of("44"));
        assertThat(data.rejected()).singleElement().extracting(RejectedRow::toString).asString()
                .startsWith(PAGE + ", row 2, column current_women_number: chamber XA-LC01: a second, different value of current_women_number from 2023-05-01")
                .endsWith("(first read at " + PAGE + "#/data/0/attributes/current_women_number/1)");
    }

    @Test
    void aParentAlreadyInPlenumWillDo() {
        mapper.map(EntityType.CHAMBER, json.readTree(ParlineShapedDocuments.CHAMBER_XA_LC01), PAGE, 0,
                ref -> ref.equals(EntityRef.parliament("XA")), data);
        assertThat(data.rejected()).isEmpty();
        assertThat(data.entities()).containsExactly(EntityDeclaration.of(EntityRef.chamber("XA-LC01"), EntityRef.parliament("XA")));
        assertThat(Optional.of(data.records())).contains(1);
    }
}
