package org.plenum.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.plenum.accounts.Actor;
import org.plenum.accounts.Role;
import org.plenum.accounts.TestAccounts;
import org.plenum.web.WebsiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The admins' pages {@code /admin/outbox} and {@code /admin/webhooks} and the webhooks API, on the website's
 * application, which has no SMTP server: e-mail is kept and shown (decisions 0048, 0049).
 */
class NotificationsAdminTest extends WebsiteTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ApplicationContext context;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    private TestAccounts.SignedInSession admin() {
        Actor admin = TestAccounts.account(context, "notifications-admin@example.org", Role.ADMIN, Set.of(), Set.of());
        return TestAccounts.signIn(context, admin);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> page(TestAccounts.SignedInSession session, String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Cookie", session.cookie()));
    }

    private HttpResponse<String> form(TestAccounts.SignedInSession session, String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Cookie", session.cookie())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body + "&" + session.csrfField())));
    }

    @Test
    void withoutSmtpTheOutboxKeepsTheMailAndShowsItToAdmins() {
        transactions.executeWithoutResult(tx -> events.publishEvent(new MailRequested("kept@parliament.example",
                "Your invitation to Plenum", "Open https://plenum.example/invitation/abc to set your password.", "invitation")));
        TestAccounts.SignedInSession admin = admin();
        HttpResponse<String> outbox = page(admin, "/admin/outbox?status=pending");
        assertThat(outbox.statusCode()).isEqualTo(200);
        assertThat(outbox.body()).contains("<h1>E-mail outbox</h1>").contains("No SMTP server is configured")
                .contains("kept@parliament.example").contains("Your invitation to Plenum")
                .contains("Open https://plenum.example/invitation/abc to set your password.");
        HttpResponse<String> french = page(admin, "/admin/outbox?lang=fr");
        assertThat(french.body()).contains("Aucun serveur SMTP n'est configuré").contains("Your invitation to Plenum");
        // when each mail was asked for, in words and UTC to the minute (December 8, 2026 / 8 décembre 2026, 14:05 UTC)
        assertThat(outbox.body()).containsPattern("<td>[A-Z][a-z]+ \\d{1,2}, \\d{4}, \\d{2}:\\d{2} UTC</td>");
        assertThat(french.body()).containsPattern("<td>\\d{1,2} [a-zéû]+ \\d{4}, \\d{2}:\\d{2} UTC</td>");
        assertThat(page(admin, "/admin/outbox?status=lost").statusCode()).isEqualTo(400);
    }

    @Test
    void anAdminSubscribesAWebhookByTheFormSeesItsSecretOnceAndStopsIt() {
        TestAccounts.SignedInSession admin = admin();
        HttpResponse<String> refused = form(admin, "/admin/webhooks", "url=" + URLEncoder.encode("ftp://example.org/", StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("role=\"alert\"").contains("aria-invalid=\"true\"");
        HttpResponse<String> unknownCountry = form(admin, "/admin/webhooks?lang=fr", "url="
                + URLEncoder.encode("https://example.org/hook", StandardCharsets.UTF_8) + "&country=QQ");
        assertThat(unknownCountry.statusCode()).isEqualTo(400);
        assertThat(unknownCountry.body()).contains("Aucun pays n'a ce code.");

        HttpResponse<String> created = form(admin, "/admin/webhooks", "url="
                + URLEncoder.encode("http://127.0.0.1:9/plenum-hook", StandardCharsets.UTF_8) + "&country=ES");
        assertThat(created.statusCode()).isEqualTo(200);
        Matcher secret = Pattern.compile("<p class=\"secret\" id=\"webhook-secret\">([A-Za-z0-9_-]{43})</p>").matcher(created.body());
        assertThat(secret.find()).as(created.body()).isTrue();
        Matcher id = Pattern.compile("Subscription (\\d+) created").matcher(created.body());
        assertThat(id.find()).isTrue();
        HttpResponse<String> list = page(admin, "/admin/webhooks");
        assertThat(list.body()).contains("http://127.0.0.1:9/plenum-hook").doesNotContain(secret.group(1))
                .containsPattern("<td>[A-Z][a-z]+ \\d{1,2}, \\d{4}, \\d{2}:\\d{2} UTC \\(");
        HttpResponse<String> log = page(admin, "/admin/webhooks/" + id.group(1));
        assertThat(log.statusCode()).isEqualTo(200);
        assertThat(log.body()).contains("<h1>Webhook subscription " + id.group(1) + "</h1>");
        HttpResponse<String> stopped = form(admin, "/admin/webhooks/" + id.group(1) + "/deactivate", "");
        assertThat(stopped.statusCode()).isEqualTo(302);
        assertThat(page(admin, "/admin/webhooks?stopped=" + id.group(1)).body()).contains("Subscription " + id.group(1) + " stopped.");
        assertThat(page(admin, "/admin/webhooks/999999999").statusCode()).isEqualTo(404);
    }

    @Test
    void theWebhooksApiIsForAdminsTokens() {
        Actor admin = TestAccounts.account(context, "notifications-admin@example.org", Role.ADMIN, Set.of(), Set.of());
        Actor editor = TestAccounts.account(context, "notifications-editor@example.org", Role.EDITOR, Set.of(), Set.of());
        String adminToken = TestAccounts.token(context, admin, "webhooks");
        String editorToken = TestAccounts.token(context, editor, "webhooks");
        String body = "{\"data\":{\"type\":\"webhooks\",\"attributes\":{\"url\":\"http://127.0.0.1:9/api-hook\",\"country\":\"FR\"}}}";
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(url("/api/v1/webhooks")))
                .header("Authorization", "Bearer " + adminToken).header("Content-Type", "application/vnd.api+json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode resource = JSON.readTree(created.body()).get("data");
        assertThat(resource.at("/attributes/country").asString()).isEqualTo("FR");
        assertThat(resource.at("/meta/secret").asString()).hasSize(43);
        String id = resource.get("id").asString();

        HttpResponse<String> one = send(HttpRequest.newBuilder(URI.create(url("/api/v1/webhooks/" + id)))
                .header("Authorization", "Bearer " + adminToken));
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.body()).doesNotContain(resource.at("/meta/secret").asString());
        assertThat(one.headers().firstValue("Cache-Control").orElse("")).contains("no-store");

        assertThat(send(HttpRequest.newBuilder(URI.create(url("/api/v1/webhooks")))).statusCode()).isEqualTo(401);
        HttpResponse<String> forbidden = send(HttpRequest.newBuilder(URI.create(url("/api/v1/webhooks")))
                .header("Authorization", "Bearer " + editorToken));
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(forbidden.body()).at("/errors/0/code").asString()).isEqualTo("forbidden");

        HttpResponse<String> invalid = send(HttpRequest.newBuilder(URI.create(url("/api/v1/webhooks")))
                .header("Authorization", "Bearer " + adminToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"data\":{\"attributes\":{\"url\":\"not a url\"}}}")));
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(invalid.body()).at("/errors/0/source/parameter").asString()).isEqualTo("url");

        HttpResponse<String> deleted = send(HttpRequest.newBuilder(URI.create(url("/api/v1/webhooks/" + id)))
                .header("Authorization", "Bearer " + adminToken).DELETE());
        assertThat(deleted.statusCode()).isEqualTo(204);
        HttpResponse<String> after = send(HttpRequest.newBuilder(URI.create(url("/api/v1/webhooks/" + id)))
                .header("Authorization", "Bearer " + adminToken));
        assertThat(JSON.readTree(after.body()).at("/data/attributes/active").asBoolean()).isFalse();
    }
}
