package org.plenum.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Answers an anonymous GET of a cached page from the {@link PageCache} before anything else runs (as the API's fast
 * path, decision 0007); on a miss, renders it as usual into a buffer and stores it if its handler is a
 * {@link CachedPage} and the answer may be shared. Every other request goes on unchanged.
 */
final class PageCacheFilter implements Filter {

    private final PageCache cache;
    private final LocaleResolver languages;

    PageCacheFilter(PageCache cache, LocaleResolver languages) {
        this.cache = cache;
        this.languages = languages;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        if (!(req instanceof HttpServletRequest request) || !(res instanceof HttpServletResponse response)
                || request.getDispatcherType() != DispatcherType.REQUEST || !PageCache.anonymousPageRequest(request)) {
            chain.doFilter(req, res);
            return;
        }
        Optional<String> versions = cache.versions();
        if (versions.isEmpty()) {
            chain.doFilter(req, res);
            return;
        }
        Locale language;
        try {
            language = languages.resolveLocale(request);
        } catch (RuntimeException undecodableQuery) {
            chain.doFilter(req, res);
            return;
        }
        String key = PageCache.key(versions.get(), language, request);
        CachedResponses.Body cached = cache.get(key);
        if (cached != null) {
            SecurityHeaders.apply(request, response);
            if (request.getQueryString() != null && request.getQueryString().contains("lang=")
                    && language.getLanguage().equalsIgnoreCase(request.getParameter("lang").trim())) {
                languages.setLocale(request, response, language); // the choice is kept in its cookie, as a render does
            }
            PageCache.write(request, response, cached, language);
            return;
        }
        PageBuffer buffered = new PageBuffer(request, response);
        chain.doFilter(request, buffered);
        if (!buffered.buffered() || response.isCommitted()) {
            return; // not a cached page: its body went out as it was written
        }
        byte[] bytes = buffered.bytes();
        Optional<CachedResponses.Body> stored = cache.store(key, request, response, bytes);
        if (stored.isPresent()) {
            PageCache.write(request, response, stored.get(), language);
        } else {
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        }
    }
}
