package org.plenum.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.plenum.web.BadPageRequestException;
import org.plenum.web.PageContext;
import org.plenum.web.SignedInUser;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/** Builds the {@link PageContext} of a request; a {@code ?lang=} choice is kept in a cookie here. */
@Component
class PageContexts {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final ResourceUrlProvider resourceUrls;

    PageContexts(MessageSource messages, LocaleResolver locales, ResourceUrlProvider resourceUrls) {
        this.messages = messages;
        this.locales = locales;
        this.resourceUrls = resourceUrls;
    }

    PageContext of(HttpServletRequest request, HttpServletResponse response) {
        Locale locale = locales.resolveLocale(request);
        if (SiteLocaleResolver.chosen(request).isPresent()) {
            locales.setLocale(request, response, locale);
        }
        String query = request.getQueryString();
        return new PageContext(locale, messages, request.getRequestURI(), query == null ? "" : query, knownAt(request),
                this::assetUrl, user(request));
    }

    /** Like {@link #of}, for an error page: a bad {@code known_at} is then ignored rather than reported again. */
    PageContext forError(HttpServletRequest request, HttpServletResponse response) {
        Optional<LocalDate> knownAt;
        try {
            knownAt = knownAt(request);
        } catch (RuntimeException badOrUndecodableQuery) {
            knownAt = Optional.empty();
        }
        Locale locale = locales.resolveLocale(request);
        if (SiteLocaleResolver.chosen(request).isPresent()) {
            locales.setLocale(request, response, locale);
        }
        String query = request.getQueryString();
        return new PageContext(locale, messages, request.getRequestURI(), query == null ? "" : query, knownAt, this::assetUrl,
                user(request));
    }

    /**
     * The signed-in person of the request (Spring Security's principal) with the CSRF field of the sign-out form;
     * empty for an anonymous reader, whose request then makes no CSRF token and so no session.
     */
    private static Optional<SignedInUser> user(HttpServletRequest request) {
        java.security.Principal principal = request.getUserPrincipal();
        if (principal == null || !(request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken csrf)) {
            return Optional.empty();
        }
        return Optional.of(new SignedInUser(principal.getName(), csrf.getParameterName(), csrf.getToken()));
    }

    private String assetUrl(String path) {
        String versioned = resourceUrls.getForLookupPath(path);
        return versioned == null ? path : versioned;
    }

    private static Optional<LocalDate> knownAt(HttpServletRequest request) {
        String value = request.getParameter("known_at");
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.trim()));
        } catch (DateTimeException e) {
            throw new BadPageRequestException("known_at", "known_at must be a date YYYY-MM-DD; it is '" + value + "'.");
        }
    }
}
