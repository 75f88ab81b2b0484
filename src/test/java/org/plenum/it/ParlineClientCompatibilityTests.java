package org.plenum.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Public programs written for IPU Parline's API ({@code https://api.data.ipu.org/v1/}), replayed against Plenum with
 * only the base URL changed: each test sends the requests the client's code sends and asserts what that code reads
 * (names, shapes, paging to {@code meta.total}). The client and the file are named on each test. Nested in
 * {@link H2IntegrationTest} and {@link PostgresIntegrationTest}, on the bundled real data. Decision 0014.
 */
abstract class ParlineClientCompatibilityTests {

    private static final String BASE = "/api/v1/";

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private JsonNode ok(String pathAndQuery) {
        ApiClient.Response response = api.get(pathAndQuery);
        assertThat(response.status()).as(pathAndQuery + ": " + response.body()).isEqualTo(200);
        return response.json();
    }

    /** Pages as subsetsio/connectors' {@code _fetch_all_list} does: {@code /path/?page[number]=N&page[size]=5000} to meta.total. */
    private List<JsonNode> connectorsFetchAll(String path) {
        List<JsonNode> rows = new ArrayList<>();
        for (int page = 1; page <= 50; page++) {
            JsonNode payload = ok(BASE + path + "/?page[number]=" + page + "&page[size]=5000");
            int total = payload.at("/meta/total").asInt();
            payload.get("data").forEach(rows::add);
            if (rows.size() >= total || payload.get("data").size() < 5000) {
                assertThat(rows).hasSize(total);
                return rows;
            }
        }
        throw new AssertionError(path + ": more than 50 pages");
    }

    /** The value of a wrapped attribute as connectors' {@code _unwrap} reads it: the open step of a series, or {@code value}. */
    private static JsonNode unwrap(JsonNode attribute) {
        if (attribute.isArray()) {
            if (attribute.isEmpty()) {
                return null;
            }
            JsonNode current = null;
            for (JsonNode step : attribute) {
                if (step.get("date_to") == null || step.get("date_to").isNull()) {
                    current = step;
                }
            }
            return (current == null ? attribute.get(attribute.size() - 1) : current).get("value");
        }
        return attribute.get("value");
    }

    /**
     * subsetsio/connectors, {@code src/inter-parliamentary-union/src/nodes/inter_parliamentary_union.py}: every wrapped
     * entity paged with a trailing slash, its curated Parline attributes projected, and the expected counts of
     * {@code tests/inter-parliamentary-union-countries.yaml} (at least 190 unique {@code country_code}) and
     * {@code -chambers.yaml} (at least 250 unique {@code chamber_code}, {@code parliament} filled).
     */
    @Test
    void connectorsPagesTheWrappedEntitiesAndProjectsParlinesNames() {
        Map<String, List<String>> projected = Map.of(
                "countries", List.of("country_code", "country_name_current", "official_name", "iso_alpha3", "iso_numeric3",
                        "region", "subregion", "political_system", "ipu_membership"),
                "parliaments", List.of("parliament_code", "parliament_country", "parliament_name", "structure_of_parliament",
                        "is_bicameral", "compulsory_voting"),
                "chambers", List.of("chamber_code", "parliament", "chamber_name", "struct_parl_status", "electoral_system",
                        "current_members_number", "current_women_number", "current_women_percent", "statutory_members_number",
                        "age_average", "min_age_member_parl", "min_age_vote_elect", "parliamentary_term", "last_election"),
                "elections", List.of("election_code", "chamber", "election_date", "election_title"),
                "specialized_bodies", List.of("specialized_body_code", "specialized_body_name"));
        Map<String, String> key = Map.of("countries", "country_code", "parliaments", "parliament_code",
                "chambers", "chamber_code", "elections", "election_code", "specialized_bodies", "specialized_body_code");
        Map<String, Integer> counts = new HashMap<>();
        for (String path : projected.keySet()) {
            Set<String> keys = new HashSet<>();
            for (JsonNode row : connectorsFetchAll(path)) {
                JsonNode attributes = row.get("attributes");
                for (String name : projected.get(path)) {
                    assertThat(attributes.has(name)).as(path + " " + row.get("id").asString() + " has " + name).isTrue();
                }
                JsonNode pk = unwrap(attributes.get(key.get(path)));
                assertThat(pk.asString()).isEqualTo(row.get("id").asString());
                keys.add(pk.asString());
                if (path.equals("chambers")) {
                    assertThat(unwrap(attributes.get("parliament")).asString()).isEqualTo(pk.asString().split("-")[0]);
                }
            }
            counts.put(path, keys.size());
        }
        assertThat(counts.get("countries")).isEqualTo(193);
        assertThat(counts.get("chambers")).isBetween(250, 310);
        assertThat(counts.get("parliaments")).isEqualTo(193);
    }

    /**
     * subsetsio/connectors: the flat entities ({@code FLAT}: {@code political_parties} and {@code people}) are read
     * with {@code r.get(k)} on the row itself: {@code political_party_code}, {@code party_name {en, fr}},
     * {@code political_party_country}; {@code person_code}, {@code first_name}, {@code family_name}, {@code gender},
     * {@code dob_year}, {@code dob_month}, {@code dob_day}, {@code person_country}.
     */
    @Test
    void connectorsReadsPartiesAndPeopleAsFlatRows() {
        List<JsonNode> parties = connectorsFetchAll("political_parties");
        assertThat(parties).hasSizeGreaterThan(1000);
        for (JsonNode party : parties) {
            assertThat(party.get("political_party_code").asString()).isEqualTo(party.get("id").asString());
            assertThat(party.at("/party_name/en").isString()).as(party.get("id").asString()).isTrue();
            assertThat(party.has("political_party_country")).isTrue();
        }
        JsonNode spanishSocialists = parties.stream().filter(p -> p.get("political_party_code").asString().equals("PG902"))
                .findFirst().orElseThrow();
        assertThat(spanishSocialists.get("political_party_country").asString()).isEqualTo("ES");
        List<JsonNode> people = connectorsFetchAll("people");
        assertThat(people).isNotEmpty();
        for (JsonNode person : people) {
            for (String name : List.of("person_code", "title_salutation", "first_name", "family_name", "gender", "dob_year",
                    "dob_month", "dob_day", "person_country")) {
                assertThat(person.has(name)).as(person.get("id").asString() + " has " + name).isTrue();
            }
            assertThat(person.get("person_country").asString()).isIn("LI", "ME");
        }
        assertThat(people).anySatisfy(p -> assertThat(p.get("dob_year").asInt()).isBetween(1900, 2010));
        // first_name and family_name as EveryPolitician's Popolo file gives them apart (given_name, family_name)
        JsonNode koller = people.stream().filter(p -> p.get("person_code").asString()
                .equals("EP-2d431340-d056-419d-b8ff-97ec8a532ec8")).findFirst().orElseThrow();
        assertThat(koller.get("first_name").asString()).isEqualTo("Violanda");
        assertThat(koller.get("family_name").asString()).isEqualTo("Koller");
        assertThat(koller.get("person_name").asString()).isEqualTo("Lanter-Koller Violanda");
        assertThat(people.stream().filter(p -> p.get("first_name").isString())).hasSize(56 + 7);
        assertThat(people.stream().filter(p -> p.get("family_name").isString())).hasSize(11 + 3);
    }

    /**
     * subsetsio/connectors: the six reports are fetched once each, without any parameter ({@code REPORTS}); the rows
     * are flat, with the columns of {@code src/transforms/inter-parliamentary-union-report-*.yml}; the women ranking's
     * percentages arrive as text and are cast to doubles.
     */
    @Test
    void connectorsFetchesEveryReportWithoutParameters() {
        JsonNode ranking = ok(BASE + "reports/women-ranking");
        assertThat(ranking.get("data").size()).isGreaterThan(180);
        JsonNode rwanda = ranking.get("data").get(0);
        assertThat(rwanda.get("country_code").asString()).isEqualTo("RW");
        assertThat(Double.parseDouble(rwanda.get("lower_chamber_percent_women").asString())).isGreaterThan(60);
        for (String column : List.of("country_name", "region", "subregion", "lower_chamber_current_women_number",
                "lower_chamber_current_members_number", "lower_is_suspended_chamber", "lower_data_missing",
                "upper_chamber_current_women_number", "upper_chamber_percent_women", "rank")) {
            assertThat(rwanda.has(column)).as(column).isTrue();
        }
        assertThat(rwanda.get("rank").asInt()).isEqualTo(1);

        JsonNode ages = ok(BASE + "reports/age-brackets");
        assertThat(ages.at("/meta/reference_date").asString()).isEqualTo(LocalDate.now(java.time.ZoneOffset.UTC).withDayOfMonth(1).toString());
        ages.get("data").forEach(row -> assertThat(row.get("chamber_code").isString()).isTrue());

        JsonNode elections = ok(BASE + "reports/elections");
        assertThat(elections.get("data").size()).isBetween(250, 310);
        JsonNode spain = elections.get("data").valueStream().filter(r -> r.get("chamber_code").asString().equals("ES-LC01"))
                .findFirst().orElseThrow();
        assertThat(spain.get("country_code").asString()).isEqualTo("ES");
        assertThat(spain.get("last_election").asString()).isEqualTo("2023-07");
        assertThat(spain.get("election_code").asString()).startsWith("ES-LC01-E");

        for (String empty : List.of("speakers", "secretaries-general", "women-speakers")) {
            JsonNode report = ok(BASE + "reports/" + empty);
            assertThat(report.get("data").isArray()).isTrue();
            assertThat(report.get("data").size()).isZero();
            assertThat(report.at("/meta/method").asString()).contains("No source");
        }
    }

    /**
     * subsetsio/connectors ({@code METADATA}) and its {@code tests/inter-parliamentary-union-fields.yaml}: the metadata
     * lists are paged with a trailing slash; fields are flat rows keyed by {@code field_id} with {@code entity_type},
     * {@code data_type}, {@code field_name}, {@code description}, {@code taxonomy_key}...; groups by
     * {@code group_name} with {@code group_fields}; taxonomies by {@code key} with {@code terms}.
     */
    @Test
    void connectorsReadsTheMetadataAsFlatRows() {
        List<JsonNode> fields = connectorsFetchAll("metadata/fields");
        Set<String> ids = new HashSet<>();
        for (JsonNode field : fields) {
            assertThat(field.get("field_id").isString()).isTrue();
            assertThat(ids.add(field.get("entity_type").asString() + "." + field.get("field_id").asString())).isTrue();
            for (String column : List.of("data_type", "field_name", "description", "label", "taxonomy_key", "is_timeseries",
                    "is_computed", "unit", "decimals_precision")) {
                assertThat(field.has(column)).as(column).isTrue();
            }
        }
        assertThat(ids).contains("chamber.chamber_code", "chamber.parliament", "chamber.min_age_member_parl",
                "country.iso_alpha3", "election.seats_per_parties", "person.dob_year", "chamber.current_women_percent");
        List<JsonNode> groups = connectorsFetchAll("metadata/groups");
        assertThat(groups).allSatisfy(g -> assertThat(g.get("group_fields").size()).isPositive());
        Set<String> grouped = new HashSet<>();
        groups.forEach(g -> g.get("group_fields").forEach(f -> grouped.add(f.asString())));
        assertThat(grouped).containsAll(ids);
        List<JsonNode> taxonomies = connectorsFetchAll("metadata/taxonomies");
        assertThat(taxonomies).allSatisfy(t -> assertThat(t.get("terms").isArray()).isTrue());
        JsonNode electoral = taxonomies.stream().filter(t -> t.get("key").asString().equals("electoral_system")).findFirst().orElseThrow();
        assertThat(electoral.get("terms").valueStream().map(t -> t.get("key").asString()))
                .contains("plurality_majority", "proportional_representation", "mixed_system", "other_systems");
    }

    /**
     * Parline's catalogue as far as public sources name it ({@code registry/parline-field-sources.csv}, decision 0026):
     * each of the 106 fields is in {@code /metadata/fields} under its entity, marked as Parline's and with its sources;
     * ids checked against the sources that name them: connectors' truncated {@code publishes_reports_on_its_w} and
     * {@code num_written_question_answ} ({@code src/transforms/inter-parliamentary-union-specialized-bodies.yml},
     * {@code -chambers.yml}), polity-atlas' {@code electoral_systems} ({@code ipu.test.mjs}), hemiciclo's
     * {@code largest_party_seat_percent} and {@code head_gov_is_head_state}. A field without data answers Parline's
     * shape with no value: {@code []} for a series, {@code {value: null, missing_reason: null, annotation: null}}.
     */
    @Test
    void everyFieldThatPublicSourcesNameIsInTheCatalogue() throws Exception {
        List<String[]> named = new ArrayList<>();
        try (var in = getClass().getResourceAsStream("/registry/parline-field-sources.csv")) {
            List<String> lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
            assertThat(lines.get(0)).isEqualTo("entity,field_id,named_by");
            lines.subList(1, lines.size()).forEach(l -> named.add(l.split(",")));
        }
        assertThat(named).hasSize(106);
        Map<String, JsonNode> byId = new HashMap<>();
        connectorsFetchAll("metadata/fields").forEach(f -> byId.put(f.get("id").asString(), f));
        for (String[] field : named) {
            JsonNode row = byId.get(field[0] + "." + field[1]);
            assertThat(row).as(field[0] + "." + field[1]).isNotNull();
            assertThat(row.get("field_id").asString()).isEqualTo(field[1]);
            assertThat(row.get("entity_type").asString()).isEqualTo(field[0]);
            assertThat(row.get("parline_field").asBoolean()).isTrue();
            assertThat(row.get("named_by").valueStream().map(JsonNode::asString)).containsExactly(field[2].split(" "));
            assertThat(row.get("description").get("en").asString()).isNotBlank();
            assertThat(row.has("taxonomy_key")).isTrue();
            assertThat(row.get("group").asString()).isNotBlank();
        }
        assertThat(byId.values().stream().filter(f -> f.get("parline_field").asBoolean())).hasSize(106);
        assertThat(byId.get("specialized_body.publishes_reports_on_its_w").get("named_by").get(0).asString()).isEqualTo("connectors");
        assertThat(byId.get("chamber.num_written_question_answ").get("data_type").asString()).isEqualTo("integer");
        assertThat(byId.get("chamber.electoral_systems").get("taxonomy_key").asString()).isEqualTo("electoral_system");
        assertThat(byId.get("chamber.electoral_systems").get("named_by").get(0).asString()).isEqualTo("polity-atlas");
        assertThat(byId.get("election.largest_party_seat_percent").get("named_by").get(0).asString()).isEqualTo("hemiciclo");
        assertThat(byId.get("parliament.head_gov_is_head_state").get("has_data").asBoolean()).isFalse();
        // Plenum's own additions keep their names, and say they are not Parline's
        assertThat(byId.get("country.m49_code").get("parline_field").asBoolean()).isFalse();
        assertThat(byId.get("country.m49_code").get("named_by")).isEmpty();
        JsonNode meta = ok(BASE + "metadata/fields").get("meta");
        assertThat(meta.at("/parline_fields/named_by_public_sources").asInt()).isEqualTo(106);
        assertThat(meta.at("/parline_fields/sources/hemiciclo").asString()).contains("lutzseverino/hemiciclo");
        // fields without data: Parline's shape with no value, never a made-up one
        JsonNode spain = ok(BASE + "chambers/ES-LC01").at("/data/attributes");
        assertThat(spain.get("basic_salary").isArray()).isTrue();
        assertThat(spain.get("basic_salary")).isEmpty();
        assertThat(spain.get("electoral_systems")).isEmpty();
        JsonNode election = ok(BASE + "elections/ES-LC01-E20191110").at("/data/attributes/largest_party_seat_percent");
        assertThat(election.get("value").isNull()).isTrue();
        assertThat(election.get("missing_reason").isNull()).isTrue();
        assertThat(election.has("annotation")).isTrue();
    }

    /**
     * fbalino/civica, {@code scripts/sync-ipu-parline.ts} and {@code scripts/sync-elections-ipu.ts}: party names paged
     * by 50 with encoded brackets; chambers paged by 50; for each chamber {@code chamber_code}, {@code parliament},
     * {@code struct_parl_status.term}, {@code electoral_system.term}, {@code last_election.from}; then
     * {@code /elections/{chamber}-E{yyyymmdd}} and its {@code seats_per_parties} ({@code party},
     * {@code total_number_of_seats}, {@code vote_breakdown}), the party names looked up by code.
     */
    @Test
    void civicaSyncsChambersPartiesAndTheirSeats() {
        Map<String, String> partyNames = new HashMap<>();
        for (JsonNode party : civicaFetchAllPages("political_parties")) {
            partyNames.put(party.get("political_party_code").asString(), party.at("/party_name/en").asString());
        }
        List<JsonNode> chambers = civicaFetchAllPages("chambers");
        assertThat(chambers).hasSizeBetween(250, 310);
        Set<String> parlineSystems = Set.of("plurality_majority", "proportional_representation", "mixed_system", "other_systems",
                "appointed", "indirectly_elected");
        for (JsonNode chamber : chambers) {
            JsonNode attributes = chamber.get("attributes");
            assertThat(latest(attributes.get("chamber_code")).asString()).isEqualTo(chamber.get("id").asString());
            assertThat(latest(attributes.get("parliament")).asString()).isNotBlank();
            assertThat(latest(attributes.get("struct_parl_status")).get("term").asString()).isIn("lower_chamber",
                    "upper_chamber", "unicameral");
            JsonNode system = latest(attributes.get("electoral_system"));
            if (system != null && !system.isNull()) {
                assertThat(system.get("term").asString()).isIn(parlineSystems);
            }
            assertThat(attributes.has("electoral_subsystem")).isTrue();
        }
        JsonNode spain = chambers.stream().filter(c -> c.get("id").asString().equals("ES-LC01")).findFirst().orElseThrow();
        assertThat(latest(spain.at("/attributes/last_election")).get("from").asString()).isEqualTo("2023-07");
        JsonNode election = ok(BASE + "elections/ES-LC01-E20191110").at("/data/attributes");
        assertThat(latest(election.get("chamber")).asString()).isEqualTo("ES-LC01");
        assertThat(latest(election.get("election_date")).get("from").asString()).isEqualTo("2019-11-10");
        JsonNode seats = latest(election.get("seats_per_parties"));
        assertThat(seats.size()).isGreaterThan(5);
        int total = 0;
        for (JsonNode result : seats) {
            assertThat(partyNames).containsKey(result.get("party").asString());
            assertThat(result.get("vote_breakdown").isArray()).isTrue();
            total += result.get("total_number_of_seats").asInt();
        }
        assertThat(total).isEqualTo(350);
        assertThat(partyNames.get(seats.get(0).get("party").asString())).isNotBlank();

        // sync-elections-ipu.ts, for each chamber in the order read: last_election.from -> new Date(from) ->
        // {chamber_code}-E{yyyymmdd} (UTC parts) -> GET /elections/{code}; a failure is counted and the loop goes on.
        int found = 0;
        int failed = 0;
        int toTheDay = 0;
        for (JsonNode chamber : chambers) {
            String code = latest(chamber.at("/attributes/chamber_code")).asString();
            JsonNode last = latest(chamber.at("/attributes/last_election"));
            if (last == null || last.isNull() || !last.path("from").isString()) {
                continue;
            }
            String from = last.get("from").asString();
            // JavaScript's Date reads "2021-09" as 2021-09-01 (UTC) and "2021-09-26" as that day
            LocalDate day = from.length() == 7 ? LocalDate.parse(from + "-01") : LocalDate.parse(from.substring(0, 10));
            String electionCode = code + "-E" + day.toString().replace("-", "");
            ApiClient.Response response = api.get(BASE + "elections/" + electionCode);
            if (from.length() == 10) {
                toTheDay++;
                // a day is given only where the chamber's election of that day is recorded: the lookup finds it
                assertThat(response.status()).as(electionCode).isEqualTo(200);
                JsonNode looked = response.json().at("/data/attributes");
                assertThat(latest(looked.get("chamber")).asString()).isEqualTo(code);
                assertThat(latest(looked.get("election_date")).get("from").asString()).isEqualTo(from);
                assertThat(latest(looked.get("seats_per_parties")).isArray()).isTrue();
                found++;
            } else {
                assertThat(response.status()).as(electionCode).isIn(200, 404);
                failed += response.status() == 404 ? 1 : 0;
                found += response.status() == 200 ? 1 : 0;
            }
        }
        assertThat(toTheDay).as("chambers whose last_election is given to the day").isEqualTo(LAST_ELECTIONS_TO_THE_DAY);
        assertThat(found).isEqualTo(LAST_ELECTIONS_TO_THE_DAY);
        assertThat(failed).as("chambers whose last election no source Plenum reads dates to the day").isPositive();
        // the day, where a source has it: Finland's election of 2 April 2023 (ParlGov), IPU's ranking giving "04.2023";
        // Greece's of 25 June 2023, the second of two that spring, IPU giving "06.2023"
        JsonNode finland = ok(BASE + "chambers/FI-LC01?fields=last_election");
        assertThat(latest(finland.at("/data/attributes/last_election")).get("from").asString()).isEqualTo("2023-04-02");
        JsonNode greece = ok(BASE + "chambers/GR-LC01?fields=last_election");
        assertThat(latest(greece.at("/data/attributes/last_election")).get("from").asString()).isEqualTo("2023-06-25");
    }

    /** Measured on the bundled data: chambers whose month of last election holds one election recorded to the day. */
    private static final int LAST_ELECTIONS_TO_THE_DAY = 13;

    private List<JsonNode> civicaFetchAllPages(String path) {
        List<JsonNode> items = new ArrayList<>();
        int total = Integer.MAX_VALUE;
        for (int page = 1; items.size() < total; page++) {
            ApiClient.Response response = api.get(BASE + path + "?page%5Bnumber%5D=" + page + "&page%5Bsize%5D=50");
            assertThat(response.status()).isEqualTo(200);
            JsonNode data = response.json();
            total = data.at("/meta/total").asInt();
            if (data.get("data").isEmpty()) {
                break;
            }
            data.get("data").forEach(items::add);
        }
        assertThat(items).hasSize(total);
        return items;
    }

    /** civica's {@code extractLatestValue}: the last entry of a series, or the value of a single wrapper. */
    private static JsonNode latest(JsonNode field) {
        if (field.isArray()) {
            return field.isEmpty() ? null : field.get(field.size() - 1).get("value");
        }
        return field.get("value");
    }

    /**
     * 8ft0-ai/polity-atlas, {@code packages/data-pipeline/ipu/client.mjs} ({@code fetchCountrySnapshot},
     * {@code fetchTaxonomies}) and {@code normalize.mjs} ({@code validateCountryJoin}, {@code normalizeLatestElection}):
     * one country's record, parliaments, chambers, parties ({@code political_party_country:eq:}), elections per chamber
     * ({@code chamber:eq:}), paged by 100 to meta.total with trailing slashes; single wrappers read with {@code .value}.
     */
    @Test
    void polityAtlasBuildsACountrySnapshot() {
        JsonNode country = ok(BASE + "countries/ES");
        JsonNode attributes = country.at("/data/attributes");
        assertThat(attributes.at("/country_code/value").asString()).isEqualTo("ES");
        assertThat(attributes.at("/iso_alpha3/value").asString()).isEqualTo("ESP");
        assertThat(attributes.at("/iso_numeric3/value").asString()).isEqualTo("724");
        assertThat(country.at("/meta/publisher").asString()).isNotBlank();
        assertThat(country.at("/meta/licence").asString()).isNotBlank();
        assertThat(country.at("/meta/terms_of_use").asString()).isNotBlank();
        List<JsonNode> parliaments = polityAtlasAll("countries/ES/parliaments", "");
        // normalize.mjs reads it with fieldValue (the open step of a series, or the single value)
        assertThat(unwrap(parliaments.get(0).at("/attributes/structure_of_parliament")).get("term").asString()).isEqualTo("bicameral");
        List<JsonNode> chambers = polityAtlasAll("countries/ES/chambers", "");
        assertThat(chambers).extracting(c -> c.at("/attributes/struct_parl_status/value/term").asString())
                .containsExactly("lower_chamber", "upper_chamber");
        List<JsonNode> parties = polityAtlasAll("political_parties/", "political_party_country:eq:ES");
        assertThat(parties).hasSizeGreaterThan(20).allSatisfy(p -> assertThat(p.get("political_party_country").asString()).isEqualTo("ES"));
        for (JsonNode chamber : chambers) {
            List<JsonNode> elections = polityAtlasAll("elections/", "chamber:eq:" + chamber.get("id").asString());
            assertThat(chamber.at("/attributes/chamber_speakers").isArray()).isTrue();
            if (chamber.get("id").asString().equals("ES-UC02")) {
                assertThat(elections).isEmpty(); // ParlGov, the only source of elections, has the lower chambers only
                continue;
            }
            assertThat(elections).hasSizeGreaterThan(10).allSatisfy(e -> {
                assertThat(e.at("/attributes/chamber/value").asString()).isEqualTo(chamber.get("id").asString());
                assertThat(e.at("/attributes/election_date/value/from").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
            });
            JsonNode latest = elections.stream().max((a, b) -> a.at("/attributes/election_date/value/from").asString()
                    .compareTo(b.at("/attributes/election_date/value/from").asString())).orElseThrow();
            assertThat(latest.at("/attributes/seats_per_parties/value").isArray()).isTrue();
        }
        List<JsonNode> people = polityAtlasAll("people/", "person_code:eq:EP-0263e85f-6ff4-4e37-93a2-418d41066a02");
        assertThat(people).hasSize(1);
        List<JsonNode> taxonomies = polityAtlasAll("metadata/taxonomies/", "");
        JsonNode status = taxonomies.stream().filter(t -> t.get("key").asString().equals("struct_parl_status")).findFirst().orElseThrow();
        assertThat(status.get("terms").valueStream().map(t -> t.get("key").asString() + "=" + t.at("/value/en").asString()))
                .contains("lower_chamber=Lower chamber", "upper_chamber=Upper chamber");
    }

    private List<JsonNode> polityAtlasAll(String path, String filter) {
        String query = filter.isEmpty() ? "" : "filter=" + filter + "&";
        JsonNode first = ok(BASE + path + "?" + query + "page[size]=100&page[number]=1");
        List<JsonNode> rows = new ArrayList<>();
        first.get("data").forEach(rows::add);
        int total = first.at("/meta/total").asInt();
        for (int page = 2; rows.size() < total; page++) {
            JsonNode next = ok(BASE + path + "?" + query + "page[size]=100&page[number]=" + page);
            next.get("data").forEach(rows::add);
            if (next.get("data").isEmpty()) {
                break;
            }
        }
        assertThat(rows).hasSize(total);
        return rows;
    }

    /**
     * IPU's own compare export names its API call ({@code shared/data/ipu/compare-upper-chambers-women-percent-2020.csv},
     * "API URL"); an R script in a public repository (found by the request string) sends the same for
     * {@code lower_chamber} and assigns the 193 rows to the 193 UN member states by position.
     */
    @Test
    void ipuCompareExportCallWithParlinesPageSizeAndFields() {
        String call = BASE + "chambers?page[size]=1000000&page[number]=1&fields=current_women_percent%2Ccountry_code%2Cparliament"
                + "%2Cparliament_country&filter=struct_parl_status.term%3Aeq%3A";
        JsonNode upper = ok(call + "upper_chamber");
        assertThat(upper.at("/meta/page_size_clamped/requested").asInt()).isEqualTo(1000000);
        assertThat(upper.at("/meta/total").asInt()).isEqualTo(upper.get("data").size()).isBetween(75, 110);
        for (JsonNode row : upper.get("data")) {
            JsonNode attributes = row.get("attributes");
            assertThat(attributes.propertyNames()).containsExactlyInAnyOrder("current_women_percent", "country_code",
                    "parliament", "parliament_country");
            String country = row.get("id").asString().split("-")[0];
            assertThat(attributes.at("/country_code/value").asString()).isEqualTo(country);
            assertThat(attributes.at("/parliament/value").asString()).isEqualTo(country);
            assertThat(attributes.at("/parliament_country/value").asString()).isEqualTo(country);
        }
        JsonNode lower = ok(call + "lower_chamber");
        assertThat(lower.get("data").size()).isEqualTo(193);
        JsonNode rwanda = lower.get("data").valueStream().filter(r -> r.get("id").asString().equals("RW-LC01")).findFirst().orElseThrow();
        JsonNode share = rwanda.at("/attributes/current_women_percent");
        assertThat(share.get(share.size() - 1).get("value").decimalValue()).isEqualByComparingTo("63.8");
    }

    /**
     * Parline's leniency that the clients above rely on (decision 0014): page sizes are clamped and paging still reaches
     * the end; unknown names in {@code fields} are left out and named; {@code date_range}; {@code /metadata/fields/{id}}
     * by either id; former countries by {@code as_of} or a filter on the code; trailing slashes on records.
     */
    @Test
    void lenientWhereParlineIsLenientAndExplicitAboutIt() {
        JsonNode clamped = ok(BASE + "political_parties?page[size]=1000000&page[number]=1");
        assertThat(clamped.get("data").size()).isEqualTo(Math.min(5000, clamped.at("/meta/total").asInt()));
        JsonNode ignored = ok(BASE + "chambers/RW-LC01?fields=current_women_number,no_such_field");
        assertThat(ignored.at("/data/attributes").propertyNames()).containsExactly("current_women_number");
        assertThat(ignored.at("/meta/ignored_fields/0").asString()).isEqualTo("no_such_field");
        JsonNode ranged = ok(BASE + "chambers/AL-LC01?fields=current_members_number&date_range[from]=1970-01-01&date_range[to]=1979-12-31");
        JsonNode steps = ranged.at("/data/attributes/current_members_number");
        assertThat(steps.size()).isPositive();
        steps.forEach(s -> assertThat(s.get("date_from").asString().compareTo("1980")).isNegative());
        JsonNode byName = ok(BASE + "metadata/fields/current_women_number");
        assertThat(byName.at("/data/id").asString()).isEqualTo("chamber.current_women_number");
        assertThat(ok(BASE + "metadata/fields/chamber.current_women_number/").at("/data/field_id").asString())
                .isEqualTo("current_women_number");
        assertThat(ok(BASE + "countries").at("/meta/total").asInt()).isEqualTo(193);
        List<String> in1980 = ok(BASE + "countries?as_of=1980-01-01&page[size]=5000").get("data").valueStream()
                .map(c -> c.get("id").asString()).toList();
        assertThat(in1980).contains("SUHH", "DDDE", "YUCS", "ES");
        assertThat(ok(BASE + "countries?filter=country_code:eq:SUHH").at("/meta/total").asInt()).isEqualTo(1);
        assertThat(ok(BASE + "countries/SUHH/").at("/data/id").asString()).isEqualTo("SUHH");
        assertThat(ok(BASE + "reports/women-averages").at("/meta/year").asInt()).isGreaterThanOrEqualTo(2025);
        JsonNode paths = ok(BASE + "openapi.json").get("paths");
        for (String path : List.of("metadata/groups", "reports/elections", "reports/speakers", "reports/secretaries-general",
                "reports/women-speakers")) {
            assertThat(paths.has(BASE + path)).as(path + " in the OpenAPI document").isTrue();
        }
    }
}
