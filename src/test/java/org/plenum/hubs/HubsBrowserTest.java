package org.plenum.hubs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plenum.accounts.Actor;
import org.plenum.accounts.Role;
import org.plenum.accounts.TestAccounts;
import org.plenum.web.browser.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Issue 14's hubs in a browser: the hub pages (axe-core on each, at a phone's width too); a correspondent of a
 * Caribbean parliament asks that it join the Caribbean hub from November 2026; an editor finds the request in the
 * proposals queue, opens it and approves; the hub's page lists the new member and the computed participation of
 * 2026 counts one parliament more. Each run takes a Caribbean parliament that is not yet a member.
 */
class HubsBrowserTest extends BrowserTest {

    static final List<String> CARIBBEAN = List.of("JM", "BB", "BS", "GY", "SR", "LC", "VC", "GD", "DM", "AG", "KN", "BZ",
            "HT", "DO", "CU");

    @Autowired
    ApplicationContext context;
    @Autowired
    Hubs hubs;

    @Test
    void aCorrespondentAsksToJoinAndAnEditorApproves() {
        visit("/hubs/pacific?lang=fr", "pacific-fr");
        visit("/hubs?lang=en", "hubs");
        visitAtPhoneWidth("/hubs", "hubs");
        visitAtPhoneWidth("/hubs/pacific", "pacific");

        Hub caribbean = hubs.find("caribbean").orElseThrow();
        Set<String> memberAnywhere = hubs.participation().stream().filter(y -> y.year() == 2026).findFirst().orElseThrow()
                .memberCodes().stream().collect(java.util.stream.Collectors.toSet());
        String parliament = CARIBBEAN.stream().filter(hubs::knownParliament)
                .filter(p -> caribbean.currentMembers().stream().noneMatch(m -> m.parliament().equals(p)))
                .filter(p -> !memberAnywhere.contains(p)).findFirst().orElseThrow();
        int before = members2026();

        Actor clerk = TestAccounts.account(context, "hubs-clerk-" + parliament.toLowerCase() + "@parliament.example",
                Role.CORRESPONDENT, Set.of(parliament), Set.of());
        Actor editor = TestAccounts.account(context, "hubs-reviewer@ipu.org", Role.EDITOR, Set.of(), Set.of());

        TestAccounts.signIn(context, clerk).enter(browser, url(""));
        visit("/hubs/caribbean", "caribbean-correspondent");
        clickAndLoad("a[href='/my/hubs/caribbean/join']");
        checkPage("join-form");
        find("#join-from").sendKeys("2026-11");
        find("#join-note").sendKeys("Our Speaker signed the hub's charter in November.");
        clickAndLoad("form.submission button");
        assertThat(browser.getCurrentUrl()).endsWith("/my/proposals");
        checkPage("my-proposals");
        assertThat(find("main").getText()).contains("asks to join the Caribbean hub", "Waiting for review");

        TestAccounts.signIn(context, editor).enter(browser, url(""));
        visit("/review/hubs/caribbean", "edit");
        visit("/review/proposals?kind=hub-join", "queue");
        List<org.openqa.selenium.WebElement> links = browser.findElements(org.openqa.selenium.By.cssSelector(
                "a[href^='/review/hubs/join/']"));
        assertThat(links).isNotEmpty();
        clickAndLoad(links.get(links.size() - 1));
        checkPage("review");
        assertThat(find("main").getText()).contains("Caribbean hub", parliament, "November 2026");
        clickAndLoad("button[value='approve']");
        checkPage("approved");
        assertThat(find("main").getText()).contains("Approved", "/hubs/caribbean");

        visit("/hubs/caribbean", "caribbean-after");
        assertThat(find("#members + div table").getText()).contains("(" + parliament + ")", "November 2026",
                "Its request to join was approved");
        assertThat(members2026()).isEqualTo(before + 1);
        visit("/hubs", "hubs-after");
        assertThat(browser.getPageSource()).contains("<th scope=\"row\">2026</th><td class=\"num\">" + (before + 1) + "</td>");
    }

    private int members2026() {
        return hubs.participation().stream().filter(y -> y.year() == 2026).findFirst().orElseThrow().members();
    }
}
