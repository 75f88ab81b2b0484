package org.plenum.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plenum.accounts.Actor;
import org.plenum.accounts.Role;
import org.plenum.accounts.TestAccounts;
import org.plenum.web.browser.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** The admins' outbox and webhooks pages in a browser: axe-core finds no serious or critical violation. */
class NotificationsBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void anAdminReadsTheOutboxAndSubscribesAWebhook() {
        transactions.executeWithoutResult(tx -> events.publishEvent(new MailRequested("browser@parliament.example",
                "Plenum: new election for ES-LC01", "Please update your chamber.", "election-reminder")));
        Actor admin = TestAccounts.account(context, "notifications-browser@example.org", Role.ADMIN, Set.of(), Set.of());
        TestAccounts.signIn(context, admin).enter(browser, url(""));
        visit("/admin/outbox", "outbox");
        find("details summary").click();
        assertThat(find("pre.mail-body").getText()).isNotBlank();
        visit("/admin/outbox?lang=fr", "outbox-fr");
        visit("/admin/webhooks?lang=en", "webhooks");
        find("#webhook-url").sendKeys("not a url");
        clickAndLoad("form.stacked button");
        checkPage("webhooks-refused");
        assertThat(find("#form-error").getText()).contains("http or https");
        find("#webhook-url").clear();
        find("#webhook-url").sendKeys("http://127.0.0.1:9/browser-hook");
        find("#webhook-country").sendKeys("ES");
        clickAndLoad("form.stacked button");
        checkPage("webhooks-created");
        assertThat(find("#webhook-secret").getText()).hasSize(43);
        clickAndLoad("table form.inline button");
        checkPage("webhooks-stopped");
        assertThat(browser.getPageSource()).contains("stopped");
    }
}
