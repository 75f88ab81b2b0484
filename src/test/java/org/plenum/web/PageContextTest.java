package org.plenum.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Formatting per language and the addresses a page links to, with the site's real message bundle. */
class PageContextTest {

    private static PageContext page(Locale locale, String path, String query, Optional<LocalDate> knownAt) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/web");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new PageContext(locale, messages, path, query, knownAt, p -> p + "?fingerprinted");
    }

    @Test
    void numbersPercentagesAndDatesFollowTheLanguage() {
        PageContext en = page(Locale.ENGLISH, "/", "", Optional.empty());
        PageContext fr = page(Locale.FRENCH, "/", "", Optional.empty());
        assertThat(en.number(46_123)).isEqualTo("46,123");
        assertThat(fr.number(46_123)).isEqualTo("46\u202f123");
        assertThat(en.percent(27.24, 1)).isEqualTo("27.2%");
        assertThat(fr.percent(27.26, 1)).isEqualTo("27,3\u00a0%");
        assertThat(en.decimal(0.5, 2)).isEqualTo("0.50");
        assertThat(fr.decimal(0.5, 2)).isEqualTo("0,50");
        assertThat(en.date(LocalDate.of(2025, 11, 1))).isEqualTo("November 1, 2025");
        assertThat(fr.date(LocalDate.of(2025, 11, 1))).isEqualTo("1 novembre 2025");
        assertThat(en.month(YearMonth.of(2021, 9))).isEqualTo("September 2021");
        assertThat(fr.month(YearMonth.of(2021, 9))).isEqualTo("septembre 2021");
    }

    @Test
    void interfaceTextComesFromTheBundleOfTheLanguage() {
        assertThat(page(Locale.ENGLISH, "/", "", Optional.empty()).t("web.nav.home")).isEqualTo("Home");
        assertThat(page(Locale.FRENCH, "/", "", Optional.empty()).t("web.nav.home")).isEqualTo("Accueil");
        assertThat(page(Locale.FRENCH, "/", "", Optional.empty()).t("web.error.parameter", "known_at"))
                .isEqualTo("Vérifiez le paramètre « known_at » de l'adresse.");
    }

    @Test
    void theLanguageSwitchKeepsThePathAndTheQuery() {
        PageContext ranking = page(Locale.ENGLISH, "/women-ranking", "month=9&year=2021&lang=en", Optional.empty());
        assertThat(ranking.languageUrl("fr")).isEqualTo("/women-ranking?month=9&year=2021&lang=fr");
        assertThat(page(Locale.ENGLISH, "/", "", Optional.empty()).languageUrl("fr")).isEqualTo("/?lang=fr");
        assertThat(page(Locale.ENGLISH, "/search", "q=C%C3%B4te&language=x", Optional.empty()).languageUrl("en"))
                .isEqualTo("/search?q=C%C3%B4te&language=x&lang=en");
    }

    @Test
    void linksKeepKnownAtAndTheBannerLinksToTheLatestData() {
        PageContext past = page(Locale.ENGLISH, "/parliament/FR", "known_at=2024-06-30&lang=fr", Optional.of(LocalDate.of(2024, 6, 30)));
        assertThat(past.link("/search?q=fr")).isEqualTo("/search?q=fr&known_at=2024-06-30");
        assertThat(past.link("/")).isEqualTo("/?known_at=2024-06-30");
        assertThat(past.latestUrl()).isEqualTo("/parliament/FR?lang=fr");
        assertThat(past.recordTime()).isEqualTo(QueryValues.recordTime("known_at", "2024-06-30"));
        PageContext now = page(Locale.ENGLISH, "/parliament/FR", "", Optional.empty());
        assertThat(now.link("/")).isEqualTo("/");
        assertThat(now.recordTime()).isEqualTo(java.time.Instant.MAX);
    }

    @Test
    void theNavigationMarksTheCurrentSection() {
        PageContext ranking = page(Locale.ENGLISH, "/women-ranking", "", Optional.empty());
        assertThat(ranking.navigation()).filteredOn(PageContext.NavigationItem::current)
                .extracting(PageContext.NavigationItem::path).containsExactly("/women-ranking");
        assertThat(page(Locale.ENGLISH, "/", "", Optional.empty()).current("/")).isTrue();
        assertThat(page(Locale.ENGLISH, "/compare/", "", Optional.empty()).current("/compare/")).isTrue();
        assertThat(page(Locale.ENGLISH, "/compare", "", Optional.empty()).current("/compare/")).isTrue();
        assertThat(page(Locale.ENGLISH, "/search", "", Optional.empty()).current("/")).isFalse();
    }
}
