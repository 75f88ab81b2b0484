package org.plenum.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.plenum.web.WebsiteTest;

/**
 * The search, country, chamber and home pages on the bundled dataset: what they find and show, in English and French,
 * at Parline's addresses, within the page budget.
 */
class CountryPagesTest extends WebsiteTest {

    private String search(String query, String lang) {
        HttpResponse<String> page = get("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&lang=" + lang);
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }

    @Test
    void searchFindsCountriesByAnyOfTheirNamesIgnoringAccentsAndCase() {
        assertThat(search("cote d'ivoire", "en")).contains("href=\"/parliament/CI/\"");
        assertThat(search("COTE D IVOIRE", "fr")).contains("href=\"/parliament/CI/\"").contains("Côte d’Ivoire</a>");
        assertThat(search("états-unis", "en")).contains("href=\"/parliament/US/\"");
        assertThat(search("etats unis", "fr")).contains("href=\"/parliament/US/\"").contains("États-Unis");
        // a former name (exchange/country-renames.csv) and another file's spelling (exchange/country-aliases.csv)
        assertThat(search("Swaziland", "en")).contains("href=\"/parliament/SZ/\"").contains("also called “Swaziland”");
        assertThat(search("Czech Republic", "en")).contains("href=\"/parliament/CZ/\"");
        assertThat(search("Allemagne", "en")).contains("href=\"/parliament/DE/\"");
        assertThat(search("DEU", "en")).contains("href=\"/parliament/DE/\"");
    }

    @Test
    void searchFindsChambersByTheirEnglishFrenchAndLocalNames() {
        assertThat(search("Bundestag", "en")).contains("href=\"/parliament/DE/DE-LC01/\"");
        assertThat(search("Assemblée nationale", "en")).contains("href=\"/parliament/FR/FR-LC01/\"");
        assertThat(search("FR-UC02", "fr")).contains("href=\"/parliament/FR/FR-UC02/\"").contains("Chambre, France");
        assertThat(search("no such country anywhere", "en")).contains("Nothing found for “no such country anywhere”");
        assertThat(search("", "en")).contains("Type a name in English, French or the local language");
    }

    @Test
    void theCountryPageShowsTheParliamentAndEachChamberAtParlinesAddress() {
        HttpResponse<String> france = get("/parliament/FR/?lang=en");
        assertThat(france.statusCode()).isEqualTo(200);
        assertThat(france.body()).contains("<h1>France</h1>").contains("Bicameral")
                .contains("href=\"/parliament/FR/FR-LC01/\"").contains("href=\"/parliament/FR/FR-UC02/\"")
                .contains("href=\"/api/v1/countries/FR\"").contains("href=\"/api/v1/chambers/FR-LC01\"")
                .contains("/parliament/FR/FR-LC01/hemicycle.svg?lang=en");
        assertThat(get("/parliament/FR?lang=en").statusCode()).isEqualTo(200);
        HttpResponse<String> lower = get("/parliament/fr/");
        assertThat(lower.statusCode()).isEqualTo(302);
        assertThat(lower.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/parliament/FR/"));
        HttpResponse<String> missing = get("/parliament/ZZ/?lang=fr");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("<h1>Page introuvable</h1>");
        assertThat(get("/parliament/FR/ES-LC01/").statusCode()).isEqualTo(404);
    }

    @Test
    void theChamberPageShowsItsFiguresHistoryElectionsAndEveryValueWithItsSource() {
        String rwanda = get("/parliament/RW/RW-LC01/?lang=en").body();
        assertThat(rwanda).contains("<h1 id=\"chamber-RW-LC01\">")
                .contains("<span class=\"value\">80</span>").contains("<span class=\"value\">51</span>")
                .contains("<span class=\"value\">63.8%</span>")
                .contains("women-ranking-2025-11.csv row 17")
                .contains("/parliament/RW/RW-LC01/history.svg?lang=en")
                .contains("<caption>");
        assertThat(get("/parliament/RW/RW-LC01/?lang=fr").body()).contains("<span class=\"value\">63,8\u00a0%</span>")
                .contains("Toutes les valeurs enregistrées");
        // Parline's sub-pages of a chamber answer the chamber's page; an election the data do not have leads to its list
        assertThat(get("/parliament/RW/RW-LC01/data-on-women/").statusCode()).isEqualTo(200);
        HttpResponse<String> election = get("/parliament/RW/RW-LC01/election/RW-LC01-E20240715/");
        assertThat(election.statusCode()).isEqualTo(302);
        assertThat(election.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/parliament/RW/RW-LC01/#elections"));
    }

    @Test
    void theChamberChartsAreSvgThatOtherSitesMayEmbed() {
        HttpResponse<String> hemicycle = get("/parliament/RW/RW-LC01/hemicycle.svg?lang=en");
        assertThat(hemicycle.statusCode()).isEqualTo(200);
        assertThat(hemicycle.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("image/svg+xml"));
        assertThat(hemicycle.body()).startsWith("<svg").contains("<title").contains("51");
        assertThat(hemicycle.headers().firstValue("X-Frame-Options")).isEmpty();
        HttpResponse<String> history = get("/parliament/RW/RW-LC01/history.svg?lang=fr");
        assertThat(history.statusCode()).isEqualTo(200);
        assertThat(history.body()).contains("Femmes");
        assertThat(get("/parliament/RW/XX-LC01/history.svg").statusCode()).isEqualTo(404);
    }

    @Test
    void theHomePageShowsTheWorldFiguresTheMapAndTheLatestPublication() {
        String home = get("/?lang=en").body();
        // The month of the newest figures: November 2025 in the bundled data, later once the stewardship tests,
        // which share this data directory, have published a correspondent's value of December 2026.
        assertThat(home).contains("<h1>").containsPattern("The world in (November 2025|December 2026)")
                .contains("of members of parliament are women").contains("/women-map.svg?lang=en")
                .contains("Women ranking of").contains("action=\"/search\"");
        HttpResponse<String> map = get("/women-map.svg?lang=en");
        assertThat(map.statusCode()).isEqualTo(200);
        assertThat(map.body()).startsWith("<svg").contains("Rwanda");
        assertThat(get("/?lang=fr").body()).containsPattern("Le monde en (novembre 2025|décembre 2026)");
    }

    @Test
    void pagesCanBeSeenAsPublishedOnADate() {
        String today = LocalDate.now(java.time.ZoneOffset.UTC).toString();
        assertThat(get("/parliament/RW/?known_at=" + today + "&lang=en").body()).contains("as published on")
                .contains("href=\"/parliament/RW/RW-LC01/?known_at=" + today + "\"");
        // Before the bundled dataset was loaded (the test data were recorded today), nothing was published.
        assertThat(get("/parliament/RW/?known_at=2000-01-01").statusCode()).isEqualTo(404);
        assertThat(get("/parliament/RW/?known_at=yesterday").statusCode()).isEqualTo(400);
    }

    @Test
    void pagesStayWithinTheBudget() {
        weigh("/?lang=en").assertWithinBudget();
        weigh("/search?q=guinea").assertWithinBudget();
        weigh("/parliament/FR/").assertWithinBudget();
        weigh("/parliament/FR/FR-LC01/").assertWithinBudget();
        weigh("/parliament/US/US-LC01/").assertWithinBudget();
    }

    @Test
    void theProfileLinksToTheSameDataInTheApiAndAsFilesKeepingKnownAtWhereTheyCan() {
        String profile = get("/parliament/FR/?lang=en&known_at=2026-01-01").body();
        assertThat(profile).contains("href=\"/api/v1/countries/FR?known_at=2026-01-01\"")
                .contains("href=\"/api/v1/chambers/FR-LC01?known_at=2026-01-01\"")
                .contains("href=\"/api/v1/downloads/bulk/latest.zip\"")
                .contains("the files hold everything published so far");
        String csv = "/export-country-compare?field=current_women_percent&amp;chambers=FR-LC01,FR-UC02&amp;year_from=1945&amp;file_format=csv";
        assertThat(profile).contains("href=\"" + csv + "\"");
        HttpResponse<String> file = get(csv.replace("&amp;", "&"));
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).contains("France").contains("National Assembly");
        assertThat(get("/api/v1/countries/FR?known_at=2026-01-01").statusCode()).isEqualTo(200);
    }
}
