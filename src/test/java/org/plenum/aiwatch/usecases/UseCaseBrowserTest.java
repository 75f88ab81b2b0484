package org.plenum.aiwatch.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.plenum.accounts.Actor;
import org.plenum.accounts.Role;
import org.plenum.accounts.TestAccounts;
import org.plenum.web.browser.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The library in Chromium (issue 14's "done when"): a search for "chatbot" finds the chatbot use cases with
 * highlighted matches, in English and in French; a use case's page; a correspondent proposes a use case, an editor
 * approves it, and the search finds it. Every page checked with axe-core.
 */
class UseCaseBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;

    private List<String> marks() {
        return browser.findElements(By.cssSelector("ol.uc-hits mark")).stream().map(WebElement::getText).toList();
    }

    private List<String> hitLinks() {
        return browser.findElements(By.cssSelector("ol.uc-hits h2 a")).stream()
                .map(a -> a.getAttribute("href").replaceFirst("^.*/ai/use-cases/", "")).toList();
    }

    @Test
    void aSearchForChatbotFindsTheChatbotUseCasesWithHighlightsInEnglishAndFrench() {
        visit("/ai/use-cases", "library");
        assertThat(find("h1").getText()).isEqualTo("AI use cases in parliaments");
        find("#uc-q").sendKeys("chatbot");
        clickAndLoad("form.uc-search button[type=submit]");
        checkPage("search-chatbot");
        assertThat(hitLinks()).contains("011", "025", "061");
        assertThat(marks()).isNotEmpty().allSatisfy(m -> assertThat(m).isEqualToIgnoringCase("chatbot"));
        assertThat(find("ol.uc-hits li h2 a").getText()).contains("Chatbot");
        assertThat(find(".uc-count").getText()).endsWith("use cases found");

        // choosing a facet keeps the words
        new Select(find("#uc-country")).selectByValue("BH");
        clickAndLoad("form.uc-search button[type=submit]");
        checkPage("search-chatbot-bahrain");
        assertThat(hitLinks()).containsExactlyInAnyOrder("061", "064");

        visit("/ai/use-cases?lang=fr", "library-fr");
        assertThat(find("h1").getText()).isEqualTo("L'IA dans les parlements : cas d'usage");
        find("#uc-q").sendKeys("chatbot");
        clickAndLoad("form.uc-search button[type=submit]");
        checkPage("search-chatbot-fr");
        assertThat(hitLinks()).contains("011", "025", "061");
        assertThat(marks()).isNotEmpty().allSatisfy(m -> assertThat(m).isEqualToIgnoringCase("chatbot"));
        assertThat(browser.findElements(By.cssSelector("ol.uc-hits h2 a")).stream().map(WebElement::getText))
                .anyMatch(t -> t.startsWith("Agent conversationnel (chatbot) pour faciliter"));

        clickAndLoad(browser.findElement(By.cssSelector("ol.uc-hits h2 a[href$='/ai/use-cases/011']")));
        checkPage("use-case-011-fr");
        assertThat(find("h1").getText()).startsWith("Agent conversationnel (chatbot)");
        assertThat(browser.getPageSource()).contains("traduction par Plenum");
        visitAtPhoneWidth("/ai/use-cases/016", "use-case-016");
        visitAtPhoneWidth("/ai/use-cases?q=transcription", "search-transcription");
    }

    @Test
    void aCorrespondentProposesAUseCaseAndAnEditorPublishesIt() {
        String word = "quokka" + UUID.randomUUID().toString().replaceAll("[^a-z]", "");
        Actor correspondent = TestAccounts.account(context, "uc-browser-cl@example.org", Role.CORRESPONDENT,
                Set.of("CL"), Set.of());
        Actor editor = TestAccounts.account(context, "uc-browser-editor@example.org", Role.EDITOR, Set.of(), Set.of());
        TestAccounts.signIn(context, correspondent).enter(browser, url(""));
        visit("/my/ai-use-cases/new?lang=en", "propose");
        Map<String, String> fields = UseCaseProposalPagesTest.proposal(word);
        new Select(find("#f-chamber")).selectByValue(fields.get("chamber"));
        new Select(find("#f-category")).selectByValue(fields.get("category"));
        find("#f-date").sendKeys(fields.get("date"));
        find("#f-en_objective").sendKeys(fields.get("en_objective"));
        find("#f-en_scenario").sendKeys(fields.get("en_scenario"));
        find("#f-en_expected_results").sendKeys(fields.get("en_expected_results"));
        clickAndLoad("form.uc-propose button[type=submit]");
        checkPage("propose-missing-title");
        assertThat(find("#e-en_title").getText()).isEqualTo("Required.");
        find("#f-en_title").sendKeys(fields.get("en_title"));
        find("#f-fr_title").sendKeys("Assistant " + word + " des commissions");
        find("#f-fr_objective").sendKeys("Répondre en langage courant aux questions des citoyens sur les commissions.");
        clickAndLoad("form.uc-propose button[type=submit]");
        assertThat(browser.getCurrentUrl()).endsWith("/my/proposals");

        TestAccounts.signIn(context, editor).enter(browser, url(""));
        visit("/review/proposals?kind=ai-use-case", "queue");
        clickAndLoad(browser.findElements(By.cssSelector("main tr")).stream()
                .filter(row -> row.getText().contains(word)).findFirst().orElseThrow()
                .findElement(By.cssSelector("a")));
        checkPage("review");
        assertThat(find("main").getText()).contains("Committee " + word + " assistant");
        clickAndLoad("form.review button[value=approve]");
        clickAndLoad(browser.findElement(By.cssSelector("main a[href^='/ai/use-cases/p-']")));
        checkPage("published");
        assertThat(find("h1").getText()).isEqualTo(fields.get("en_title"));

        visit("/ai/use-cases?q=" + word, "search-new");
        assertThat(marks()).contains(word);
        visit("/ai/use-cases?lang=fr&q=" + word, "search-new-fr");
        assertThat(marks()).contains(word);
    }
}
