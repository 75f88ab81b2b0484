package org.plenum.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.context.MessageSource;
import org.springframework.web.util.UriUtils;

/**
 * What a page template needs from the request, in the model of every {@link PageController} handler as {@code page}:
 * the reader's language and the interface text in it ({@link #t}), numbers, percentages and dates formatted for it,
 * the "as published on" date ({@code known_at}) and links that keep it, the link to the same page in the other
 * language, and the fingerprinted URLs of the site's static files. One per request; not shared between threads.
 */
public final class PageContext {

    /** The languages of the site; the first is the default. */
    public static final java.util.List<Locale> LANGUAGES = java.util.List.of(Locale.ENGLISH, Locale.FRENCH);

    private final Locale locale;
    private final MessageSource messages;
    private final String path;
    private final String query;
    private final Optional<LocalDate> knownAt;
    private final UnaryOperator<String> assets;
    private final Optional<SignedInUser> user;
    private NumberFormat integers;

    public PageContext(Locale locale, MessageSource messages, String path, String query, Optional<LocalDate> knownAt,
                       UnaryOperator<String> assets) {
        this(locale, messages, path, query, knownAt, assets, Optional.empty());
    }

    public PageContext(Locale locale, MessageSource messages, String path, String query, Optional<LocalDate> knownAt,
                       UnaryOperator<String> assets, Optional<SignedInUser> user) {
        this.user = user;
        this.locale = locale;
        this.messages = messages;
        this.path = path;
        this.query = query;
        this.knownAt = knownAt;
        this.assets = assets;
    }

    /** The signed-in person, for the layout's user menu; empty for an anonymous reader. */
    public Optional<SignedInUser> user() {
        return user;
    }

    public Locale locale() {
        return locale;
    }

    /** The language code, {@code en} or {@code fr}, for {@code <html lang>} and for choosing translated names. */
    public String lang() {
        return locale.getLanguage();
    }

    public boolean french() {
        return "fr".equals(lang());
    }

    /**
     * The interface text of {@code key} in the reader's language, from the module bundles {@code i18n/*.properties}.
     * With arguments the text is a {@link java.text.MessageFormat} pattern (an apostrophe is written {@code ''}).
     * A missing key fails the page, so that a test finds it.
     */
    public String t(String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, locale);
    }

    // ---- formatting

    /** A whole number with the language's grouping: 1,234 / 1 234. */
    public String number(long value) {
        if (integers == null) {
            integers = NumberFormat.getIntegerInstance(locale);
        }
        return integers.format(value);
    }

    /** A decimal number with exactly {@code digits} decimals: 27.5 / 27,5. */
    public String decimal(double value, int digits) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(value);
    }

    /** A share given in percent (27.5 for 27.5%) with {@code digits} decimals: 27.5% / 27,5 %. */
    public String percent(double percent, int digits) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(percent / 100.0);
    }

    /** A date in words: December 7, 2026 / 7 décembre 2026. */
    public String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    /** A moment, in UTC to the minute: December 7, 2026, 16:30 UTC / 7 décembre 2026, 16:30 UTC. */
    public String moment(Instant instant) {
        ZonedDateTime utc = instant.atZone(ZoneOffset.UTC);
        return date(utc.toLocalDate()) + ", " + DateTimeFormatter.ofPattern("HH:mm").format(utc) + " UTC";
    }

    /** A month: December 2026 / décembre 2026. */
    public String month(YearMonth month) {
        return DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(month);
    }

    // ---- known_at

    /** The "as published on" date of this page ({@code ?known_at=YYYY-MM-DD}), if the reader asked for one. */
    public Optional<LocalDate> knownAt() {
        return knownAt;
    }

    /**
     * The record time to read the snapshot at: the end of the {@code known_at} day (UTC), else {@link Instant#MAX},
     * i.e. everything published (the registry's {@code EntityRecord.LATEST}).
     */
    public Instant recordTime() {
        return knownAt.map(d -> QueryValues.recordTime("known_at", d.toString())).orElse(Instant.MAX);
    }

    /**
     * A link to another page of the site that keeps this page's {@code known_at}: {@code link("/search?q=fr")}. Pass
     * the path and query already encoded (see {@link #encode}).
     */
    public String link(String pathAndQuery) {
        if (knownAt.isEmpty()) {
            return pathAndQuery;
        }
        return pathAndQuery + (pathAndQuery.indexOf('?') >= 0 ? "&" : "?") + "known_at=" + knownAt.get();
    }

    /** A value encoded for a URL's path segment or query value. */
    public static String encode(String value) {
        return UriUtils.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    // ---- this page's addresses

    /** The path of this page, as requested (still encoded). */
    public String path() {
        return path;
    }

    /** The paths of the pages with the forms of signing in and of signed-in people (decision 0036). */
    private static final java.util.List<String> FORM_PAGES = java.util.List.of("/login", "/account", "/invitation",
            "/password-reset", "/my", "/review", "/admin");

    /**
     * Whether this page is one of those with forms ({@code /login}, {@code /account}, {@code /my}, {@code /review},
     * {@code /admin}…): the layout links their stylesheet only there, so the public pages stay light.
     */
    public boolean hasForms() {
        return FORM_PAGES.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }

    /** This page in language {@code lang}: same path and query, with {@code lang} set (and kept in a cookie). */
    public String languageUrl(String lang) {
        return path + "?" + withoutParameter("lang", true) + "lang=" + lang;
    }

    /** This page with everything published, i.e. without {@code known_at}. */
    public String latestUrl() {
        String rest = withoutParameter("known_at", false);
        return rest.isEmpty() ? path : path + "?" + rest;
    }

    /** The query without the named parameter; with {@code trailingAmpersand} ready for another one to be appended. */
    private String withoutParameter(String name, boolean trailingAmpersand) {
        StringBuilder kept = new StringBuilder();
        if (!query.isEmpty()) {
            for (String pair : query.split("&")) {
                if (pair.isEmpty() || pair.equals(name) || pair.startsWith(name + "=")) {
                    continue;
                }
                if (kept.length() > 0) {
                    kept.append('&');
                }
                kept.append(pair);
            }
        }
        if (trailingAmpersand && kept.length() > 0) {
            kept.append('&');
        }
        return kept.toString();
    }

    // ---- navigation

    /** An entry of the site's main navigation: its path, the message key of its name, whether this page is in it. */
    public record NavigationItem(String path, String messageKey, boolean current) {
    }

    /**
     * The site's sections, in the order of the header's navigation (message keys in {@code i18n/web.properties}).
     * The pages behind them belong to their modules (docs/web-pages.md lists who owns which).
     */
    static final java.util.List<String[]> SECTIONS = java.util.List.of(
            new String[] {"/", "web.nav.home"},
            new String[] {"/search", "web.nav.countries"},
            new String[] {"/women-ranking", "web.nav.ranking"},
            new String[] {"/compare/", "web.nav.compare"},
            new String[] {"/data-dictionary", "web.nav.dictionary"},
            new String[] {"/publications", "web.nav.publications"},
            new String[] {"/digital-maturity", "web.nav.maturity"},
            new String[] {"/ai", "web.nav.ai"},
            new String[] {"/hubs", "hubs.nav"},
            new String[] {"/downloads", "web.nav.downloads"},
            new String[] {"/about", "web.nav.about"});

    public java.util.List<NavigationItem> navigation() {
        return SECTIONS.stream().map(s -> new NavigationItem(s[0], s[1], current(s[0]))).toList();
    }

    /** Whether this page is {@code section} or under it ({@code /} only for the home page itself). */
    public boolean current(String section) {
        if (section.equals("/")) {
            return path.equals("/");
        }
        String base = section.endsWith("/") ? section.substring(0, section.length() - 1) : section;
        return path.equals(base) || path.startsWith(base + "/");
    }

    // ---- static files

    /** The fingerprinted URL of a static file of the site, e.g. {@code asset("/assets/site.css")}. */
    public String asset(String path) {
        return assets.apply(path);
    }
}
