package org.plenum.web.internal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.plenum.web.PageContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The reader's language, English or French: {@code ?lang=en|fr} on the address, else the {@code lang} cookie that
 * such a choice leaves, else the best match of {@code Accept-Language}, else English. Any other value is ignored
 * (the site has no other language), never an error.
 */
final class SiteLocaleResolver implements LocaleResolver {

    static final String PARAMETER = "lang";
    static final String COOKIE = "lang";
    private static final String RESOLVED = SiteLocaleResolver.class.getName() + ".locale";

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(RESOLVED) instanceof Locale locale) {
            return locale;
        }
        Locale locale = chosen(request).or(() -> fromCookie(request)).orElseGet(() -> fromHeader(request));
        request.setAttribute(RESOLVED, locale);
        return locale;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Locale supported = supported(locale == null ? "" : locale.getLanguage()).orElse(PageContext.LANGUAGES.get(0));
        request.setAttribute(RESOLVED, supported);
        if (response != null) {
            ResponseCookie cookie = ResponseCookie.from(COOKIE, supported.getLanguage()).path("/").maxAge(Duration.ofDays(365))
                    .sameSite("Lax").httpOnly(true).secure(request.isSecure()).build();
            response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
        }
    }

    /** The language asked for on the address ({@code ?lang=fr}), if it is one of the site's. */
    static Optional<Locale> chosen(HttpServletRequest request) {
        String lang;
        try {
            lang = request.getParameter(PARAMETER);
        } catch (RuntimeException undecodableQuery) {
            return Optional.empty(); // Tomcat's InvalidParameterException: the request is answered 400 elsewhere
        }
        return lang == null ? Optional.empty() : supported(lang);
    }

    private static Optional<Locale> fromCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return supported(cookie.getValue());
                }
            }
        }
        return Optional.empty();
    }

    private static Locale fromHeader(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (header != null && !header.isBlank()) {
            try {
                Locale best = Locale.lookup(Locale.LanguageRange.parse(header), PageContext.LANGUAGES);
                if (best != null) {
                    return best;
                }
            } catch (IllegalArgumentException malformed) {
                // A malformed header is no preference at all.
            }
        }
        return PageContext.LANGUAGES.get(0);
    }

    private static Optional<Locale> supported(String language) {
        List<Locale> languages = PageContext.LANGUAGES;
        for (Locale locale : languages) {
            if (locale.getLanguage().equalsIgnoreCase(language.trim())) {
                return Optional.of(locale);
            }
        }
        return Optional.empty();
    }
}
