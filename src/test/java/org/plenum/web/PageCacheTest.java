package org.plenum.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/** The page cache in the running application, on the bundled dataset (decision 0039). */
class PageCacheTest extends WebsiteTest {

    @Test
    void profileHomeAndRankingPagesHaveStrongEtagsAnd304() {
        for (String path : new String[] {"/parliament/FR/", "/", "/women-ranking?month=11&year=2025"}) {
            HttpResponse<String> first = get(path, "Accept-Language", "en");
            HttpResponse<String> second = get(path, "Accept-Language", "en");
            String etag = first.headers().firstValue(HttpHeaders.ETAG).orElseThrow();
            assertThat(etag).as(path).startsWith("\"").doesNotStartWith("W/");
            assertThat(second.headers().firstValue(HttpHeaders.ETAG)).as(path).hasValue(etag);
            assertThat(second.body()).as(path).isEqualTo(first.body());
            assertThat(first.headers().firstValue(HttpHeaders.CACHE_CONTROL)).as(path).hasValue("no-cache");
            HttpResponse<String> notModified = get(path, "Accept-Language", "en", "If-None-Match", etag);
            assertThat(notModified.statusCode()).as(path).isEqualTo(304);
            assertThat(notModified.body()).isEmpty();
        }
    }

    @Test
    void languagesNeverMix() {
        String english = get("/parliament/DE/", "Accept-Language", "en").body();
        String french = get("/parliament/DE/", "Accept-Language", "fr").body();
        String frenchByCookie = get("/parliament/DE/", "Cookie", "lang=fr").body();
        HttpResponse<String> chosen = get("/parliament/DE/?lang=fr", "Accept-Language", "en");

        assertThat(english).contains("<html lang=\"en\">").contains("<h1>Germany</h1>");
        assertThat(french).contains("<html lang=\"fr\">").contains("<h1>Allemagne</h1>");
        assertThat(frenchByCookie).isEqualTo(french);
        assertThat(chosen.body()).contains("<h1>Allemagne</h1>");
        assertThat(chosen.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("lang=fr"));
        assertThat(get("/parliament/DE/?lang=fr").headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith("lang=fr"));
    }

    @Test
    void aSignedInReaderIsNeverAnsweredFromTheCache() {
        get("/parliament/ES/", "Accept-Language", "en");
        HttpResponse<String> signedIn = get("/parliament/ES/", "Accept-Language", "en", "Cookie", "SESSION=0b1c");
        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(signedIn.headers().firstValue(HttpHeaders.ETAG)).isEmpty();
    }

    @Test
    void knownAtIsAnotherPage() {
        String now = get("/parliament/RW/", "Accept-Language", "en").body();
        String then = get("/parliament/RW/?known_at=2026-01-01", "Accept-Language", "en").body();
        assertThat(then).isNotEqualTo(now).contains("class=\"known-at\"");
        assertThat(now).doesNotContain("class=\"known-at\"");
    }

    @Test
    void pagesNotMarkedAreNotCachedAndErrorsNeverAre() {
        assertThat(get("/downloads").headers().firstValue(HttpHeaders.ETAG)).isEmpty();
        HttpResponse<String> missing = get("/parliament/ZZ/");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue(HttpHeaders.ETAG)).isEmpty();
        assertThat(get("/women-ranking?month=13&year=2025").statusCode()).isEqualTo(400);
        assertThat(get("/women-ranking?month=13&year=2025").headers().firstValue(HttpHeaders.ETAG)).isEmpty();
    }
}
