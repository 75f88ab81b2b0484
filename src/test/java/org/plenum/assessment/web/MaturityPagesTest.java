package org.plenum.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenum.assessment.Questionnaires;
import org.plenum.assessment.Responses;
import org.plenum.assessment.scoring.FrameworkCatalogue;
import org.plenum.web.WebsiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The digital-maturity pages, API and downloads over {@link ScoringFixture}'s six respondents (scores by hand). */
class MaturityPagesTest extends WebsiteTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String F = "/frameworks/" + ScoringFixture.CODE;
    private static final String API = "/api/v1/frameworks/" + ScoringFixture.CODE;

    @Autowired
    FrameworkCatalogue catalogue;
    @Autowired
    Questionnaires questionnaires;
    @Autowired
    Responses responses;

    @BeforeEach
    void data() {
        ScoringFixture.store(catalogue, questionnaires, responses);
    }

    private String page(String path) {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private JsonNode api(String path) {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void rankingInEnglishAndFrenchWithFiltersBandsAndSyntheticLabels() {
        String en = page(F + "?lang=en");
        assertThat(en).contains("Synthetic chamber r1", "<span class=\"synthetic\">synthetic</span>",
                "<span class=\"band band-4\">High</span>", "9.3", "4.8", "No score", "Digital maturity");
        assertThat(en.indexOf("Synthetic chamber r1")).isLessThan(en.indexOf("Synthetic chamber r5"));
        assertThat(en.indexOf("Synthetic chamber r3")).isLessThan(en.indexOf("Synthetic chamber r6"));
        String fr = page(F + "?lang=fr&region=europe");
        assertThat(fr).contains("synthétique", "Classement", "Maturité numérique", "Synthetic chamber r2", "4,8")
                .doesNotContain("Synthetic chamber r5");
        assertThat(get(F + "?region=atlantis").statusCode()).isEqualTo(400);
        assertThat(get("/frameworks/no-such-framework").statusCode()).isEqualTo(404);
    }

    @Test
    void theExplainedScoreAndItsPeerBenchmark() {
        String en = page(F + "/scores/r2?lang=en");
        // r2: governance 5.5 (strategy 1 of 2, channels 1 of 2), infrastructure 3.25, overall 4.75 → 4.8, rank 3 of 6
        assertThat(en).contains("Synthetic chamber r2", "4.8", "5.5", "3.3", "Rank (of 6)", "1.0 / 2.0",
                "Unanswered questions give no points.", "Peer benchmark", "Against Europe (n = 2)",
                "Against All respondents (n = 5)", "<span class=\"band band-0\">Low</span>");
        String fr = page(F + "/scores/r6?lang=fr");
        assertThat(fr).contains("Pas de score", "Sans réponse.", "pas de réponse", "Comparaison avec les pairs", "synthétique");
        assertThat(get(F + "/scores/nobody").statusCode()).isEqualTo(404);
    }

    @Test
    void whatIfChangesTheScoreAndRankAndSavesNothing() {
        // r3 with a multi-year strategy: governance 1 + 9 × 2/3 = 7, infrastructure 1 → (2 × 7 + 1) / 3 = 5.0, 3rd
        String en = page(F + "/scores/r3/what-if?strategy=yes_multi&lang=en");
        assertThat(en).contains("id=\"what-if-score\">5.0<", "id=\"what-if-rank\">3<", "before: 1.0", "before: 5",
                "Strategy: 0.0 → <strong>2.0</strong> / 2.0", "Nothing is saved", "what-if");
        JsonNode w = api(API + "/what-if?respondent=r3&answers%5Bstrategy%5D=yes_multi").path("data").path("attributes");
        assertThat(w.path("after").path("score").asDouble()).isCloseTo(5.0, within(1e-9));
        assertThat(w.path("after").path("rank").asInt()).isEqualTo(3);
        assertThat(w.path("before").path("rank").asInt()).isEqualTo(5);
        assertThat(w.path("changed_indicators").get(0).path("indicator").asString()).isEqualTo("strategy");
        assertThat(api(API + "/scores/r3").path("data").path("attributes").path("score").asDouble()).isEqualTo(1.0);
        assertThat(get(API + "/what-if?respondent=r3&answers%5Bunknown%5D=1").statusCode()).isEqualTo(400);
        assertThat(get(API + "/what-if?answers%5Bstrategy%5D=no").statusCode()).isEqualTo(400);
        String fr = page(F + "/scores/r3/what-if?w=1&strategy=yes_multi&lang=fr");
        // submitted without the other answers: they are removed; infrastructure then has no score
        assertThat(fr).contains("id=\"what-if-score\">Pas de score<", "Rien n&#39;est enregistré");
    }

    @Test
    void apiScoresBreakdownsPracticesAndTheDocument() {
        JsonNode scores = api(API + "/scores?edition=2024&income_group=high_income");
        assertThat(scores.path("data")).hasSize(2);
        JsonNode first = scores.path("data").get(0).path("attributes");
        assertThat(first.path("respondent").asString()).isEqualTo("r1");
        assertThat(first.path("framework_version").asString()).isEqualTo("1.0");
        assertThat(first.path("edition").asString()).isEqualTo("2024");
        assertThat(first.path("synthetic").asBoolean()).isTrue();
        assertThat(first.path("rank").asInt()).isEqualTo(1);
        JsonNode income = api(API + "/breakdowns?by=income_group").path("meta").path("income_gradient");
        assertThat(income.path("n").asInt()).isEqualTo(5);
        assertThat(income.path("spearman").asDouble()).isCloseTo(18.0 / 19, within(1e-9));
        assertThat(income.path("pearson").asDouble()).isCloseTo(18.45 / Math.sqrt(6.8 * 54.675), within(1e-9));
        JsonNode regions = api(API + "/breakdowns?by=region");
        assertThat(regions.path("data")).extracting(d -> d.path("id").asString())
                .contains("region:europe", "region:americas", "region:sub_saharan_africa");
        assertThat(get(API + "/breakdowns?by=planet").statusCode()).isEqualTo(400);
        JsonNode practice = api(API + "/practices").path("data").get(0).path("attributes");
        assertThat(practice.path("holding").asInt()).isEqualTo(3);
        assertThat(practice.path("share").asDouble()).isEqualTo(0.5);
        JsonNode score = api(API + "/scores/r2").path("data").path("attributes");
        assertThat(score.path("explanation").path("areas").get(0).path("indicators").get(0).path("answers")
                .path("strategy").asString()).isEqualTo("yes_annual");
        assertThat(score.path("benchmark").path("groups").get(2).path("rows").get(0).path("percentile").asDouble())
                .isCloseTo(40, within(1e-9));
        JsonNode document = api(API).path("data").path("attributes").path("document");
        assertThat(document.path("areas").get(1).path("indicators").get(0).path("rule").path("thresholds")
                .path("question").asString()).isEqualTo("it_staff");
        assertThat(api("/api/v1/frameworks").path("data")).extracting(d -> d.path("id").asString())
                .contains(ScoringFixture.CODE);
        assertThat(get("/api/v1/frameworks/nothing").statusCode()).isEqualTo(404);
    }

    @Test
    void aStoredFrameworkVersionIsNeverChangedAndStoringItAgainChangesNothing() {
        assertThat(catalogue.store(org.plenum.assessment.scoring.SmallFramework.json(ScoringFixture.CODE,
                ScoringFixture.CODE, "zero", 0.5), "test:" + ScoringFixture.CODE + "-1.0.json")).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> catalogue.store(
                        org.plenum.assessment.scoring.SmallFramework.json(ScoringFixture.CODE, ScoringFixture.CODE, "skip", 0.5),
                        "changed.json"))
                .isInstanceOf(org.plenum.assessment.AssessmentException.class)
                .hasMessageContaining("changed.json: framework scoring-test version 1.0 is already stored with a "
                        + "different document");
    }

    @Test
    void rankingDownloadsNameVersionEditionAndSynthetic() throws Exception {
        HttpResponse<String> csv = get(F + "/scores.csv?edition=2024");
        assertThat(csv.statusCode()).isEqualTo(200);
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("framework,framework_version,questionnaire,edition,rank,respondent,label,"
                + "chamber,country,region,income_group,synthetic,score,score_shown,band,area_governance,area_infrastructure");
        assertThat(lines.get(1)).startsWith("scoring-test,1.0,scoring-test,2024,1,r1,\"Synthetic chamber r1\",,,europe,"
                + "high_income,true,10.0,10.0,high,10.0,10.0");
        assertThat(lines).hasSize(7);
        HttpResponse<byte[]> xlsx = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url(F + "/scores.xlsx?region=europe"))).build(), HttpResponse.BodyHandlers.ofByteArray());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheet("scores");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(2).getCell(5).getStringCellValue()).isEqualTo("r2");
            assertThat(sheet.getRow(2).getCell(11).getBooleanCellValue()).isTrue();
            assertThat(sheet.getRow(2).getCell(12).getNumericCellValue()).isCloseTo(4.75, within(1e-9));
        }
        JsonNode json = JSON.readTree(get(F + "/scores.json").body());
        assertThat(json.path("framework_version").asString()).isEqualTo("1.0");
        assertThat(json.path("rows").get(3).path("rank").asInt()).isEqualTo(3);
    }

    @Test
    void landingShowsIpusPublishedFiguresBesidePlenumsIndex() {
        String en = page("/digital-maturity?lang=en");
        assertThat(en).contains("Digital maturity of parliaments", "(published by IPU)", "South Africa", "Burundi",
                "https://lbnntv.com/top-10-african-countries-with-the-most-digitally-advanced-parliaments",
                "Multi-year digital strategy", "68%", "aria-current=\"page\">Digital maturity<");
        String fr = page("/digital-maturity?lang=fr");
        assertThat(fr).contains("Maturité numérique des parlements", "(publié par l'UIP)",
                "Stratégie numérique pluriannuelle", "parlements ayant répondu", "Afrique du Sud")
                .doesNotContain("responding parliaments", ">South Africa<");
        JsonNode figures = api("/api/v1/published-figures");
        assertThat(figures.path("meta").path("total").asInt()).isEqualTo(25);
        assertThat(figures.path("data")).filteredOn(d -> d.path("attributes").path("country").asString("").equals("BI"))
                .hasSize(2).allSatisfy(d -> assertThat(d.path("attributes").path("note").asString()).contains("two chambers"));
        assertThat(figures.path("data")).filteredOn(d -> d.path("attributes").path("country").asString("").equals("ZA"))
                .singleElement().satisfies(d -> {
                    assertThat(d.path("attributes").path("value").asDouble()).isEqualTo(8.0);
                    assertThat(d.path("attributes").path("global_rank").asInt()).isEqualTo(24);
                    assertThat(d.path("attributes").path("publisher").asString()).isEqualTo("IPU");
                });
    }
}
