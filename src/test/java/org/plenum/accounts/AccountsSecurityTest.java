package org.plenum.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.plenum.accounts.internal.AccountService;
import org.plenum.accounts.internal.SignIn;
import org.plenum.audit.AuditQuery;
import org.plenum.audit.AuditRecord;
import org.plenum.audit.AuditTrail;
import org.plenum.web.WebsiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Accounts and security over HTTP against the whole application with the bundled dataset: form login and its
 * lockout, CSRF, sessions only for signed-in people, API tokens and their revocation, one-time links, no escalation,
 * and the audit entries of each.
 */
class AccountsSecurityTest extends WebsiteTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    ApplicationContext context;

    @Autowired
    AuditTrail audit;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    HttpResponse<String> send(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded");
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String cookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst()
                .map(c -> c.substring(0, c.indexOf(';'))).orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
    }

    static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("a CSRF field in the page").isTrue();
        return URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
    }

    /** Signs in through the real form; the response of the POST. */
    HttpResponse<String> signIn(String username, String password) {
        HttpResponse<String> form = get("/login");
        String session = cookie(form);
        return send("POST", "/login", "_csrf=" + csrf(form.body()) + "&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8), "Cookie", session);
    }

    List<AuditRecord> audited(String actor, String action) {
        return audit.find(new AuditQuery(Optional.of(actor), Optional.of(action), Optional.empty(), Optional.empty(), 0));
    }

    @Test
    void anonymousReadsCreateNoSessionAndKeepTheirHeaders() {
        for (String path : List.of("/", "/parliament/ES", "/api/v1/countries/ES", "/women-ranking")) {
            HttpResponse<String> page = get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().allValues("Set-Cookie")).as(path).noneMatch(c -> c.startsWith("SESSION"));
            assertThat(page.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
            assertThat(page.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        }
        assertThat(get("/").body()).contains("href=\"/login\"");
    }

    @Test
    void signInShowsTheUserMenuAndSignOutEndsTheSession() {
        Actor actor = TestAccounts.account(context, "login-flow@example.org", Role.CORRESPONDENT, Set.of("ES"), Set.of());
        HttpResponse<String> login = signIn("Login-Flow@example.org", TestAccounts.PASSWORD);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/account");
        String session = cookie(login);
        assertThat(login.headers().allValues("Set-Cookie").toString()).contains("HttpOnly").contains("SameSite=Lax");
        HttpResponse<String> account = get("/account", "Cookie", session);
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).contains("login-flow@example.org").contains("ES").contains("action=\"/logout\"");
        assertThat(account.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        HttpResponse<String> logout = send("POST", "/logout", "_csrf=" + csrf(account.body()), "Cookie", session);
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(get("/account", "Cookie", session).headers().firstValue("Location").orElse("")).endsWith("/login");
        assertThat(audited("login-flow@example.org", "login.succeeded")).isNotEmpty();
        assertThat(actor.role()).isEqualTo(Role.CORRESPONDENT);
    }

    @Test
    void aWrongPasswordAndAnUnknownAccountGetTheSameAnswer() {
        TestAccounts.account(context, "same-answer@example.org", Role.EDITOR, Set.of(), Set.of());
        HttpResponse<String> wrong = signIn("same-answer@example.org", "not the password at all");
        HttpResponse<String> unknown = signIn("no-such-person@example.org", "not the password at all");
        assertThat(wrong.statusCode()).isEqualTo(302);
        assertThat(wrong.headers().firstValue("Location")).isEqualTo(unknown.headers().firstValue("Location"));
        assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        String page = get("/login?error").body();
        assertThat(page).contains("Sign-in failed");
        assertThat(audited("anonymous", "login.failed")).anyMatch(r -> r.entry().subject().equals("account:no-such-person@example.org"));
    }

    @Test
    void repeatedFailuresLockTheAccountEvenAgainstTheRightPassword() {
        String username = "lockout-" + System.nanoTime() + "@example.org";
        TestAccounts.account(context, username, Role.CORRESPONDENT, Set.of("FR"), Set.of());
        for (int i = 0; i < SignIn.FREE_FAILURES; i++) {
            assertThat(signIn(username, "wrong password " + i).headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        }
        HttpResponse<String> right = signIn(username, TestAccounts.PASSWORD);
        assertThat(right.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(audited(username, "account.locked")).hasSize(1);
        assertThat(audited(username, "login.locked")).hasSize(1);
        assertThat(audited(username, "login.failed")).hasSize(SignIn.FREE_FAILURES);
        Instant lockedUntil = jdbc.sql("select locked_until from account where username = ?").param(username)
                .query(Timestamp.class).single().toInstant();
        assertThat(lockedUntil).isAfter(Instant.now().plusSeconds(50)).isBefore(Instant.now().plusSeconds(61));
    }

    @Test
    void aFormWithoutItsCsrfFieldIsRefused() {
        Actor actor = TestAccounts.account(context, "csrf@example.org", Role.EDITOR, Set.of(), Set.of());
        TestAccounts.SignedInSession session = TestAccounts.signIn(context, actor);
        HttpResponse<String> without = send("POST", "/account/tokens", "name=no-csrf", "Cookie", session.cookie());
        assertThat(without.statusCode()).isEqualTo(403);
        HttpResponse<String> forged = send("POST", "/account/tokens", "name=forged&_csrf=forged", "Cookie", session.cookie());
        assertThat(forged.statusCode()).isEqualTo(403);
        HttpResponse<String> with = send("POST", "/account/tokens", "name=with-csrf&" + session.csrfField(), "Cookie", session.cookie());
        assertThat(with.statusCode()).isEqualTo(200);
        assertThat(with.body()).contains("plenum_");
    }

    @Test
    void aTokenWorksUntilItIsRevokedAndIsShownOnce() {
        Actor actor = TestAccounts.account(context, "token-owner@example.org", Role.CORRESPONDENT, Set.of("ES"), Set.of());
        TestAccounts.SignedInSession session = TestAccounts.signIn(context, actor);
        HttpResponse<String> created = send("POST", "/account/tokens", "name=script&" + session.csrfField(), "Cookie", session.cookie());
        Matcher m = Pattern.compile("id=\"token-value\">(plenum_[A-Za-z0-9_-]+)<").matcher(created.body());
        assertThat(m.find()).isTrue();
        String token = m.group(1);
        assertThat(get("/account", "Cookie", session.cookie()).body()).doesNotContain(token).contains("script");
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = ?").param(token).query(Integer.class).single()).isZero();

        HttpResponse<String> used = get("/api/v1/countries/ES", "Authorization", "Bearer " + token);
        assertThat(used.statusCode()).isEqualTo(200);
        assertThat(send("POST", "/api/v1/countries/ES", "{}", "Authorization", "Bearer " + token).statusCode())
                .as("an authenticated write to an address that takes none").isNotIn(401, 403);
        long id = jdbc.sql("select id from api_token where account_id = ? and name = 'script' and revoked_at is null")
                .param(actor.accountId()).query(Long.class).list().get(0);
        assertThat(send("POST", "/account/tokens/" + id + "/revoke", session.csrfField(), "Cookie", session.cookie()).statusCode()).isEqualTo(302);

        HttpResponse<String> revoked = send("POST", "/api/v1/countries/ES", "{}", "Authorization", "Bearer " + token);
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(revoked.headers().firstValue("Content-Type").orElse("")).startsWith("application/vnd.api+json");
        assertThat(revoked.body()).contains("\"status\":\"401\"").doesNotContain("Exception");
        assertThat(audited("anonymous", "token.refused")).isNotEmpty();
        assertThat(get("/api/v1/countries/ES", "Authorization", "Basic c29tZW9uZTpzZWNyZXQ=").statusCode())
                .as("reads ignore other credentials").isEqualTo(200);
        assertThat(send("POST", "/api/v1/countries/ES", "{}").statusCode()).as("a write without a token").isEqualTo(401);
    }

    @Test
    void anInvitationLinkWorksOnceAndNotAfterItExpires() {
        Invitation invitation = accounts.invite(Initiator.commandLine(), "invited-" + System.nanoTime() + "@example.org",
                Role.CORRESPONDENT, "Invited Person", "fr", Set.of(), Set.of("ES-LC01"));
        String path = invitation.link().substring(invitation.link().indexOf("/invitation/"));
        HttpResponse<String> form = get(path);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains(invitation.username());
        String session = cookie(form);
        HttpResponse<String> tooShort = send("POST", path, "_csrf=" + csrf(form.body()) + "&password=short&repeated=short", "Cookie", session);
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(tooShort.body()).contains("12");
        HttpResponse<String> set = send("POST", path, "_csrf=" + csrf(tooShort.body())
                + "&password=a+long+enough+password&repeated=a+long+enough+password", "Cookie", session);
        assertThat(set.statusCode()).isEqualTo(302);
        assertThat(set.headers().firstValue("Location").orElseThrow()).endsWith("/login?activated");
        assertThat(get(path).statusCode()).as("a used link").isEqualTo(410);
        assertThat(signIn(invitation.username(), "a long enough password").headers().firstValue("Location").orElseThrow())
                .endsWith("/account");

        Invitation late = accounts.invite(Initiator.commandLine(), "late-" + System.nanoTime() + "@example.org",
                Role.EDITOR, "", "en", Set.of(), Set.of());
        jdbc.sql("update account_link set expires_at = ? where account_id = ?")
                .params(Timestamp.from(Instant.now().minusSeconds(1)), late.accountId()).update();
        String latePath = late.link().substring(late.link().indexOf("/invitation/"));
        HttpResponse<String> expired = get(latePath);
        assertThat(expired.statusCode()).isEqualTo(410);
        assertThat(expired.body()).doesNotContain(late.username());
    }

    @Test
    void aPasswordResetAnswersTheSameForAnyAddressAndSendsALinkToAnAccount() {
        String username = "reset-" + System.nanoTime() + "@example.org";
        TestAccounts.account(context, username, Role.CORRESPONDENT, Set.of("ES"), Set.of());
        HttpResponse<String> form = get("/password-reset");
        String session = cookie(form);
        HttpResponse<String> known = send("POST", "/password-reset", "_csrf=" + csrf(form.body()) + "&email=" + username, "Cookie", session);
        HttpResponse<String> unknown = send("POST", "/password-reset", "_csrf=" + csrf(form.body()) + "&email=nobody-" + username,
                "Cookie", session);
        assertThat(known.statusCode()).isEqualTo(unknown.statusCode()).isEqualTo(200);
        assertThat(known.body().replaceAll("value=\"[^\"]*\"", "")).isEqualTo(unknown.body().replaceAll("value=\"[^\"]*\"", ""));
        assertThat(jdbc.sql("select count(*) from account_link l join account a on a.id = l.account_id"
                + " where a.username = ? and l.purpose = 'reset'").param(username).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void nobodyEscalates() {
        Actor editor = TestAccounts.account(context, "escalating-editor@example.org", Role.EDITOR, Set.of(), Set.of());
        Actor admin = TestAccounts.account(context, "escalation-admin@example.org", Role.ADMIN, Set.of(), Set.of());
        TestAccounts.SignedInSession editorSession = TestAccounts.signIn(context, editor);
        TestAccounts.SignedInSession adminSession = TestAccounts.signIn(context, admin);
        for (String role : List.of("editor", "admin")) {
            HttpResponse<String> refused = send("POST", "/admin/accounts", "email=new-" + role + "-by-editor@example.org&role=" + role
                    + "&" + editorSession.csrfField(), "Cookie", editorSession.cookie());
            assertThat(refused.statusCode()).as(role).isEqualTo(403);
            assertThat(accounts.account("new-" + role + "-by-editor@example.org")).isEmpty();
        }
        assertThat(send("POST", "/admin/accounts/" + admin.accountId() + "/deactivate", editorSession.csrfField(), "Cookie",
                editorSession.cookie()).statusCode()).isEqualTo(403);
        assertThat(send("POST", "/admin/accounts/" + admin.accountId() + "/deactivate", adminSession.csrfField(), "Cookie",
                adminSession.cookie()).statusCode()).as("nobody changes their own account").isEqualTo(403);
        assertThat(accounts.account(admin.accountId()).orElseThrow().active()).isTrue();
        assertThat(get("/admin/accounts", "Cookie", editorSession.cookie()).body())
                .doesNotContain("escalation-admin@example.org").as("an editor sees correspondents only");
    }

    @Test
    void anEditorInvitesACorrespondentWithKnownCodesOnly() {
        Actor editor = TestAccounts.account(context, "inviting-editor@example.org", Role.EDITOR, Set.of(), Set.of());
        TestAccounts.SignedInSession session = TestAccounts.signIn(context, editor);
        HttpResponse<String> unknown = send("POST", "/admin/accounts", "email=unknown-code@example.org&role=correspondent&chambers=XX-LC99&"
                + session.csrfField(), "Cookie", session.cookie(), "Accept-Language", "fr");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("Il n'existe pas de chambre « XX-LC99 »");
        String email = "new-correspondent-" + System.nanoTime() + "@example.org";
        HttpResponse<String> invited = send("POST", "/admin/accounts", "email=" + email + "&role=correspondent&parliaments=es&chambers=FR-LC01&"
                + session.csrfField(), "Cookie", session.cookie());
        assertThat(invited.statusCode()).isEqualTo(201);
        assertThat(invited.body()).contains("/invitation/").contains(email);
        assertThat(accounts.account(email).orElseThrow().actor().maySubmitFor("ES-UC02")).isTrue();
        assertThat(accounts.account(email).orElseThrow().actor().maySubmitFor("FR-LC01")).isTrue();
        assertThat(accounts.account(email).orElseThrow().actor().maySubmitFor("FR-UC02")).isFalse();
        assertThat(audited("inviting-editor@example.org", "account.invited")).anyMatch(r -> r.entry().detail().contains(email));
    }
}
