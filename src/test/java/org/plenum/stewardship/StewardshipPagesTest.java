package org.plenum.stewardship;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.plenum.accounts.Actor;
import org.plenum.accounts.Role;
import org.plenum.accounts.TestAccounts;
import org.plenum.registry.EntityRecord;
import org.plenum.registry.EntityRef;
import org.plenum.registry.FactValue;
import org.plenum.registry.PublishedRegistry;
import org.plenum.web.WebsiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stewardship pages and API over HTTP, signed in as real accounts (Luxembourg's and San Marino's chambers):
 * my parliament, the form with the checks' messages next to the field, sending, the review queue and page, approval
 * showing on the public API; the API's idempotent creation and its errors; the editors' correspondents page.
 * Written to be run again on the same data directory (the values are taken relative to what is published).
 */
class StewardshipPagesTest extends WebsiteTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ApplicationContext context;
    @Autowired
    PublishedRegistry registry;

    long valueBefore(String chamber, String field, LocalDate date) {
        EntityRecord record = registry.refresh().get(EntityRef.chamber(chamber)).orElseThrow();
        return Long.parseLong(((FactValue.Present) record.valueAt(field, date.minusDays(1), EntityRecord.LATEST)
                .orElseThrow().value()).value());
    }

    @Test
    void aCorrespondentSendsAnEditorApprovesAndTheApiShowsIt() {
        String chamber = "LU-LC01";
        LocalDate from = LocalDate.of(2026, 12, 1);
        Actor correspondent = TestAccounts.account(context, "clerk@chd.lu", Role.CORRESPONDENT, Set.of("LU"), Set.of());
        Actor editor = TestAccounts.account(context, "reviewer@ipu.org", Role.EDITOR, Set.of(), Set.of());
        TestAccounts.SignedInSession clerk = TestAccounts.signIn(context, correspondent);
        TestAccounts.SignedInSession reviewer = TestAccounts.signIn(context, editor);

        HttpResponse<String> my = get("/my", "Cookie", clerk.cookie());
        assertThat(my.statusCode()).isEqualTo(200);
        assertThat(my.body()).contains("<h1>My parliament</h1>", "Luxembourg", "Current number of women");
        assertThat(get("/my?lang=fr", "Cookie", clerk.cookie()).body()).contains("<h1>Mon parlement</h1>");

        long women = valueBefore(chamber, "current_women_number", from);
        long members = valueBefore(chamber, "current_members_number", from);
        // More women than members: the form comes back with the message next to the field.
        HttpResponse<String> refused = post("/my/chambers/" + chamber + "/submissions", clerk,
                "action=send&version=0&value.current_women_number=" + (members + 5) + "&from.current_women_number=" + from
                        + "&source_title=Chamber+press+release");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("women is more than the " + members + " members", "id=\"messages-current_women_number\"",
                "aria-invalid=\"true\"");
        long draft = number(refused.body(), "Submission #([0-9]+)");
        assertThat(get("/my/submissions", "Cookie", clerk.cookie()).body()).contains("Submission #" + draft, "Draft");

        // Corrected and sent.
        long next = women + 1 <= members ? women + 1 : women - 1;
        HttpResponse<String> sent = post("/my/submissions/" + draft, clerk, "action=send&version="
                + number(refused.body(), "name=\"version\" value=\"([0-9]+)\"")
                + "&value.current_women_number=" + next + "&from.current_women_number=" + from
                + "&source_title=Chamber+press+release&source_url=https%3A%2F%2Fwww.chd.lu%2F");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(303);
        assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/my/submissions/" + draft);

        HttpResponse<String> queue = get("/review", "Cookie", reviewer.cookie());
        assertThat(queue.body()).contains("/review/submissions/" + draft);
        assertThat(get("/review", "Cookie", clerk.cookie()).statusCode()).isEqualTo(403);
        HttpResponse<String> review = get("/review/submissions/" + draft, "Cookie", reviewer.cookie());
        assertThat(review.statusCode()).isEqualTo(200);
        assertThat(review.body()).contains(Long.toString(women), Long.toString(next), "Chamber press release",
                "History of Current number of women", "name=\"item\" value=\"1\"");
        weigh("/about").assertWithinBudget();

        HttpResponse<String> approved = post("/review/submissions/" + draft, reviewer, "action=approve&item=1&comment=Thanks&version="
                + number(review.body(), "name=\"version\" value=\"([0-9]+)\""));
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(303);
        assertThat(get("/my/submissions/" + draft, "Cookie", clerk.cookie()).body()).contains("Approved", "Thanks");

        JsonNode api = json(get("/api/v1/chambers/" + chamber + "?as_of=" + from).body());
        assertThat(api.toString()).contains("Plenum submission #");
        EntityRecord record = registry.refresh().get(EntityRef.chamber(chamber)).orElseThrow();
        assertThat(record.valueAt("current_women_number", from, EntityRecord.LATEST).orElseThrow().value())
                .isEqualTo(FactValue.of(next));
    }

    @Test
    void theApiMakesOneSubmissionPerIdempotencyKeyAndNamesTheFieldAtFault() {
        String chamber = "SM-LC01";
        Actor correspondent = TestAccounts.account(context, "clerk@consigliograndeegenerale.sm", Role.CORRESPONDENT,
                Set.of(), Set.of(chamber));
        Actor other = TestAccounts.account(context, "clerk@parliament.mt", Role.CORRESPONDENT, Set.of("MT"), Set.of());
        String token = TestAccounts.token(context, correspondent, "api test");
        LocalDate from = LocalDate.of(2026, 11, 30);
        long women = valueBefore(chamber, "current_women_number", from);
        String body = """
                {"data": {"type": "submissions", "attributes": {"chamber": "%s", "send": true,
                 "source": {"title": "Bollettino Ufficiale", "gazette": "BU 11/2026"},
                 "items": [{"field": "current_women_number", "value": "%d", "valid_from": "%s"}]}}}""".formatted(chamber, women + 1, from);
        String key = java.util.UUID.randomUUID().toString();
        HttpResponse<String> first = api("POST", "/api/v1/submissions", token, body, key);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        HttpResponse<String> retry = api("POST", "/api/v1/submissions", token, body, key);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).contains("true");
        String id = json(first.body()).path("data").path("id").asString();
        assertThat(json(retry.body()).path("data").path("id").asString()).isEqualTo(id);
        assertThat(json(first.body()).path("data").path("attributes").path("state").asString()).isEqualTo("submitted");
        assertThat(api("POST", "/api/v1/submissions", token, body.replace("Ufficiale", "Ufficiale no. 2"), key).statusCode())
                .isEqualTo(409);

        HttpResponse<String> wrong = api("POST", "/api/v1/submissions", token, """
                {"data": {"attributes": {"chamber": "%s", "source": {"title": "BU"},
                 "items": [{"field": "current_women_number", "value": "many", "valid_from": "%s"},
                           {"field": "current_members_number", "value": "60", "valid_from": "31/11/2026"}]}}}"""
                .formatted(chamber, from), java.util.UUID.randomUUID().toString());
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("\"pointer\":\"/data/attributes/items/1/valid_from\"");
        HttpResponse<String> check = api("POST", "/api/v1/submissions", token, """
                {"data": {"attributes": {"chamber": "%s", "source": {"title": "BU"},
                 "items": [{"field": "current_women_number", "value": "many", "valid_from": "%s"}]}}}"""
                .formatted(chamber, from), java.util.UUID.randomUUID().toString());
        assertThat(check.statusCode()).isEqualTo(422);
        assertThat(check.body()).contains("\"pointer\":\"/data/attributes/items/0/value\"", "is not a whole number");
        assertThat(json(check.body()).path("errors").get(0).has("status")).isTrue();

        HttpResponse<String> elsewhere = api("POST", "/api/v1/submissions", TestAccounts.token(context, other, "api test"),
                body, java.util.UUID.randomUUID().toString());
        assertThat(elsewhere.statusCode()).isEqualTo(403);
        assertThat(api("GET", "/api/v1/submissions", token, "", null).body()).contains("\"id\":\"" + id + "\"");
        assertThat(api("POST", "/api/v1/submissions", null, body, null).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/openapi.json").body()).contains("/api/v1/submissions");
    }

    @Test
    void anElectionsResultsFromTheFormToTheRegistry() {
        String chamber = "LU-LC01";
        java.util.List<String> parties = registry.current().children(EntityRef.country("LU"),
                org.plenum.registry.EntityType.POLITICAL_PARTY).stream().map(EntityRecord::code).limit(2).toList();
        assertThat(parties).hasSize(2);
        Actor correspondent = TestAccounts.account(context, "clerk@chd.lu", Role.CORRESPONDENT, Set.of("LU"), Set.of());
        Actor editor = TestAccounts.account(context, "reviewer@ipu.org", Role.EDITOR, Set.of(), Set.of());
        TestAccounts.SignedInSession clerk = TestAccounts.signIn(context, correspondent);
        assertThat(get("/my/chambers/" + chamber + "/elections/new", "Cookie", clerk.cookie()).body())
                .contains("Election results: Luxembourg", "name=\"party.0\"", "value=\"" + parties.get(0) + "\"");
        String form = "action=send&version=0&election_date=2026-10-04&seats_total=60&women_elected_number=21&party.0="
                + parties.get(0) + "&seats.0=35&party.1=" + parties.get(1) + "&seats.1=20&source_title=Official+results";
        HttpResponse<String> refused = post("/my/chambers/" + chamber + "/elections", clerk, form);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("The parties’ seats add up to 55, not to the 60 seats at stake.");
        long id = number(refused.body(), "Submission #([0-9]+)");
        HttpResponse<String> sent = post("/my/submissions/" + id, clerk, form.replace("seats.0=35", "seats.0=40")
                .replace("version=0", "version=" + number(refused.body(), "name=\"version\" value=\"([0-9]+)\"")));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(303);
        TestAccounts.SignedInSession reviewer = TestAccounts.signIn(context, editor);
        HttpResponse<String> review = get("/review/submissions/" + id, "Cookie", reviewer.cookie());
        StringBuilder approve = new StringBuilder("action=approve&version=" + number(review.body(), "name=\"version\" value=\"([0-9]+)\""));
        Matcher items = Pattern.compile("name=\"item\" value=\"([0-9]+)\"").matcher(review.body());
        while (items.find()) {
            approve.append("&item=").append(items.group(1));
        }
        assertThat(post("/review/submissions/" + id, reviewer, approve.toString()).statusCode()).isEqualTo(303);
        EntityRecord election = registry.refresh().get(new EntityRef(org.plenum.registry.EntityType.ELECTION,
                chamber + "-E20261004")).orElseThrow();
        assertThat(election.latest("seats_total", EntityRecord.LATEST).orElseThrow().value()).isEqualTo(FactValue.of(60));
        assertThat(registry.current().children(election.ref(), org.plenum.registry.EntityType.ELECTION_RESULT))
                .extracting(r -> r.latest("seats", EntityRecord.LATEST).orElseThrow().value())
                .containsExactlyInAnyOrder(FactValue.of(40), FactValue.of(20));
    }

    @Test
    void editorsSeeTheChambersWithoutCorrespondent() {
        Actor editor = TestAccounts.account(context, "reviewer@ipu.org", Role.EDITOR, Set.of(), Set.of());
        TestAccounts.account(context, "clerk@chd.lu", Role.CORRESPONDENT, Set.of("LU"), Set.of());
        HttpResponse<String> page = get("/review/correspondents", "Cookie", TestAccounts.signIn(context, editor).cookie());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Chambers and their correspondents", "have no active correspondent", "Luxembourg");
        assertThat(get("/review/correspondents?lang=fr", "Cookie", TestAccounts.signIn(context, editor).cookie()).body())
                .contains("Les chambres et leurs correspondants");
    }

    private HttpResponse<String> post(String path, TestAccounts.SignedInSession session, String form) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Cookie", session.cookie())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&" + session.csrfField())).build());
    }

    private HttpResponse<String> api(String method, String path, String token, String body, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return send(request.method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long number(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as(regex + " in " + text).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
