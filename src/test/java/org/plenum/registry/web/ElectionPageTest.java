package org.plenum.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.plenum.web.WebsiteTest;

/**
 * An election's page at Parline's address and the seats by party on the chamber's page, on the bundled dataset
 * (ParlGov's German federal election of 26 September 2021: 736 seats, 61,181,072 registered, 46,854,508 votes cast).
 */
class ElectionPageTest extends WebsiteTest {

    private static final String BUNDESTAG_2021 = "/parliament/DE/DE-LC01/election/DE-LC01-E20210926/";

    @Test
    void theElectionPageShowsItsFiguresResultsSeatsBySourcesInEnglishAndFrench() {
        HttpResponse<String> english = get(BUNDESTAG_2021 + "?lang=en");
        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(english.body()).contains("<h1>German Bundestag: election of September 26, 2021</h1>")
                .contains("<dd>736</dd>")                                                      // seats at stake
                .contains("<dd>61,181,072</dd>").contains("<dd>46,854,508</dd>")               // electorate, votes cast
                .contains("<dd>76.6%</dd>")                                                    // turnout
                .contains("<th scope=\"row\">Social Democratic Party of Germany (SPD)</th><td class=\"num\">206</td>"
                        + "<td class=\"num\">11,955,434</td><td class=\"num\">25.7%</td>")
                .contains("<th scope=\"row\">Christian Democratic Union (CDU)</th><td class=\"num\">152</td>")
                .contains("/parliament/DE/DE-LC01/election/DE-LC01-E20210926/seats.svg?lang=en")
                .contains("href=\"/api/v1/elections/DE-LC01-E20210926\"")
                .contains("<li>elections__Election.csv row 1001</li>")
                .contains("<li>elections__ElectionResult.csv rows 8109–8119, 9709–9710</li>");
        // SPD first (most seats), the alliance row without figures last
        assertThat(english.body().indexOf("(SPD)")).isLessThan(english.body().indexOf("(CDU)"));
        weigh(BUNDESTAG_2021 + "?lang=en").assertWithinBudget();

        String french = get(BUNDESTAG_2021 + "?lang=fr").body();
        assertThat(french).contains(" : élection du 26 septembre 2021</h1>").contains("<dd>76,6\u00a0%</dd>")
                .contains("<dd>61 181 072</dd>".replace(' ', '\u202f'))
                // parties by their own name on French pages
                .contains("<th scope=\"row\">Sozialdemokratische Partei Deutschlands (SPD)</th>");
    }

    @Test
    void theSeatsByPartyAreAnEmbeddableSvgAndOnTheChambersPage() {
        HttpResponse<String> svg = get("/parliament/DE/DE-LC01/election/DE-LC01-E20210926/seats.svg?lang=en");
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("image/svg+xml"));
        assertThat(svg.body()).contains("Social Democratic Party of Germany (SPD)").contains("206");

        String chamber = get("/parliament/DE/DE-LC01/?lang=en").body();
        assertThat(chamber).contains("seats by party after the election of")
                .contains("href=\"/parliament/DE/DE-LC01/election/DE-LC01-E20210926/\"");
        // the women/men hemicycle stays
        assertThat(chamber).contains("/parliament/DE/DE-LC01/hemicycle.svg?lang=en");
    }

    @Test
    void anotherChambersElectionIsNotFoundAnUnknownOneLeadsToTheListAndLowerCaseIsRedirected() {
        assertThat(get("/parliament/DE/DE-LC01/election/FR-LC01-E20240630/").statusCode()).isEqualTo(404);
        HttpResponse<String> unknown = get("/parliament/DE/DE-LC01/election/DE-LC01-E19000101/");
        assertThat(unknown.statusCode()).isEqualTo(302);
        assertThat(unknown.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/parliament/DE/DE-LC01/#elections"));
        HttpResponse<String> lower = get("/parliament/de/de-lc01/election/de-lc01-e20210926");
        assertThat(lower.statusCode()).isEqualTo(302);
        assertThat(lower.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(BUNDESTAG_2021));
    }
}
