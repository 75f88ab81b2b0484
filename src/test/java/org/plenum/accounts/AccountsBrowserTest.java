package org.plenum.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plenum.accounts.internal.AccountService;
import org.plenum.web.browser.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The accounts' pages in a real browser, in English and French, under the pages' Content-Security-Policy (no inline
 * script), each checked with axe-core: an admin invites a correspondent; the correspondent sets a password from the
 * link, signs in, creates an API token and signs out; the audit log shows it all.
 */
class AccountsBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountService accounts;

    @Test
    void anInvitedCorrespondentSetsAPasswordSignsInAndCreatesAToken() {
        Actor admin = TestAccounts.account(context, "browser-admin@example.org", Role.ADMIN, Set.of(), Set.of());
        TestAccounts.signIn(context, admin).enter(browser, url(""));
        visit("/admin/accounts", "admin-accounts");
        String email = "browser-correspondent-" + System.nanoTime() + "@example.org";
        find("#email").sendKeys(email);
        find("#name").sendKeys("Ana García");
        find("#parliaments").sendKeys("ES");
        clickAndLoad("form.stacked button");
        checkPage("admin-invited");
        String link = find("#invitation-url").getText();
        assertThat(link).contains("/invitation/");

        browser.manage().deleteAllCookies();
        browser.get(url(link.substring(link.indexOf("/invitation/"))) + "?lang=fr");
        checkPage("invitation-fr");
        assertThat(find("h1").getText()).isEqualTo("Choisissez votre mot de passe");
        find("#new-password").sendKeys("une phrase assez longue");
        find("#repeated").sendKeys("une phrase assez longue");
        clickAndLoad("form.stacked button");
        assertThat(browser.getCurrentUrl()).contains("/login?activated");
        checkPage("login-activated-fr");

        find("#username").sendKeys(email);
        find("#password").sendKeys("une phrase assez longue");
        clickAndLoad("form.stacked button");
        assertThat(browser.getCurrentUrl()).endsWith("/account");
        checkPage("account-fr");
        assertThat(find(".user-menu").getText()).contains(email);
        find("#token-name").sendKeys("script de saisie");
        clickAndLoad("form[action='/account/tokens'] button");
        checkPage("token-created-fr");
        assertThat(find("#token-value").getText()).startsWith("plenum_");
        clickAndLoad(".user-menu form button");
        assertThat(find(".user-menu a").getText()).isEqualTo("Se connecter");

        TestAccounts.signIn(context, admin).enter(browser, url(""));
        visit("/admin/audit?action=account&lang=en", "audit-en");
        assertThat(find("table").getText()).contains("account.invited").contains("account.activated");
    }

    @Test
    void theSignInAndResetPagesAreAccessible() {
        browser.manage().deleteAllCookies();
        visit("/login?lang=en", "login-en");
        find("#username").sendKeys("nobody@example.org");
        find("#password").sendKeys("not a password");
        clickAndLoad("form.stacked button");
        checkPage("login-failed-en");
        assertThat(find(".form-error").getText()).contains("Sign-in failed");
        visit("/password-reset?lang=fr", "reset-fr");
        find("#email").sendKeys("nobody@example.org");
        clickAndLoad("form.stacked button");
        checkPage("reset-sent-fr");
    }
}
