package org.plenum.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** The page cache's filter with a page "rendered" by a servlet that counts its renders. */
class PageCacheFilterTest {

    private final AtomicLong data = new AtomicLong(8);
    private final AtomicLong publications = new AtomicLong(2);
    private final PageCache cache = new PageCache(data::get, List.of(publications::get));
    /** As the site's: {@code ?lang=} (kept in a cookie), else Accept-Language. */
    private final AcceptHeaderLocaleResolver languages = new AcceptHeaderLocaleResolver() {
        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            String lang = request.getParameter("lang");
            return lang != null ? Locale.forLanguageTag(lang) : super.resolveLocale(request);
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            response.addHeader(HttpHeaders.SET_COOKIE, "lang=" + locale.getLanguage() + "; Path=/");
        }
    };
    private final PageCacheFilter filter;
    private final AtomicInteger renders = new AtomicInteger();
    /** What the next render does besides writing the page: set a session cookie, or exclude itself. */
    private String renderSetsCookie;
    private boolean renderExcludes;

    PageCacheFilterTest() {
        languages.setSupportedLocales(List.of(Locale.ENGLISH, Locale.FRENCH));
        languages.setDefaultLocale(Locale.ENGLISH);
        filter = new PageCacheFilter(cache, languages);
    }

    private final HttpServlet page = new HttpServlet() {
        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            request.setAttribute(PageCache.CACHEABLE, Boolean.TRUE); // as the interceptor does for a @CachedPage
            renders.incrementAndGet();
            if (renderSetsCookie != null) {
                response.addHeader(HttpHeaders.SET_COOKIE, renderSetsCookie);
            }
            if (renderExcludes) {
                PageCache.doNotCache(request);
            }
            response.setContentType("text/html;charset=UTF-8");
            response.setContentLength(999); // ignored: the filter sends the length of what it sends
            response.getWriter().write("<html lang=\"" + languages.resolveLocale(request).getLanguage() + "\">Assemblée "
                    + request.getQueryString() + " v" + data.get() + "</html>");
        }
    };

    private static MockHttpServletRequest get(String uri, String query, String... headers) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
        request.setQueryString(query);
        if (query != null) {
            for (String pair : query.split("&")) {
                String[] nv = pair.split("=", 2);
                request.addParameter(nv[0], nv.length > 1 ? nv[1] : "");
            }
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.addHeader(headers[i], headers[i + 1]);
        }
        return request;
    }

    private MockHttpServletResponse run(MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain(page));
        return response;
    }

    @Test
    void theSecondRequestIsAnsweredFromTheCacheWithTheSameBytesAndStrongEtag() throws Exception {
        MockHttpServletResponse first = run(get("/parliament/FR/", "known_at=2024-01-01"));
        MockHttpServletResponse second = run(get("/parliament/FR/", "known_at=2024-01-01"));

        assertThat(renders).hasValue(1);
        assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString()).contains("Assemblée");
        assertThat(second.getContentLength()).isEqualTo(first.getContentAsByteArray().length);
        assertThat(second.getHeader(HttpHeaders.ETAG)).isEqualTo(first.getHeader(HttpHeaders.ETAG)).startsWith("\"");
        assertThat(second.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-cache");
        assertThat(second.getHeader(HttpHeaders.VARY)).contains("Accept-Language", "Cookie");
        assertThat(second.getHeader("Content-Security-Policy")).isEqualTo(SecurityHeaders.PAGE_POLICY);

        MockHttpServletResponse notModified = run(get("/parliament/FR/", "known_at=2024-01-01",
                HttpHeaders.IF_NONE_MATCH, first.getHeader(HttpHeaders.ETAG)));
        assertThat(notModified.getStatus()).isEqualTo(304);
        assertThat(notModified.getContentAsByteArray()).isEmpty();
        assertThat(renders).hasValue(1);
    }

    @Test
    void anotherQueryOrLanguageIsAnotherPage() throws Exception {
        String english = run(get("/parliament/FR/", null, HttpHeaders.ACCEPT_LANGUAGE, "en")).getContentAsString();
        String french = run(get("/parliament/FR/", null, HttpHeaders.ACCEPT_LANGUAGE, "fr-CH, fr;q=0.9")).getContentAsString();
        run(get("/parliament/FR/", "known_at=2020-05-01", HttpHeaders.ACCEPT_LANGUAGE, "en"));

        assertThat(english).startsWith("<html lang=\"en\">");
        assertThat(french).startsWith("<html lang=\"fr\">");
        assertThat(renders).hasValue(3);
        // the same query in another order, with lang and an empty pair, is the same page
        run(get("/women-ranking", "year=2021&month=9"));
        MockHttpServletResponse chosen = run(get("/women-ranking", "month=9&&year=2021&lang=en"));
        assertThat(renders).hasValue(4);
        // a language chosen on the address is kept in its cookie, from the cache too
        assertThat(chosen.getHeaders(HttpHeaders.SET_COOKIE)).containsExactly("lang=en; Path=/");
        assertThat(run(get("/women-ranking", "year=2021&month=9&lang=fr")).getContentAsString()).startsWith("<html lang=\"fr\">");
        assertThat(renders).hasValue(5);
    }

    @Test
    void aPublicationMakesThePagesAgain() throws Exception {
        run(get("/parliament/FR/", null));
        data.incrementAndGet();
        assertThat(run(get("/parliament/FR/", null)).getContentAsString()).contains("v9");
        publications.incrementAndGet();
        run(get("/parliament/FR/", null));
        run(get("/parliament/FR/", null));

        assertThat(renders).hasValue(3);
        assertThat(cache.size()).isEqualTo(1); // older entries were dropped, not only left unreachable
    }

    @Test
    void signedInRequestsNeitherReadNorFillTheCache() throws Exception {
        run(get("/parliament/FR/", null));
        MockHttpServletRequest signedIn = get("/parliament/FR/", null);
        signedIn.setCookies(new Cookie("lang", "en"), new Cookie("SESSION", "d1b2"));
        MockHttpServletResponse answer = run(signedIn);
        run(get("/parliament/FR/", null, HttpHeaders.AUTHORIZATION, "Bearer plenum_abc"));

        assertThat(renders).hasValue(3);
        assertThat(answer.getHeader(HttpHeaders.ETAG)).isNull();
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void aPageThatSetsASessionCookieOrExcludesItselfIsNotKept() throws Exception {
        renderSetsCookie = "SESSION=abc; Path=/; HttpOnly";
        run(get("/parliament/FR/", null));
        renderSetsCookie = "lang=fr; Path=/";
        run(get("/parliament/DE/", null));
        renderSetsCookie = null;
        renderExcludes = true;
        run(get("/parliament/ES/", null));
        renderExcludes = false;
        run(get("/parliament/FR/", null));
        run(get("/parliament/DE/", null));
        run(get("/parliament/ES/", null));

        assertThat(renders).hasValue(5); // only DE (a language cookie) was kept
    }

    @Test
    void nothingIsCachedBeforeTheDataAreLoadedNorForOtherMethodsOrTheApi() throws Exception {
        data.set(DataVersion.NONE);
        run(get("/parliament/FR/", null));
        run(get("/parliament/FR/", null));
        data.set(8);
        run(get("/api/v1/chambers/FR-LC01", null));
        run(get("/api/v1/chambers/FR-LC01", null));
        MockHttpServletRequest post = get("/parliament/FR/", null);
        post.setMethod("POST");
        filter.doFilter(post, new MockHttpServletResponse(), new MockFilterChain(page));

        assertThat(renders).hasValue(4); // the POST reaches no doGet
        assertThat(cache.size()).isZero();
    }

    @Test
    void theKeyIgnoresLangAndOrderButKeepsTheOrderOfRepeatedParameters() {
        assertThat(PageCache.normalisedQuery("year=2021&lang=fr&month=9&&region=")).isEqualTo("month=9&region=&year=2021");
        assertThat(PageCache.normalisedQuery("chambers=FR-LC01&field=x&chambers=DE-LC01"))
                .isEqualTo("chambers=FR-LC01&chambers=DE-LC01&field=x");
        assertThat(PageCache.normalisedQuery(null)).isEmpty();
    }
}
