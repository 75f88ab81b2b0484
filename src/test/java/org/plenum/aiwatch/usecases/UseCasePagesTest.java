package org.plenum.aiwatch.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.plenum.web.WebsiteTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The library's pages, API and downloads over HTTP, without JavaScript. */
class UseCasePagesTest extends WebsiteTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void withoutASearchTheLibraryListsEveryUseCaseByCategory() {
        HttpResponse<String> page = get("/ai/use-cases");
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("<h1>AI use cases in parliaments</h1>")
                .contains("Public engagement and open parliament").contains("Chatbots and user support")
                .contains("href=\"/ai/use-cases/016\"").contains("classified by Plenum")
                .contains("Category named by Plenum");
        assertThat(html.indexOf("Public engagement and open parliament"))
                .isLessThan(html.indexOf("Transcription of proceedings"));
        weigh("/ai/use-cases").assertWithinBudget();
    }

    @Test
    void aSearchShowsTheHitsWithHighlightsAndFacets() {
        String html = get("/ai/use-cases?q=chatbots").body();
        assertThat(html).contains("<mark>Chatbot</mark> for simplifying the comprehension of Italian laws")
                .contains("use cases found").contains("<option value=\"chatbots\"");
        String french = get("/ai/use-cases?q=chatbot&lang=fr").body();
        assertThat(french).contains("<mark>chatbot</mark>").doesNotContain("Chatbot for simplifying");
        String filtered = get("/ai/use-cases?q=transcription&country=BR").body();
        assertThat(filtered).contains("One use case found").contains("href=\"/ai/use-cases/071\"");
        assertThat(get("/ai/use-cases?q=chatbot+AND+(").body()).contains("searched as plain words")
                .contains("href=\"/ai/use-cases/011\"");
        assertThat(get("/ai/use-cases?q=" + "x".repeat(501)).statusCode()).isEqualTo(400);
    }

    @Test
    void aUseCasePageShowsEveryFieldUnderItsHeadingWithItsProvenance() {
        String html = get("/ai/use-cases/005").body();
        assertThat(html).contains("<h1>Computation of amendment similarity scores</h1>")
                .contains(">Objective</h2>").contains(">Actors</h2>").contains(">Prerequisites</h2>")
                .contains(">Scenario</h2>").contains(">Expected results</h2>").contains(">Potential challenges</h2>")
                .contains(">Data requirements</h2>").contains(">Integrations with other systems</h2>")
                .contains(">Success metrics</h2>")
                .contains("href=\"/parliament/IT/IT-LC01/\"").contains("href=\"/parliament/IT/\"")
                .contains("classified by Plenum").contains("https://www.ipu.org/ai-use-cases/computation-amendment-similarity-scores")
                .contains("CC BY-NC-SA 4.0").contains("/ai/use-cases/005</span>").contains("usecases")
                .contains("2024-05-22");
        assertThat(get("/ai/use-cases/023").body()).contains("(classified by IPU)");
        assertThat(get("/ai/use-cases/027").body()).contains("(rest not read)")
                .contains("the rest of this field could not be read");
        String french = get("/ai/use-cases/005?lang=fr").body();
        assertThat(french).contains("<h1>Calcul de scores de similarité entre amendements</h1>")
                .contains(">Objectif</h2>").contains("traduction par Plenum du texte de l");
        assertThat(get("/ai/use-cases/999").statusCode()).isEqualTo(404);
        weigh("/ai/use-cases/005").assertWithinBudget();
    }

    @Test
    void theApiSearchesWithHighlightsAndGivesOneUseCase() {
        HttpResponse<String> response = get("/api/v1/ai-use-cases?q=chatbots&lang=en");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/vnd.api+json");
        JsonNode document = JSON.readTree(response.body());
        assertThat(document.path("meta").path("total").asInt()).isGreaterThanOrEqualTo(3);
        JsonNode first = document.path("data").get(0);
        assertThat(first.path("type").asString()).isEqualTo("ai-use-cases");
        assertThat(first.path("meta").path("title_html").asString() + first.path("meta").path("highlights"))
                .contains("<mark>");
        assertThat(document.path("meta").path("facets").path("category").isArray()).isTrue();

        JsonNode one = JSON.readTree(get("/api/v1/ai-use-cases/016").body()).path("data");
        assertThat(one.path("attributes").path("chamber").asString()).isEqualTo("EE-LC01");
        assertThat(one.path("attributes").path("title_fr").asString()).startsWith("Système de comptes rendus");
        assertThat(one.path("attributes").path("french_by").asString()).isEqualTo("plenum-translation");

        assertThat(get("/api/v1/ai-use-cases/999").statusCode()).isEqualTo(404);
        HttpResponse<String> badLang = get("/api/v1/ai-use-cases?lang=de");
        assertThat(badLang.statusCode()).isEqualTo(400);
        assertThat(badLang.body()).contains("\"errors\"").contains("lang is en or fr");
        assertThat(get("/api/v1/ai-use-cases?sort=x").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/ai-use-cases?q=%22unclosed").statusCode()).isEqualTo(200);
    }

    @Test
    void downloadsHoldTheSameUseCasesInEveryFormat() {
        HttpResponse<String> csv = get("/ai/use-cases.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        String[] lines = csv.body().split("\n");
        assertThat(lines[0]).startsWith("id,ipu,category,category_name_en,category_name_fr,category_by_ipu,country");
        assertThat(csv.body()).contains("005,true,legislative-drafting").contains("plenum-translation");
        HttpResponse<String> chosen = get("/ai/use-cases.csv?q=chatbot&category=chatbots");
        assertThat(chosen.body()).contains("\n011,").doesNotContain("\n005,");
        HttpResponse<String> xlsx = get("/ai/use-cases.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow()).contains("ai-use-cases.xlsx");
        JsonNode json = JSON.readTree(get("/ai/use-cases.json").body());
        assertThat(json.path("rows").size()).isGreaterThanOrEqualTo(26);
        assertThat(json.path("rows").get(0).path("id").asString()).isEqualTo("005");
    }
}
