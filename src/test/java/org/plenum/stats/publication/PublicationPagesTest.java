package org.plenum.stats.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.plenum.web.WebsiteTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The publications pages over HTTP on the bundled dataset: the list, a month as published with its revisions and a
 * link to itself as published on its date, and the readable diff of the two bundled IPU rankings (March 2023 and
 * November 2025), in English and French.
 */
class PublicationPagesTest extends WebsiteTest {

    @Autowired
    ReportPublications publications;

    @Test
    void theListLinksEveryPublishedMonth() {
        String html = get("/publications").body();
        assertThat(html).contains("<h1>Publications</h1>")
                .contains("href=\"/publications/women-ranking/2025-11\"")
                .contains("href=\"/publications/women-averages/2025-11\"")
                .contains("action=\"/publications/women-ranking/compare\"");
        assertThat(get("/publications?lang=fr").body()).contains("Comparer deux publications");
        weigh("/publications").assertWithinBudget();
    }

    @Test
    void aMonthAsPublishedShowsItsTableItsRevisionsAndLinksToItselfAsPublishedOnItsDate() {
        Publication latest = publications.latest(PublishedReport.WOMEN_RANKING, YearMonth.of(2025, 11)).orElseThrow();
        LocalDate day = latest.publishedAt().atZone(ZoneOffset.UTC).toLocalDate();
        String html = get("/publications/women-ranking/2025-11").body();
        assertThat(html).contains("Women in national parliaments: monthly ranking, November 2025")
                .contains("Revision " + latest.revision() + " of " + latest.revision())
                .contains(latest.digest())
                .contains("href=\"/publications/women-ranking/2025-11?known_at=" + day + "\"")
                .contains("<th scope=\"row\">Rwanda</th>");
        String asPublished = get("/publications/women-ranking/2025-11?known_at=" + day).body();
        assertThat(asPublished).contains("class=\"known-at\"").contains("Revision " + latest.revision() + " of");
        assertThat(get("/publications/women-ranking/2025-11?revision=1").body()).contains("This is the first revision");
        assertThat(get("/publications/women-ranking/2025-11?revision=999").statusCode()).isEqualTo(404);
        assertThat(get("/publications/women-ranking/1950-01").statusCode()).isEqualTo(404);
        assertThat(get("/publications/women-ranking/2025-13").statusCode()).isEqualTo(400);
        assertThat(get("/publications/women-rankings/2025-11").statusCode()).isEqualTo(404);
        assertThat(get("/publications/women-averages/2025-11").body()).contains("<th scope=\"row\">World</th>");
        assertThat(get("/publications/women-ranking/2025-11?lang=fr").body()).contains("classement mensuel, novembre 2025");
        weigh("/publications/women-ranking/2025-11").assertWithinBudget();
    }

    @Test
    void twoMonthsCompareReadablyCountryByCountry() {
        publications.publish(PublishedReport.WOMEN_RANKING, YearMonth.of(2023, 3), "test");
        String path = "/publications/women-ranking/compare?from=2023-03&from_revision=1&to=2025-11&to_revision=1";
        String html = get(path).body();
        assertThat(html).contains("What changed from March 2023 (revision 1) to November 2025 (revision 1)")
                .contains("Figures that changed");
        // The US House of Representatives: 124 women on 1 March 2023, 125 on 1 November 2025 (IPU's files).
        assertThat(html).containsPattern("<tr><th scope=\"row\">United States of America</th><td>[^<]*(<br>[^<]*)*"
                + "lower chamber: women: 124 → 125");
        assertThat(get("/publications/women-ranking/compare?from=2025-11&to=2025-11").body()).contains("Nothing changed.");
        assertThat(get("/publications/women-ranking/compare?from=2025-11").statusCode()).isEqualTo(400);
        assertThat(get("/publications/women-ranking/compare?from=2025-11&to=1950-01").statusCode()).isEqualTo(404);
        String french = get(path + "&lang=fr").body();
        assertThat(french).contains("Ce qui a changé de mars 2023").contains("États-Unis");
        weigh(path).assertWithinBudget();
    }
}
