package org.plenum.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A reader's journeys on the bundled dataset in Chromium: from the home page's search box to a country's profile, the
 * switch to French and back on the same page, a chamber's page, and the keyboard's way to the main content. axe-core
 * checks every page; screenshots under target/screenshots.
 */
class CountryJourneyBrowserTest extends BrowserTest {

    @Test
    void findACountryFromTheSearchBoxOpenItsProfileAndSwitchLanguageAndBack() {
        visit("/?lang=en", "home-en");
        assertThat(find("h1").getText()).isEqualTo("Data on the world's national parliaments");
        assertThat(find("figure.chart img").getAttribute("src")).contains("/women-map.svg");

        WebElement box = find("form.search input[name=q]");
        box.sendKeys("cote d'ivoire");
        box.submit();
        checkPage("search-cote-divoire");
        assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/search");
        WebElement result = find("ul.results a[href='/parliament/CI/']");
        assertThat(result.getText()).startsWith("Côte d");

        clickAndLoad(result);
        checkPage("profile-ci-en");
        assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/parliament/CI/");
        assertThat(find("h1").getText()).startsWith("Côte d");
        assertThat(browser.findElements(By.cssSelector("section.chamber"))).isNotEmpty();

        clickAndLoad(browser.findElement(By.linkText("Français")));
        checkPage("profile-ci-fr");
        assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/parliament/CI/");
        assertThat(find("html").getAttribute("lang")).isEqualTo("fr");
        assertThat(find("nav[aria-label=Principal]").getText()).contains("Accueil");

        // the language is kept in a cookie: the next page, reached by a link without ?lang, is French too
        clickAndLoad("a[href='/parliament/CI/CI-LC01/']");
        checkPage("chamber-ci-lc01-fr");
        assertThat(find("html").getAttribute("lang")).isEqualTo("fr");
        assertThat(find("main").getText()).contains("Toutes les valeurs enregistrées");

        clickAndLoad(browser.findElement(By.linkText("English")));
        checkPage("chamber-ci-lc01-en");
        assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/parliament/CI/CI-LC01/");
        assertThat(find("html").getAttribute("lang")).isEqualTo("en");
        assertThat(find("main").getText()).contains("Every recorded value");
    }

    @Test
    void chamberPagesWithLongHistoriesAndTheirChartsAreAccessible() {
        visit("/parliament/RW/RW-LC01/?lang=en", "chamber-rw-lc01-en");
        assertThat(find("figure.chart img").getAttribute("alt")).contains("51");
        visit("/parliament/FR/?lang=fr", "profile-fr-fr");
        assertThat(find("h1").getText()).isEqualTo("France");
        visit("/parliament/US/US-UC02/?lang=en", "chamber-us-uc02-en");
        visit("/search?q=guinea&lang=fr", "search-guinea-fr");
        assertThat(browser.findElements(By.cssSelector("ul.results li"))).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void theKeyboardReachesTheMainContentThroughTheSkipLink() {
        browser.get(url("/parliament/FR/?lang=en"));
        find("body").sendKeys(Keys.TAB);
        WebElement skip = browser.switchTo().activeElement();
        assertThat(skip.getText()).isEqualTo("Skip to main content");
        screenshot("profile-skip-link-focused");
        skip.sendKeys(Keys.ENTER);
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("main");
        // the next Tab stop is inside the main content, past the header's navigation
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement next = browser.switchTo().activeElement();
        assertThat((Boolean) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.getElementById('main').contains(arguments[0])", next)).isTrue();
    }
}
