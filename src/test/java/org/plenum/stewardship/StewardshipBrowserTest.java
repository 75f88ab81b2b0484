package org.plenum.stewardship;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.plenum.accounts.Actor;
import org.plenum.accounts.Role;
import org.plenum.accounts.Initiator;
import org.plenum.accounts.Invitation;
import org.plenum.accounts.TestAccounts;
import org.plenum.accounts.internal.AccountService;
import org.plenum.registry.EntityRecord;
import org.plenum.registry.EntityRef;
import org.plenum.registry.FactValue;
import org.plenum.registry.PublishedRegistry;
import org.plenum.web.browser.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Issue 12's "done when", in a browser: a new correspondent of Malta sets a password from an invitation link, signs
 * in and updates the number of women of the House of Representatives after a by-election (23 women of 79 in the
 * November 2025 ranking; one more from 28 November 2026), sends it; an editor reviews the diff and approves; the
 * public API, the chamber's page, the ranking of the next month and the change feed show the new value with its
 * source, and the value published before still answers {@code known_at}. Screenshots of each page; axe-core on each.
 */
class StewardshipBrowserTest extends BrowserTest {

    static final String CHAMBER = "MT-LC01";
    static final LocalDate BY_ELECTION = LocalDate.of(2026, 11, 28);
    static final String PASSWORD = "a by-election in Gozo";

    @Autowired
    ApplicationContext context;
    @Autowired
    PublishedRegistry registry;

    @Test
    void aByElectionUpdateFromTheCorrespondentToThePublicPages() {
        EntityRecord before = registry.refresh().get(EntityRef.chamber(CHAMBER)).orElseThrow();
        long women = Long.parseLong(((FactValue.Present) before.valueAt("current_women_number", BY_ELECTION.minusDays(1),
                EntityRecord.LATEST).orElseThrow().value()).value());
        long after = women + 1;
        Actor editor = TestAccounts.account(context, "secretariat@ipu.org", Role.EDITOR, Set.of(), Set.of());

        // A new correspondent of Malta, invited by the secretariat, sets a password from the link and signs in.
        String email = "clerk-" + System.nanoTime() + "@parlament.mt";
        Invitation invitation = context.getBean(AccountService.class).invite(Initiator.commandLine(), email,
                Role.CORRESPONDENT, "Joseph Borg", "en", Set.of("MT"), Set.of());
        browser.manage().deleteAllCookies();
        browser.get(url(invitation.link().substring(invitation.link().indexOf("/invitation/"))));
        checkPage("invitation");
        find("#new-password").sendKeys(PASSWORD);
        find("#repeated").sendKeys(PASSWORD);
        clickAndLoad("form.stacked button");
        assertThat(browser.getCurrentUrl()).contains("/login?activated");
        signIn(email, PASSWORD);
        visit("/my", "my-parliament");
        assertThat(find("h1").getText()).isEqualTo("My parliament");
        clickAndLoad("a[href='/my/chambers/" + CHAMBER + "/submissions/new']");
        checkPage("form");
        find("#value-current_women_number").sendKeys(Long.toString(after));
        setDate("#from-current_women_number", BY_ELECTION);
        find("#source_title").sendKeys("Electoral Commission: result of the casual election");
        find("#source_url").sendKeys("https://electoral.gov.mt/");
        clickAndLoad("button[value='send']");
        checkPage("sent");
        assertThat(find("main").getText()).contains("Waiting for review", Long.toString(after));
        String submission = browser.getCurrentUrl().replaceAll(".*/my/submissions/", "");

        signIn(editor.username(), TestAccounts.PASSWORD);
        visit("/review", "queue");
        clickAndLoad("a[href='/review/submissions/" + submission + "']");
        checkPage("review");
        assertThat(find("table.diff").getText()).contains(Long.toString(women), Long.toString(after),
                "Electoral Commission: result of the casual election");
        clickAndLoad("button[value='approve']");
        checkPage("approved");
        assertThat(find("main").getText()).contains("Approved");

        // The public API: the new value with its source; the value published before still answers known_at.
        String api = apiBody("/api/v1/chambers/" + CHAMBER + "?as_of=" + BY_ELECTION);
        assertThat(api).containsPattern("\"value\": ?" + after + "\\b").contains("Plenum submission #");
        String earlier = apiBody("/api/v1/chambers/" + CHAMBER + "?as_of=" + BY_ELECTION + "&known_at="
                + LocalDate.now().minusDays(1));
        assertThat(earlier).containsPattern("\"value\": ?" + women + "\\b").doesNotContain("Plenum submission #");

        // The website: the chamber's page (value and source) and the ranking of the next month.
        visit("/parliament/MT/" + CHAMBER, "chamber-page");
        assertThat(find("main").getText()).contains(Long.toString(after)).contains("Plenum submission #");
        visit("/women-ranking?month=12&year=2026", "ranking-2026-12");
        WebElement malta = browser.findElements(By.cssSelector("main tr")).stream()
                .filter(row -> row.getText().contains("Malta")).findFirst().orElseThrow();
        assertThat(malta.getText()).contains(" " + after + " ");

        // The change feed names the change and its source.
        String changes = apiBody("/api/v1/changes?filter[country]=MT&filter[field]=current_women_number&page[size]=5000");
        assertThat(changes).contains("Plenum submission #");
    }

    private void signIn(String username, String password) {
        browser.manage().deleteAllCookies();
        visit("/login", "login");
        find("#username").sendKeys(username);
        find("#password").sendKeys(password);
        clickAndLoad("form[action='/login'] button");
        assertThat(browser.getCurrentUrl()).doesNotContain("/login");
    }

    private void setDate(String css, LocalDate date) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", find(css), date.toString());
    }

    private String apiBody(String path) {
        return get(path).body();
    }
}
