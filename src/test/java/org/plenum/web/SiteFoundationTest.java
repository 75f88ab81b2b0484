package org.plenum.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The website's foundation on the running application: the shared layout, the reader's language, the HTML error page
 * next to the API's JSON:API errors, the security policy of pages, fingerprinted static files and the page budget.
 */
class SiteFoundationTest extends WebsiteTest {

    private static final Pattern STYLESHEET = Pattern.compile("href=\"(/assets/site-[0-9a-f]{32}\\.css)\"");

    @Test
    void aMissingPageIsAnHtmlPageInTheLayout() {
        HttpResponse<String> page = get("/no-such-page?x=1", "Accept-Language", "en-GB,en;q=0.8");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body())
                .startsWith("<!DOCTYPE html>")
                .contains("<html lang=\"en\">")
                .contains("<title>Page not found · Plenum</title>")
                .contains("<a class=\"skip-link\" href=\"#main\">Skip to main content</a>")
                .contains("<main id=\"main\" tabindex=\"-1\">")
                .contains("<h1>Page not found</h1>")
                .contains("<nav aria-label=\"Main\">")
                .contains("href=\"/api/docs\"")
                .contains("href=\"/no-such-page?x=1&amp;lang=fr\"")
                .doesNotContain("<script");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.PAGE_POLICY);
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void theApiKeepsItsJsonApiErrors() {
        HttpResponse<String> api = get("/api/v1/no-such-collection", "Accept", "text/html");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/vnd.api+json"));
        assertThat(api.body()).contains("\"errors\"").doesNotContain("<html");
        assertThat(api.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.API_POLICY);
    }

    @Test
    void theLanguageComesFromTheAddressThenTheCookieThenAcceptLanguage() {
        HttpResponse<String> french = get("/nowhere", "Accept-Language", "fr-CH, fr;q=0.9, en;q=0.8");
        assertThat(french.body()).contains("<html lang=\"fr\">").contains("<h1>Page introuvable</h1>")
                .contains("Aller au contenu principal");
        assertThat(french.headers().firstValue("Set-Cookie")).isEmpty();

        HttpResponse<String> chosen = get("/nowhere?lang=fr", "Accept-Language", "en");
        assertThat(chosen.body()).contains("<html lang=\"fr\">");
        assertThat(chosen.headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> assertThat(c).startsWith("lang=fr;").contains("Path=/"));

        assertThat(get("/nowhere", "Accept-Language", "en", "Cookie", "lang=fr").body()).contains("<html lang=\"fr\">");
        assertThat(get("/nowhere?lang=en", "Cookie", "lang=fr").body()).contains("<html lang=\"en\">");
        assertThat(get("/nowhere", "Accept-Language", "de-DE, es;q=0.5").body()).contains("<html lang=\"en\">");
        assertThat(get("/nowhere?lang=xx", "Accept-Language", "fr").body()).contains("<html lang=\"fr\">");
        assertThat(get("/nowhere", "Accept-Language", "not a header;;q=x").body()).contains("<html lang=\"en\">");
    }

    @Test
    void theAsPublishedOnBannerShowsKnownAt() {
        String page = get("/nowhere?known_at=2025-12-01&lang=en").body();
        assertThat(page).contains("You are viewing the data as published on December 1, 2025")
                .contains("href=\"/nowhere?lang=en\"");
        assertThat(get("/nowhere?known_at=2025-12-01&lang=fr").body()).contains("telles que publiées le 1 décembre 2025");
        assertThat(get("/nowhere").body()).doesNotContain("as published on");
    }

    @Test
    void staticFilesAreFingerprintedAndCachedForAYear() {
        Matcher stylesheet = STYLESHEET.matcher(get("/nowhere").body());
        assertThat(stylesheet.find()).as("fingerprinted style sheet link").isTrue();
        HttpResponse<String> css = get(stylesheet.group(1));
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
        assertThat(css.headers().firstValue("Cache-Control")).hasValueSatisfying(
                c -> assertThat(c).contains("max-age=31536000").contains("immutable"));
        assertThat(css.body()).contains(":focus-visible").contains("@media print");
        String hash = stylesheet.group(1).replaceAll(".*site-([0-9a-f]+)\\.css", "$1");
        assertThat(hash).isEqualTo(org.springframework.util.DigestUtils.md5DigestAsHex(css.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void aPageAndItsStyleSheetStayWithinTheBudget() {
        PageWeight weight = weigh("/nowhere").assertWithinBudget();
        assertThat(weight.styles()).hasSize(1);
        assertThat(weight.total()).isGreaterThan(weight.html());
    }
}
