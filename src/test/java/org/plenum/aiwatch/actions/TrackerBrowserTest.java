package org.plenum.aiwatch.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.plenum.accounts.Actor;
import org.plenum.accounts.Role;
import org.plenum.accounts.TestAccounts;
import org.plenum.web.browser.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Issue 14's "done when" for the tracker, in a browser: a correspondent of Chile proposes an AI-policy action (the
 * form first refuses it without a type, a status, a summary and a source, next to each field), an editor sees it as it
 * will look and publishes it; it is on this month's digest, on its own page and in the Atom feed. The public pages in
 * English and French and at a phone's width; axe-core on each.
 */
class TrackerBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Test
    void aCorrespondentProposesAnActionAnEditorPublishesItAndTheDigestAndFeedShowIt() {
        String title = "Proyecto de ley que regula los sistemas de inteligencia artificial " + System.nanoTime();
        String english = "Bill regulating artificial intelligence systems (" + title.substring(title.lastIndexOf(' ') + 1) + ")";
        Actor clerk = TestAccounts.account(context, "ai-clerk@camara.cl", Role.CORRESPONDENT, Set.of("CL"), Set.of());
        Actor editor = TestAccounts.account(context, "ai-editor@ipu.org", Role.EDITOR, Set.of(), Set.of());

        signIn(clerk.username());
        visit("/my/ai-actions", "my-ai-actions");
        clickAndLoad("a[href='/my/ai-actions/new']");
        checkPage("ai-action-form");
        find("#f-title").sendKeys(title);
        find("#f-language").clear();
        find("#f-language").sendKeys("es");
        clickAndLoad("form[action='/my/ai-actions/new'] button[type='submit']");
        checkPage("ai-action-form-problems");
        assertThat(find("#m-type").getText()).isEqualTo("Choose a type.");
        assertThat(find("#m-title_english").getText()).contains("Give the title in English");
        assertThat(find("#m-source_url_0").getText()).contains("at least one source");

        new Select(find("#f-type")).selectByValue("bill");
        new Select(find("#f-status")).selectByValue("introduced");
        find("#f-chambers-CL-LC01").click();
        find("#f-title_english").sendKeys(english);
        find("#f-introduced").sendKeys("2026-11");
        find("#f-summary").sendKeys("Bill setting rules for AI systems by risk level, tabled in the Chamber of Deputies.");
        find("#f-source_url_0").sendKeys("https://www.camara.cl/legislacion/ProyectosDeLey/");
        find("#f-source_publisher_0").sendKeys("Cámara de Diputadas y Diputados de Chile");
        find("#f-source_seen_0").sendKeys("2026-12-07");
        clickAndLoad("form[action='/my/ai-actions/new'] button[type='submit']");
        checkPage("ai-action-sent");
        assertThat(browser.getCurrentUrl()).contains("/my/ai-actions/").contains("?sent");
        assertThat(find("main").getText()).contains("Sent: an editor will review it.", english, "Chile: Chamber of Deputies");
        String proposal = browser.getCurrentUrl().replaceAll(".*/my/ai-actions/(\\d+).*", "$1");

        signIn(editor.username());
        visit("/review/proposals", "review-queue");
        clickAndLoad("a[href='/review/ai-actions/" + proposal + "']");
        checkPage("ai-action-review");
        assertThat(find("main").getText()).contains("The action as it will be published", title, english,
                "Cámara de Diputadas y Diputados de Chile");
        clickAndLoad("button[value='approve']");
        checkPage("ai-action-approved");
        String published = find("main a[href^='/ai/actions/cl-']").getAttribute("href");
        String id = published.substring(published.lastIndexOf('/') + 1);

        browser.manage().deleteAllCookies();
        visit("/ai/digest", "ai-digest");
        assertThat(find("#c-CL").getText()).isEqualTo("Chile");
        assertThat(find("main").getText()).contains(english, "Parliaments added or updated this month:");
        assertThat(find("h1").getText()).contains(YearMonth.now().getYear() + "");
        clickAndLoad("a[href='/ai/actions/" + id + "']");
        checkPage("ai-action-page");
        assertThat(find("main").getText()).contains(title, english, "Added on", "ai-editor@ipu.org",
                "proposed by", "Not from IPU");
        assertThat(get("/ai/actions.atom").body()).contains(english, "/ai/actions/" + id);

        visit("/ai", "ai-overview");
        visit("/ai/actions", "ai-actions");
        visit("/ai/actions?country=CL&lang=fr", "ai-actions-fr");
        assertThat(find("main").getText()).contains(english);
        visit("/ai/digest/subscribe", "ai-subscribe");
        visitAtPhoneWidth("/ai/actions", "ai-actions");
        visitAtPhoneWidth("/ai/actions/" + id, "ai-action");
        visitAtPhoneWidth("/ai/digest?lang=fr", "ai-digest-fr");
    }

    private void signIn(String username) {
        browser.manage().deleteAllCookies();
        visit("/login", "login");
        find("#username").sendKeys(username);
        find("#password").sendKeys(TestAccounts.PASSWORD);
        clickAndLoad("form[action='/login'] button");
        assertThat(browser.getCurrentUrl()).doesNotContain("/login");
    }
}
