package org.plenum.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The rendered bytes of the website's {@link CachedPage} pages, keyed by what they depend on: the data publication
 * ({@link DataVersion}) and every {@link ContentVersion} (the monthly publications), the day (UTC), the path, the query without
 * {@code lang} with its parameters in order of name, and the reader's language ({@code known_at} is in the query).
 * Served with a strong ETag (a hash of the bytes; 304 on {@code If-None-Match}) and a gzipped copy for clients that
 * accept it, as the API's {@link CachedResponses} (decision 0013). Bounded by the bytes held; emptied when a version
 * moves (a publication), whose older entries no request can reach any more.
 *
 * <p>Never across people: a request with any cookie but {@code lang}, or with an {@code Authorization} header, is
 * neither answered from the cache nor stored (a signed-in reader's pages carry their name and forms with their
 * token); a response that sets a cookie other than {@code lang} or that a handler excluded with {@link #doNotCache} is
 * not stored. See docs/decisions/0039.
 */
@Component
public class PageCache {

    /** Request attribute set for a handler annotated {@link CachedPage}. */
    static final String CACHEABLE = PageCache.class.getName() + ".cacheable";
    private static final String EXCLUDED = PageCache.class.getName() + ".excluded";
    /** Browsers may keep a page but must ask again (If-None-Match) before showing it: a publication changes it. */
    static final String CACHE_CONTROL = "no-cache";
    static final String VARY = "Accept-Language, Cookie";
    static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");
    private static final String LANGUAGE_COOKIE = "lang";

    private final Cache<String, CachedResponses.Body> pages;
    private final DataVersion data;
    private final List<ContentVersion> contents;
    private volatile String versions = "";

    @org.springframework.beans.factory.annotation.Autowired
    public PageCache(DataVersion data, List<ContentVersion> contents) {
        this(data, contents, 64L * 1024 * 1024);
    }

    PageCache(DataVersion data, List<ContentVersion> contents, long maximumBytes) {
        this.data = data;
        this.contents = List.copyOf(contents);
        this.pages = Caffeine.newBuilder().maximumWeight(maximumBytes)
                .weigher((String key, CachedResponses.Body body) -> body.bytes().length
                        + (body.gzipped() == null ? 0 : body.gzipped().length) + 2 * key.length())
                .build();
    }

    /**
     * Keeps this request's page out of the cache, e.g. because it shows something of the person reading it. A
     * handler of a {@link CachedPage} page calls it when its page, this time, is not the same for every reader.
     */
    public static void doNotCache(HttpServletRequest request) {
        request.setAttribute(EXCLUDED, Boolean.TRUE);
    }

    /** The number of pages held (for tests and metrics). */
    long size() {
        pages.cleanUp();
        return pages.estimatedSize();
    }

    /**
     * The versions the pages are keyed by, e.g. {@code "8.4"}, or empty when one is not known yet (nothing is cached
     * then). When they moved since the last request, every page kept is dropped.
     */
    Optional<String> versions() {
        long version = data.currentVersion();
        if (version == DataVersion.NONE) {
            return Optional.empty();
        }
        // The day (UTC) too: a page whose default depends on the date (the current year) is made again each day.
        StringBuilder key = new StringBuilder().append(System.currentTimeMillis() / 86_400_000L).append('.').append(version);
        for (ContentVersion content : contents) {
            long v = content.currentVersion();
            if (v == DataVersion.NONE) {
                return Optional.empty();
            }
            key.append('.').append(v);
        }
        String now = key.toString();
        if (!now.equals(versions)) {
            versions = now;
            pages.invalidateAll();
        }
        return Optional.of(now);
    }

    /** Whether a request may be answered from the cache or stored in it: an anonymous GET of a site page. */
    static boolean anonymousPageRequest(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || !SecurityHeaders.isSitePage(request.getRequestURI())
                || SecurityHeaders.embeddableChart(request.getRequestURI())
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return false;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (!LANGUAGE_COOKIE.equals(cookie.getName())) {
                    return false;
                }
            }
        }
        return true;
    }

    static String key(String versions, Locale language, HttpServletRequest request) {
        return versions + " " + language.getLanguage() + " " + request.getRequestURI() + "?" + normalisedQuery(request.getQueryString());
    }

    /**
     * The query without {@code lang} (the language is a part of the key of its own) and without empty pairs, its
     * parameters sorted by name; a repeated parameter keeps its values' order (a page may read them in order).
     */
    static String normalisedQuery(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        List<String> pairs = new ArrayList<>();
        for (String pair : query.split("&")) {
            if (!pair.isEmpty() && !pair.equals(LANGUAGE_COOKIE) && !pair.startsWith(LANGUAGE_COOKIE + "=")) {
                pairs.add(pair);
            }
        }
        pairs.sort(Comparator.comparing(PageCache::name)); // stable: equal names keep their order
        return String.join("&", pairs);
    }

    private static String name(String pair) {
        int equals = pair.indexOf('=');
        return equals < 0 ? pair : pair.substring(0, equals);
    }

    CachedResponses.Body get(String key) {
        return pages.getIfPresent(key);
    }

    /**
     * Stores a page rendered for {@code request} if it may be shared: the handler is a {@link CachedPage}, the answer
     * is a 200 HTML page, the handler did not exclude it and it sets no cookie but {@code lang}. Returns the body to
     * send (stored or not), or empty when the page is not to be cached.
     */
    Optional<CachedResponses.Body> store(String key, HttpServletRequest request, HttpServletResponse response, byte[] bytes) {
        if (!Boolean.TRUE.equals(request.getAttribute(CACHEABLE)) || Boolean.TRUE.equals(request.getAttribute(EXCLUDED))
                || response.getStatus() != HttpServletResponse.SC_OK || response.getContentType() == null
                || !response.getContentType().startsWith(MediaType.TEXT_HTML_VALUE)) {
            return Optional.empty();
        }
        for (String cookie : response.getHeaders(HttpHeaders.SET_COOKIE)) {
            if (!cookie.startsWith(LANGUAGE_COOKIE + "=")) {
                return Optional.empty();
            }
        }
        if (request.getSession(false) != null) {
            return Optional.empty();
        }
        CachedResponses.Body body = CachedResponses.Body.of(bytes, HTML, null);
        pages.put(key, body);
        return Optional.of(body);
    }

    /** Sends a cached or just stored page: ETag, caching headers, 304 or the bytes (gzipped when accepted). */
    static void write(HttpServletRequest request, HttpServletResponse response, CachedResponses.Body body, Locale language)
            throws IOException {
        CachedResponses.Representation sent = body.representation(request);
        response.setHeader(HttpHeaders.ETAG, sent.etag());
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        response.setHeader(HttpHeaders.VARY, body.gzipped() != null ? VARY + ", Accept-Encoding" : VARY);
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, language.getLanguage());
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && CachedResponses.matches(ifNoneMatch, sent.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(HTML.toString());
        if (sent.encoding() != null) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, sent.encoding());
        }
        response.setContentLength(sent.bytes().length);
        response.getOutputStream().write(sent.bytes());
    }
}
