package org.plenum.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.plenum.assessment.Questionnaires;
import org.plenum.assessment.Responses;
import org.plenum.assessment.scoring.FrameworkCatalogue;
import org.plenum.assessment.scoring.SmallFramework;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The explained score, the what-if (one answer changed: the score and rank move, live through what-if.js and again
 * when the form is sent) and the peer benchmark in Chromium, at desktop and phone width, in English and French, over
 * the six hand-scored synthetic respondents of {@link SmallFramework} (framework {@code scoring-test}). axe-core on
 * every page; screenshots under target/screenshots.
 */
class MaturityBrowserTest extends BrowserTest {

    private static final String F = "/frameworks/scoring-test";

    @Autowired
    FrameworkCatalogue catalogue;
    @Autowired
    Questionnaires questionnaires;
    @Autowired
    Responses responses;

    @BeforeEach
    void data() {
        catalogue.store(SmallFramework.json("scoring-test", "scoring-test", "zero", 0.5), "test:scoring-test-1.0.json");
        questionnaires.save(SmallFramework.edition("scoring-test", "2024"), "test");
        responses.importAccepted("scoring-test", "2024", SmallFramework.respondents(), "test:scoring", "test");
    }

    @Test
    void explanationThenWhatIfMovesScoreAndRank() {
        visit(F + "/scores/r3?lang=en", "score-r3-en");
        assertThat(find("h1").getText()).contains("Synthetic chamber r3").contains("synthetic");
        assertThat(find("#score").getText()).isEqualTo("1.0");
        assertThat(find("#rank").getText()).isEqualTo("5");
        assertThat(find("#benchmark").getText()).isEqualTo("Peer benchmark");
        assertThat(browser.findElements(By.cssSelector("main table caption"))).extracting(e -> e.getText())
                .anySatisfy(c -> assertThat(c).startsWith("Against Sub-Saharan Africa (n = 2)"));

        clickAndLoad("a[href*='/what-if']");
        checkPage("what-if-r3-en");
        assertThat(find("#what-if-score").getText()).isEqualTo("1.0");
        // one answer changed: what-if.js asks the API and shows the new score and rank without leaving the page
        new Select(find("#q-strategy")).selectByValue("yes_multi");
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(b -> "5.0".equals(b.findElement(By.id("what-if-score")).getText()));
        assertThat(find("#what-if-rank").getText()).isEqualTo("3");
        // the form alone (no script needed) gives the same on the server
        clickAndLoad("#what-if-submit");
        checkPage("what-if-r3-submitted-en");
        assertThat(browser.getCurrentUrl()).contains("strategy=yes_multi");
        assertThat(find("#what-if-score").getText()).isEqualTo("5.0");
        assertThat(find("#what-if-rank").getText()).isEqualTo("3");
        assertThat(find("#what-if-changes").getText()).contains("Strategy: 0.0 → 2.0 / 2.0");
        // nothing was saved
        visit(F + "/scores/r3?lang=en", "score-r3-after-en");
        assertThat(find("#score").getText()).isEqualTo("1.0");
    }

    @Test
    void frenchPages() {
        visit(F + "/scores/r2?lang=fr", "score-r2-fr");
        assertThat(find("#score").getText()).isEqualTo("4,8");
        assertThat(find("#benchmark").getText()).isEqualTo("Comparaison avec les pairs");
        assertThat(find("h1").getText()).contains("synthétique");
        visit(F + "/scores/r2/what-if?lang=fr", "what-if-r2-fr");
        assertThat(find("h1").getText()).startsWith("Et si");
        visit(F + "?lang=fr", "ranking-fr");
        visit("/digital-maturity?lang=fr", "landing-fr");
        assertThat(find("h1").getText()).isEqualTo("Maturité numérique des parlements");
    }

    @Test
    void atPhoneWidth() {
        visitAtPhoneWidth(F + "/scores/r2?lang=en", "score-r2-en");
        visitAtPhoneWidth(F + "/scores/r2/what-if?lang=fr", "what-if-r2-fr");
        visitAtPhoneWidth(F + "?lang=en", "ranking-en");
        visitAtPhoneWidth(F + "/breakdown?lang=en", "breakdown-en");
        visitAtPhoneWidth(F + "/practices?lang=fr", "practices-fr");
        visitAtPhoneWidth("/digital-maturity?lang=en", "landing-en");
    }
}
