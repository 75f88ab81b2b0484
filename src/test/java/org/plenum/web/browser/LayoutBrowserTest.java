package org.plenum.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/** The shared layout in a real browser: accessible in both languages, the skip link reaches the main content. */
class LayoutBrowserTest extends BrowserTest {

    @Test
    void theErrorPageIsAccessibleInEnglishAndFrench() {
        visit("/no-such-page?lang=en", "not-found-en");
        assertThat(find("h1").getText()).isEqualTo("Page not found");
        visit("/no-such-page?lang=fr", "not-found-fr");
        assertThat(find("h1").getText()).isEqualTo("Page introuvable");
        assertThat(find("html").getAttribute("lang")).isEqualTo("fr");
        visit("/no-such-page?lang=en&known_at=2025-12-01", "not-found-known-at");
        assertThat(find(".known-at").getText()).contains("December 1, 2025");
    }

    @Test
    void theSkipLinkIsTheFirstStopAndMovesFocusToTheMainContent() {
        browser.get(url("/no-such-page?lang=en"));
        find("body").sendKeys(Keys.TAB);
        var focused = browser.switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("Skip to main content");
        assertThat(focused.getCssValue("top")).isNotEqualTo("-48px");
        screenshot("skip-link-focused");
        focused.sendKeys(Keys.ENTER);
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("main");
    }
}
