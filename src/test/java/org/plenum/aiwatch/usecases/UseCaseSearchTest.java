package org.plenum.aiwatch.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenum.web.WebsiteTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The library's Lucene search on the bundled use cases (decision 0067). */
class UseCaseSearchTest extends WebsiteTest {

    @Autowired
    UseCaseIndex index;

    private UseCaseSearch.Result search(String text, String language) {
        return index.search(new UseCaseSearch.Query(text, language, Map.of()));
    }

    private static List<String> ids(UseCaseSearch.Result result) {
        return result.hits().stream().map(h -> h.entry().id()).toList();
    }

    @Test
    void englishStemmingFindsTheSingularFromThePlural() {
        UseCaseSearch.Result result = search("chatbots", "en");
        assertThat(ids(result)).contains("011", "025", "061");
        UseCaseSearch.Hit italian = result.hits().stream().filter(h -> h.entry().id().equals("011")).findFirst()
                .orElseThrow();
        assertThat(italian.titleHtml()).isEqualTo("<mark>Chatbot</mark> for simplifying the comprehension of Italian laws");
        assertThat(italian.language()).isEqualTo("en");
        assertThat(search("chatbot", "en").total()).isEqualTo(result.total());
    }

    @Test
    void frenchStemmingFindsTheSingularFromThePluralInTheFrenchText() {
        UseCaseSearch.Result result = search("amendements", "fr");
        assertThat(ids(result)).contains("005", "034", "036", "037", "038");
        UseCaseSearch.Hit law = result.hits().stream().filter(h -> h.entry().id().equals("034")).findFirst()
                .orElseThrow();
        assertThat(law.language()).isEqualTo("fr");
        assertThat(law.titleHtml()).endsWith("d&#x27;un <mark>amendement</mark>");
        assertThat(ids(search("amendment", "en"))).contains("005", "034");
    }

    @Test
    void chatbotInFrenchFindsTheFrenchTextWithHighlights() {
        UseCaseSearch.Result result = search("chatbot", "fr");
        assertThat(ids(result)).contains("011", "025", "061", "064");
        assertThat(ids(search("conversationnels", "fr"))).contains("011", "025", "061");
        // IPU's use cases are all translated: their French text is searched and highlighted
        assertThat(result.hits().stream().filter(h -> h.entry().useCase().ipu()))
                .allSatisfy(h -> assertThat(h.language()).isEqualTo("fr"));
        assertThat(result.hits().get(0).titleHtml() + result.hits().get(0).snippets()).contains("<mark>");
    }

    @Test
    void highlightsAreEscapedHtml() {
        UseCaseSearch.Hit hit = search("citizens opinions", "en").hits().get(0);
        assertThat(hit.entry().id()).isEqualTo("023");
        assertThat(hit.titleHtml()).contains("<mark>citizens</mark>").doesNotContain("citizens'");
        String withoutMarks = hit.titleHtml().replace("<mark>", "").replace("</mark>", "");
        assertThat(withoutMarks).doesNotContain("<").doesNotContain(">");
    }

    @Test
    void everyFieldIsSearched() {
        assertThat(ids(search("FAISS", "en"))).containsExactly("064");
        assertThat(ids(search("Escriba", "en"))).containsExactly("071");
        assertThat(ids(search("Riigikogu", "en"))).contains("016");
        assertThat(ids(search("Bahrain", "en"))).containsExactlyInAnyOrder("061", "062", "064");
        assertThat(ids(search("Bahreïn", "fr"))).containsExactlyInAnyOrder("061", "062", "064");
    }

    @Test
    void facetsCountTheHitsAndCombineWithTheQuery() {
        UseCaseSearch.Result all = search("transcription", "en");
        Map<String, Integer> categories = counts(all, "category");
        assertThat(categories).containsOnly(Map.entry("transcription", 6));
        UseCaseSearch.Result chosen = index.search(new UseCaseSearch.Query("transcription", "en",
                Map.of("category", "transcription", "country", "BR")));
        assertThat(ids(chosen)).containsExactly("071");
        // each facet is counted with the query and the other facets' choices, so other values can still be chosen
        assertThat(counts(chosen, "country")).containsEntry("BR", 1).containsEntry("CA", 2);
        assertThat(counts(chosen, "category")).containsEntry("transcription", 1);
        assertThat(counts(chosen, "year")).containsEntry("2024", 1);
        assertThat(counts(chosen, "status")).containsEntry("unknown", 1);
        UseCaseSearch.Result everything = index.search(new UseCaseSearch.Query("", "en", Map.of()));
        assertThat(everything.total()).isGreaterThanOrEqualTo(26);
        assertThat(counts(everything, "country").get("IT")).isEqualTo(11);
    }

    @Test
    void relevanceOrdersTheHits() {
        UseCaseSearch.Result result = search("amendment similarity", "en");
        assertThat(ids(result).subList(0, 2)).containsExactlyInAnyOrder("005", "036");
        for (int i = 1; i < result.hits().size(); i++) {
            assertThat(result.hits().get(i).score()).isLessThanOrEqualTo(result.hits().get(i - 1).score());
        }
    }

    @Test
    void invalidSyntaxIsSearchedAsPlainWords() {
        for (String bad : List.of("chatbot AND (", "\"chatbot", "*bot", "title:[a TO", "chatbot)", "a:b:c", "~", "/",
                "chatbot^", "!!", "&&")) {
            UseCaseSearch.Result result = search(bad, "en");
            assertThat(result).as(bad).isNotNull();
        }
        UseCaseSearch.Result unclosed = search("chatbot AND (", "en");
        assertThat(unclosed.escaped()).isTrue();
        assertThat(ids(unclosed)).contains("011");
        UseCaseSearch.Result phrase = search("\"verbatim records\"", "en");
        assertThat(phrase.escaped()).isFalse();
        assertThat(ids(phrase)).containsExactly("016");
        assertThatThrownBy(() -> search("x".repeat(UseCaseIndex.MAX_QUERY_LENGTH + 1), "en"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Map<String, Integer> counts(UseCaseSearch.Result result, String facet) {
        return result.facets().get(facet).stream().collect(java.util.stream.Collectors.toMap(
                UseCaseSearch.FacetCount::value, UseCaseSearch.FacetCount::count));
    }
}
