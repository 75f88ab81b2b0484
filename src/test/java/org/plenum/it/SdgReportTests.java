package org.plenum.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenum.exchange.sdmx.SdmxSchemas;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/reports/sdg} on the bundled real data, through HTTP. Nested in {@link H2IntegrationTest} and
 * {@link PostgresIntegrationTest}, so it shares their application and database.
 */
abstract class SdgReportTests {

    private static final String REPORT = "/api/v1/reports/sdg";

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private JsonNode observation(JsonNode document, String id) {
        for (JsonNode resource : document.get("data")) {
            if (resource.get("id").asString().equals(id)) {
                return resource.get("attributes");
            }
        }
        throw new AssertionError("no observation " + id);
    }

    @Test
    void rwandaOnTheFirstOfJanuary2020FromIpusHistoricalData() {
        JsonNode document = api.get(REPORT + "?year=2020&series=SG_GEN_PARL,SG_GEN_PARLN,SG_GEN_PARLNT").json();
        assertThat(document.at("/meta/reference_date").asString()).isEqualTo("2020-01-01");
        JsonNode share = observation(document, "SG_GEN_PARL.RW.2020");
        // the historical workbook's last Rwandan row: 49 women of 80 members from September 2018
        assertThat(share.get("value").decimalValue()).isEqualByComparingTo("61.25");
        assertThat(share.at("/area/m49_code").asString()).isEqualTo("646");
        assertThat(share.get("chamber").asString()).isEqualTo("RW-LC01");
        assertThat(share.at("/sources/0").asString()).isEqualTo("women-in-parliament-historical-1945-2018.xlsx row 2772");
        assertThat(observation(document, "SG_GEN_PARLN.RW.2020").get("value").asInt()).isEqualTo(49);
        assertThat(observation(document, "SG_GEN_PARLNT.RW.2020").get("value").asInt()).isEqualTo(80);
    }

    @Test
    void rwandaIn2025And2026AroundTheNovember2025Ranking() {
        // 1 January 2025 is before the November 2025 ranking's facts start (1 November 2025): Plenum holds the
        // figures of IPU's ranking of March 2023 then (49 women of 80), within one term, so with no note
        JsonNode y2025 = observation(api.get(REPORT + "?year=2025&series=SG_GEN_PARL").json(), "SG_GEN_PARL.RW.2025");
        assertThat(y2025.get("value").decimalValue()).isEqualByComparingTo("61.25");
        assertThat(y2025.at("/sources").toString()).contains("women-ranking-2023-03.csv row");
        assertThat(y2025.get("notes")).isEmpty();
        // 1 January 2023 is before it: the workbook's figures of September 2018, within one term (5 years)
        JsonNode y2023 = observation(api.get(REPORT + "?year=2023&series=SG_GEN_PARL").json(), "SG_GEN_PARL.RW.2023");
        assertThat(y2023.at("/sources/0").asString()).isEqualTo("women-in-parliament-historical-1945-2018.xlsx row 2772");
        // 1 January 2026: the ranking's 51 women of 80
        JsonNode y2026 = observation(api.get(REPORT + "?year=2026&series=SG_GEN_PARL").json(), "SG_GEN_PARL.RW.2026");
        assertThat(y2026.get("value").decimalValue()).isEqualByComparingTo("63.75");
        assertThat(y2026.at("/components/women").asInt()).isEqualTo(51);
        assertThat(y2026.at("/sources").toString()).contains("women-ranking-2025-11.csv row 17");
        assertThat(y2026.get("notes")).isEmpty();
    }

    @Test
    void thePacificIn2020IsTheSumOfItsWomenOverTheSumOfItsSeats() {
        // checked by hand from /api/v1/chambers?as_of=2020-01-01: the Pacific's 14 lower or single chambers
        Map<String, int[]> pacific = new LinkedHashMap<>();
        pacific.put("AU", new int[] {43, 150});
        pacific.put("FJ", new int[] {10, 51});
        pacific.put("FM", new int[] {0, 14});
        pacific.put("KI", new int[] {3, 46});
        pacific.put("MH", new int[] {3, 33});
        pacific.put("NR", new int[] {1, 19});
        pacific.put("NZ", new int[] {46, 120});
        pacific.put("PG", new int[] {0, 106});
        pacific.put("PW", new int[] {2, 16});
        pacific.put("SB", new int[] {1, 50});
        pacific.put("TO", new int[] {0, 26});
        pacific.put("TV", new int[] {1, 15});
        pacific.put("VU", new int[] {0, 52});
        pacific.put("WS", new int[] {5, 50});
        JsonNode document = api.get(REPORT + "?year=2020&series=SG_GEN_PARL").json();
        pacific.forEach((country, counts) -> {
            JsonNode o = observation(document, "SG_GEN_PARL." + country + ".2020");
            assertThat(o.at("/components/women").asInt()).as(country).isEqualTo(counts[0]);
            assertThat(o.at("/components/seats").asInt()).as(country).isEqualTo(counts[1]);
        });
        // 115 women of 748 seats = 15.374…%; the mean of the 14 percentages would be 8.7 %
        JsonNode region = observation(document, "SG_GEN_PARL.pacific.2020");
        assertThat(region.at("/components/women").asInt()).isEqualTo(115);
        assertThat(region.at("/components/seats").asInt()).isEqualTo(748);
        assertThat(region.at("/components/chambers").asInt()).isEqualTo(14);
        assertThat(region.get("value").decimalValue()).isEqualByComparingTo("15.37");
        assertThat(region.at("/area/type").asString()).isEqualTo("region");
        assertThat(region.at("/area/name").asString()).isEqualTo("Pacific");
    }

    @Test
    void representationRatiosWhereTheInputsExistAndTheReasonPerChamberWhereNot() {
        JsonNode document = api.get(REPORT + "?year=2025&series=SG_DMK_PARLMP_LC,SG_DMK_PARLMP_UC,SG_DMK_PARLYR_LC").json();
        // 49 / 80 = 61.25 % of members; women are 4,055,508.2 of the 7,739,663.6 Rwandans aged 18 or over (UN WPP
        // 2024, mid-2023; 2/5 of the 15-19 group): 52.40 %; 0.6125 / 0.5240 = 1.17
        JsonNode women = observation(document, "SG_DMK_PARLMP_LC.RW.2025");
        assertThat(women.get("value").decimalValue()).isEqualByComparingTo("1.17");
        assertThat(women.at("/components/female_population_at_or_above_eligibility_age").decimalValue())
                .isEqualByComparingTo("4055508.2");
        assertThat(women.at("/components/population_at_or_above_eligibility_age").decimalValue())
                .isEqualByComparingTo("7739663.6");
        assertThat(women.at("/components/eligibility_age").asInt()).isEqualTo(18);
        assertThat(women.get("notes").toString()).contains("default for lower and single chambers");
        assertThat(women.get("sources").toString()).contains("population-by-age-sex.csv rows 7562-7603");
        JsonNode upper = observation(document, "SG_DMK_PARLMP_UC.RW.2025");
        assertThat(upper.get("value").isNull()).isTrue();
        assertThat(upper.get("missing_reason").asString()).contains("age of eligibility: not recorded for this upper chamber");
        JsonNode youth = observation(document, "SG_DMK_PARLYR_LC.RW.2025");
        assertThat(youth.get("value").isNull()).isTrue();
        assertThat(youth.get("missing_reason").asString()).contains("members aged 45 or under: not recorded");
        JsonNode world = observation(document, "SG_DMK_PARLMP_LC.world.2025");
        assertThat(world.get("value").decimalValue()).isPositive();
        assertThat(world.at("/components/chambers").asInt()).isGreaterThan(150);
        // 1 January 2020: no population estimate is valid yet (the bundled one is for 1 July 2023)
        JsonNode y2020 = observation(api.get(REPORT + "?year=2020&series=SG_DMK_PARLMP_LC").json(), "SG_DMK_PARLMP_LC.RW.2020");
        assertThat(y2020.get("missing_reason").asString()).contains("no estimate valid on 2020-01-01");
    }

    @Test
    void sdmxCsvOfTheUnSdgDataStructure() {
        ApiClient.Response response = api.get(REPORT + "?year=2020&series=SG_GEN_PARL&format=sdmx-csv");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/vnd.sdmx.data+csv");
        List<String> lines = response.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("STRUCTURE,STRUCTURE_ID,ACTION,FREQ,REPORTING_TYPE,SERIES,REF_AREA,SEX,AGE,"
                + "URBANISATION,INCOME_WEALTH_QUANTILE,EDUCATION_LEV,OCCUPATION,CUST_BREAKDOWN,COMPOSITE_BREAKDOWN,"
                + "DISABILITY_STATUS,ACTIVITY,PRODUCT,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,NATURE,OBS_STATUS,"
                + "SOURCE_DETAIL,COMMENT_OBS");
        assertThat(lines).contains("dataflow,IAEG-SDGs:DF_SDG_GLH(1.24),I,A,G,SG_GEN_PARL,646,F,_T,_T,_T,_T,_T,_T,_T,"
                + "_T,_T,_T,2020,61.25,PERCENT,0,C,A,Inter-Parliamentary Union (IPU): "
                + "women-in-parliament-historical-1945-2018.xlsx row 2772,\"As at 2020-01-01, chamber RW-LC01.\"");
        // 184 chambers; since decision 0018 the chambers whose workbook rows conflicted (Cuba, Israel, Nigeria...) count
        assertThat(lines).anyMatch(l -> l.contains(",SG_GEN_PARL,001,F,") && l.contains(",2020,23.57,PERCENT,0,,A,"));
        int rows = api.get(REPORT + "?year=2020&series=SG_GEN_PARL").json().at("/meta/total").asInt();
        assertThat(lines).hasSize(1 + rows);
    }

    @Test
    void sdmxMlOfEverySeriesValidatesAgainstTheSdmxSchemas() throws Exception {
        ApiClient.Response response = api.get(REPORT + "?year=2025&format=sdmx-ml");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/vnd.sdmx.structurespecificdata+xml");
        SdmxSchemas.validate(response.body().getBytes(StandardCharsets.UTF_8));
        assertThat(response.body()).contains("SERIES=\"SG_DMK_PARLMP_LC\" REF_AREA=\"646\" SEX=\"F\" AGE=\"_T\"",
                "SERIES=\"SG_DMK_PARLYR_UC\"", "OBS_VALUE=\"NaN\"");
    }

    @Test
    void formatsByAcceptHeaderWithTheirOwnEtags() {
        String path = REPORT + "?year=2024&series=SG_GEN_PARLNT&areas=aggregates";
        ApiClient.Response json = api.get(path);
        ApiClient.Response csv = api.get(path, "Accept", "application/vnd.sdmx.data+csv;version=2.0.0");
        ApiClient.Response xml = api.get(path, "Accept", "application/vnd.sdmx.structurespecificdata+xml;version=2.1");
        assertThat(json.header("Content-Type")).startsWith("application/vnd.api+json");
        assertThat(json.json().at("/meta/total").asInt()).isEqualTo(7);
        assertThat(csv.body()).startsWith("STRUCTURE,STRUCTURE_ID,ACTION,").contains(",IPU_EUROPE,", ",001,");
        assertThat(xml.body()).contains("<message:StructureSpecificData");
        assertThat(List.of(json.header("ETag"), csv.header("ETag"), xml.header("ETag"))).doesNotHaveDuplicates();
        assertThat(csv.header("Vary").split(",\\s*")).contains("Accept");
        ApiClient.Response notModified = api.get(path, "Accept", "application/vnd.sdmx.data+csv", "If-None-Match", csv.header("ETag"));
        assertThat(notModified.status()).isEqualTo(304);
        assertThat(api.get(path, "Accept", "text/csv").status()).isEqualTo(406);
        assertThat(api.get(path, "Accept", "text/html, */*;q=0.8").header("Content-Type")).startsWith("application/vnd.api+json");
    }

    @Test
    void badParametersAreRefusedNamingTheParameter() {
        assertError(REPORT, "missing_parameter", "year");
        assertError(REPORT + "?year=twenty", "invalid_year", "year");
        assertError(REPORT + "?year=1990", "year_not_available", "year");
        assertError(REPORT + "?year=2019&series=SG_DMK_PARLYR_LC", "year_not_available", "year");
        assertError(REPORT + "?year=2999", "year_not_available", "year");
        assertError(REPORT + "?year=2020&series=SG_GEN_PARL,SG_GEN_PARLX", "unknown_series", "series");
        assertError(REPORT + "?year=2020&format=xlsx", "unknown_format", "format");
        assertError(REPORT + "?year=2020&areas=continents", "invalid_areas", "areas");
        assertError(REPORT + "?year=2020&known_at=yesterday", "invalid_date", "known_at");
        assertError(REPORT + "?year=2020&year=2021", "repeated_parameter", "year");
        assertError(REPORT + "?year=2020&colour=blue", "unknown_parameter", "colour");
    }

    private void assertError(String path, String code, String parameter) {
        ApiClient.Response response = api.get(path);
        assertThat(response.status()).as(path).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/vnd.api+json");
        JsonNode error = response.json().at("/errors/0");
        assertThat(error.get("code").asString()).as(path).isEqualTo(code);
        assertThat(error.at("/source/parameter").asString()).as(path).isEqualTo(parameter);
        assertThat(error.get("detail").asString()).isNotBlank();
    }
}
