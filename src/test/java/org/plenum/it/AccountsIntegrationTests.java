package org.plenum.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.plenum.accounts.Actor;
import org.plenum.accounts.Role;
import org.plenum.accounts.TestAccounts;
import org.plenum.audit.AuditEntry;
import org.plenum.audit.AuditLog;
import org.plenum.audit.AuditQuery;
import org.plenum.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Accounts on a real database (nested in {@link H2IntegrationTest} and {@link PostgresIntegrationTest}): a form
 * sign-in keeps its session in the database's session table, and the audit log keeps its entries (on PostgreSQL it
 * refuses to change or remove one).
 */
abstract class AccountsIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditLog audit;
    @Autowired
    AuditTrail trail;

    @Test
    void aSignInKeepsItsSessionInTheDatabase() throws Exception {
        Actor actor = TestAccounts.account(context, "it-session@example.org", Role.EDITOR, Set.of(), Set.of());
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        Matcher csrf = CSRF.matcher(form.body());
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)
                        + "&username=it-session%40example.org&password=" + URLEncoder.encode(TestAccounts.PASSWORD, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/account");
        assertThat(jdbc.queryForObject("select count(*) from SPRING_SESSION where PRINCIPAL_NAME = ?", Integer.class,
                actor.username())).isPositive();
        String session = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        HttpResponse<String> account = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/account"))
                .header("Cookie", session).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).contains("it-session@example.org");
    }

    @Test
    void theAuditLogKeepsWhatItIsGiven() {
        audit.record(new AuditEntry("it-audit@example.org", "test.recorded", "test:1", "127.0.0.1", "détail « exact »"));
        assertThat(trail.find(new AuditQuery(Optional.of("it-audit"), Optional.of("test."), Optional.empty(), Optional.empty(), 0)))
                .singleElement().satisfies(r -> assertThat(r.entry().detail()).isEqualTo("détail « exact »"));
        if (jdbc.getDataSource() != null && isPostgres()) {
            assertThatThrownBy(() -> jdbc.update("update audit_entry set detail = 'changed' where actor = 'it-audit@example.org'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> jdbc.update("delete from audit_entry where actor = 'it-audit@example.org'"))
                    .hasMessageContaining("append-only");
        }
    }

    private boolean isPostgres() {
        return Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName().equals("PostgreSQL")));
    }
}
