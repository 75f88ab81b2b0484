package org.plenum.exchange.parline;

/**
 * Synthetic records in the shapes of IPU Parline's API (the values are made up; the shapes are not), as public
 * clients of that API read them:
 * <ul>
 *   <li>wrapped JSON:API resources {@code {id, type, attributes}} whose attributes are single values
 *   {@code {value, missing_reason, annotation}} or series {@code [{value, date_from, date_to, ...}]}, and flat rows for
 *   political parties and people: the docstring of {@code subsetsio/connectors}
 *   {@code src/inter-parliamentary-union/src/nodes/inter_parliamentary_union.py}, with its lists of attribute names
 *   ({@code country_code}, {@code iso_alpha3}, {@code subregion}, {@code parliament_country}, {@code chamber_code},
 *   {@code parliament}, {@code min_age_member_parl}, {@code person_code}, {@code first_name}, {@code dob_year}, ...);</li>
 *   <li>{@code chamber_name {en, fr}}, {@code struct_parl_status {term}}, {@code last_election {from}},
 *   {@code election_date {from}}, {@code parliament} as the country code, parties as flat rows
 *   {@code political_party_code}, {@code party_name {en, fr}}, {@code political_party_country}: the interfaces of
 *   {@code fbalino/civica} {@code scripts/sync-ipu-parline.ts};</li>
 *   <li>paging by {@code meta.total} with {@code page[number]}/{@code page[size]}, trailing slashes, and the
 *   {@code chamber:eq:} and {@code person_code:eq:} filters: {@code 8ft0-ai/polity-atlas}
 *   {@code packages/data-pipeline/ipu/client.mjs}.</li>
 * </ul>
 */
final class ParlineShapedDocuments {

    private ParlineShapedDocuments() {
    }

    static final String COUNTRY_XA = """
            {"id": "XA", "type": "countries", "attributes": {
              "country_code": {"value": "XA", "missing_reason": null, "annotation": null},
              "country_name_current": {"value": {"en": "Atlantis", "fr": "Atlantide"}, "missing_reason": null, "annotation": null},
              "iso_alpha3": {"value": "XAA", "missing_reason": null, "annotation": null},
              "region": {"value": {"term": "europe", "label": {"en": "Europe", "fr": "Europe"}}, "missing_reason": null, "annotation": null},
              "subregion": {"value": {"term": "nordic_countries", "label": {"en": "Nordic countries"}}, "missing_reason": null, "annotation": null},
              "political_system": {"value": {"term": "parliamentary_republic"}, "missing_reason": null, "annotation": null},
              "telephone_calling_code": {"value": "+999", "missing_reason": null, "annotation": null}
            }}""";

    static final String PARLIAMENT_XA = """
            {"id": "XA", "type": "parliaments", "attributes": {
              "parliament_code": {"value": "XA", "missing_reason": null, "annotation": null},
              "parliament_country": {"value": "XA", "missing_reason": null, "annotation": null},
              "parliament_name": {"value": {"en": "Parliament of Atlantis", "fr": "Parlement d'Atlantide"}, "missing_reason": null, "annotation": null},
              "structure_of_parliament": [{"value": {"term": "bicameral"}, "date_from": "1990-01-01", "date_to": null, "missing_reason": null, "annotation": null}]
            }}""";

    static final String CHAMBER_XA_LC01 = """
            {"id": "XA-LC01", "type": "chambers", "attributes": {
              "chamber_code": {"value": "XA-LC01", "missing_reason": null, "annotation": null},
              "parliament": {"value": "XA", "missing_reason": null, "annotation": null},
              "chamber_name": {"value": {"en": "House of Atlantis", "fr": "Chambre d'Atlantide"}, "missing_reason": null, "annotation": null},
              "struct_parl_status": {"value": {"term": "lower_chamber", "label": {"en": "Lower chamber"}}, "missing_reason": null, "annotation": null},
              "electoral_system": [{"value": {"term": "proportional_representation"}, "date_from": "1990-01-01", "date_to": null, "missing_reason": null, "annotation": null}],
              "current_members_number": [
                {"value": 100, "date_from": "2019-05-01", "date_to": "2023-04-30", "missing_reason": null, "annotation": null},
                {"value": 101, "date_from": "2023-05-01", "date_to": null, "missing_reason": null, "annotation": "one seat added"}],
              "current_women_number": [
                {"value": 40, "date_from": "2019-05-01", "date_to": "2023-04-30", "missing_reason": null, "annotation": null},
                {"value": 44, "date_from": "2023-05-01", "date_to": null, "missing_reason": null, "annotation": null}],
              "current_men_number": [{"value": 57, "date_from": "2023-05-01", "date_to": null, "missing_reason": null, "annotation": null}],
              "age_average": [{"value": 48.50, "date_from": "2023-05-01", "date_to": null, "missing_reason": null, "annotation": null}],
              "total_younger_30_percentage": [{"value": null, "date_from": "2023-05-01", "date_to": null, "missing_reason": "No information available", "annotation": null}],
              "last_election": [{"value": {"from": "2023-04-02", "to": "2023-04-02"}, "date_from": "2023-04-02", "date_to": null, "missing_reason": null, "annotation": null}],
              "min_age_member_parl": {"value": 21, "missing_reason": null, "annotation": null},
              "basic_salary": {"value": {"type": "EUR", "value": 52000}, "missing_reason": null, "annotation": null},
              "designation_mode": {"value": null, "missing_reason": null, "annotation": null}
            }}""";

    static final String CHAMBER_XA_UC02_WRONG = """
            {"id": "XA-UC02", "type": "chambers", "attributes": {
              "chamber_code": {"value": "XA-UC02", "missing_reason": null, "annotation": null},
              "parliament": {"value": "XA", "missing_reason": null, "annotation": null},
              "struct_parl_status": {"value": {"term": "upper_chamber"}, "missing_reason": null, "annotation": null},
              "current_members_number": [{"value": "sixty", "date_from": "2023-05-01", "date_to": null, "missing_reason": null, "annotation": null}],
              "current_women_number": [{"value": 20, "date_from": "2023-05-01", "date_to": "2023-04-01", "missing_reason": null, "annotation": null}],
              "electoral_system": [{"value": {"term": "lottery"}, "date_from": "1990-01-01", "date_to": null, "missing_reason": null, "annotation": null}]
            }}""";

    static final String CHAMBER_OF_NO_PARLIAMENT = """
            {"id": "XB-LC01", "type": "chambers", "attributes": {
              "chamber_code": {"value": "XB-LC01", "missing_reason": null, "annotation": null},
              "parliament": {"value": "XB", "missing_reason": null, "annotation": null}
            }}""";

    static final String ELECTION_XA = """
            {"id": "XA-LC01-E20230402", "type": "elections", "attributes": {
              "election_code": {"value": "XA-LC01-E20230402", "missing_reason": null, "annotation": null},
              "chamber": {"value": "XA-LC01", "missing_reason": null, "annotation": null},
              "election_date": {"value": {"from": "2023-04-02", "to": "2023-04-02"}, "missing_reason": null, "annotation": null},
              "seats_per_parties": {"value": [{"party": "PXA1", "total_number_of_seats": 51}], "missing_reason": null, "annotation": null}
            }}""";

    static final String PARTY_XA = """
            {"political_party_code": "PXA1", "party_name": {"en": "Tide Party", "fr": "Parti de la marée"}, "political_party_country": "XA"}""";

    static final String PERSON = """
            {"person_code": "PERS-1", "title_salutation": "Ms.", "first_name": "Ana", "family_name": "Example",
             "gender": "Female", "dob_year": 1971, "dob_month": 8, "dob_day": null, "person_country": "XA"}""";

    static final String FIELDS_METADATA = """
            {"data": [
              {"field_id": "current_women_number", "entity_type": "chamber", "data_type": "integer", "is_timeseries": true},
              {"field_id": "basic_salary", "entity_type": "chamber", "data_type": "money", "is_timeseries": false},
              {"field_id": "iso_alpha3", "entity_type": "country", "data_type": "text", "is_timeseries": false}
            ], "meta": {"total": 3}}""";

    static final String WOMEN_RANKING_REPORT = """
            {"data": [{"country_code": "XA", "lower_chamber_percent_women": "43.6", "rank": 1}]}""";
}
