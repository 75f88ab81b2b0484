package org.plenum.web.browser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The main pages of the browser journeys at a phone's width (375 px): axe-core on each, no sideways scrolling of the
 * page itself (tables scroll in their own container, charts scale), screenshots {@code target/screenshots/*-phone.png}.
 */
class PhoneWidthBrowserTest extends BrowserTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource({
            "/?lang=en, home",
            "/search?q=guinea&lang=en, search",
            "/parliament/FR/?lang=en, country-FR",
            "/parliament/DE/DE-LC01/?lang=fr, chamber-DE-LC01-fr",
            "/parliament/DE/DE-LC01/election/DE-LC01-E20210926/?lang=en, election-DE-2021",
            "/women-ranking?month=11&year=2025&lang=en, ranking",
            "/women-averages?month=11&year=2025&lang=en, averages",
            "/compare/?chart=map&field=current_women_percent&region=0&structure=any__upper_chamber&year_to=2010&lang=en, compare",
            "/data-dictionary/current_women_percent?lang=en, dictionary-field",
            "/publications?lang=en, publications",
            "/downloads?lang=en, downloads",
            "/about?lang=en, about"})
    void mainPagesAtPhoneWidth(String path, String name) {
        visitAtPhoneWidth(path, name);
    }
}
