package org.plenum.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plenum.accounts.Actor;
import org.plenum.accounts.Role;
import org.plenum.accounts.TestAccounts;
import org.plenum.accounts.TestAccounts.SignedInSession;
import org.plenum.web.WebsiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The survey pages without JavaScript and the questionnaire API over HTTP (decision 0052): skip logic rendered by
 * the server, the API's documents, its refusals (401, 403, 404, 409, 422 with pointers to the answers), public and
 * private responses, the synthetic label, the previous edition's answers on the review page. Each test uses a
 * questionnaire code of its own (the website tests share one data directory).
 */
class SurveyPagesTest extends WebsiteTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ApplicationContext context;
    @Autowired
    Questionnaires questionnaires;
    @Autowired
    Responses responses;

    Actor editor() {
        return TestAccounts.account(context, "survey-pages-editor@ipu.org", Role.EDITOR, Set.of(), Set.of());
    }

    Actor rwanda() {
        return TestAccounts.account(context, "survey-pages@parliament.gov.rw", Role.CORRESPONDENT, Set.of(),
                Set.of("RW-LC01"));
    }

    Actor newZealand() {
        return TestAccounts.account(context, "survey-pages@parliament.nz", Role.CORRESPONDENT, Set.of("NZ"), Set.of());
    }

    static String code(String prefix) {
        return prefix + "-" + System.nanoTime();
    }

    HttpResponse<String> post(String path, SignedInSession session, String... fields) throws Exception {
        StringBuilder body = new StringBuilder(session.csrfField());
        for (int i = 0; i + 1 < fields.length; i += 2) {
            body.append('&').append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).header("Cookie", session.cookie())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> put(String path, String token, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/vnd.api+json").PUT(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String document(int version, String answers) {
        return "{\"data\": {\"type\": \"responses\", \"attributes\": {\"version\": " + version + ", \"answers\": " + answers + "}}}";
    }

    static List<String> pointers(HttpResponse<String> response) {
        return JSON.readTree(response.body()).path("errors").valueStream()
                .map(e -> e.path("code").asString() + " " + e.path("source").path("pointer").asString("")).toList();
    }

    @Test
    void withoutJavaScriptTheQuestionsNotAskedAreHiddenAfterSaving() throws Exception {
        String q = code("pages-nojs");
        questionnaires.save(TestEditions.every(q, "2026", false), editor().username());
        SignedInSession session = TestAccounts.signIn(context, rwanda());
        String form = "/my/surveys/" + q + "/2026/RW-LC01";
        String empty = get(form, "Cookie", session.cookie()).body();
        // nothing answered: the year (asked when there is a strategy) and the cloud section are hidden
        assertThat(empty).containsPattern("<fieldset class=\"question\" id=\"q-strategy_year\" data-relevant=\"[^\"]+\" hidden")
                .containsPattern("<section class=\"survey-section\" id=\"s-cloud\" data-relevant=\"[^\"]+\" hidden")
                .contains("0 of 2 required answers").contains("/assets/surveys");

        HttpResponse<String> saved = post(form, session, "version", "0", "action", "save", "a.has_strategy", "yes",
                "a.strategy_year", "1850", "a.hosting", "cloud", "a.hosting", "premises", "a.staff", "twelve");
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith(form + "?saved");
        String page = get(form + "?saved", "Cookie", session.cookie()).body();
        // has_strategy, strategy_year (answered, with a problem), hosting; the matrix row of the cloud section missing
        assertThat(page).contains("Saved.").contains("3 of 4 required answers")
                .containsPattern("<fieldset class=\"question invalid\" id=\"q-strategy_year\" data-relevant=\"[^\"]+\">")
                .contains("Between 0 and 10000.").contains("Give a number with a dot for decimals")
                .containsPattern("<section class=\"survey-section\" id=\"s-cloud\" data-relevant=\"[^\"]+\" aria")
                .contains("value=\"cloud\" checked").contains("value=\"premises\" checked");

        // a stale form (version 0 again) is refused, nothing saved
        HttpResponse<String> stale = post(form, session, "version", "0", "action", "save", "a.has_strategy", "no");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("changed in another window");
        // submitting with problems: 422, the draft kept, the problems listed and next to their questions
        HttpResponse<String> refused = post(form, session, "version", "1", "action", "submit", "a.has_strategy", "no",
                "a.strategy_year", "1850", "a.staff", "3.5");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("cannot be submitted yet", "Label of hosting</a>: This question needs an answer.")
                .containsPattern("<fieldset class=\"question\" id=\"q-strategy_year\" data-relevant=\"[^\"]+\" hidden");
        assertThat(responses.find(q, "2026", "RW-LC01").orElseThrow().answers().values())
                .isEqualTo(Map.of("has_strategy", "no", "staff", "3.5"));

        // another chamber's correspondent
        SignedInSession nz = TestAccounts.signIn(context, newZealand());
        assertThat(get(form, "Cookie", nz.cookie()).statusCode()).isEqualTo(403);
        assertThat(post(form, nz, "version", "2", "action", "save").statusCode()).isEqualTo(403);
        assertThat(get("/my/surveys/" + q + "/1999/RW-LC01", "Cookie", session.cookie()).statusCode()).isEqualTo(404);
        // the list of my surveys
        assertThat(get("/my/surveys", "Cookie", session.cookie()).body()).contains("Test survey", "Draft",
                "href=\"" + form + "\"");
        assertThat(get("/my/surveys?lang=fr", "Cookie", session.cookie()).body()).contains("Enquête test", "Brouillon");
    }

    @Test
    void theApiDocumentsAndItsRefusals() throws Exception {
        String q = code("pages-api");
        questionnaires.save(TestEditions.every(q, "2026", false), editor().username());
        String base = "/api/v1/questionnaires/" + q + "/editions/2026";

        JsonNode edition = JSON.readTree(get(base).body()).path("data");
        assertThat(edition.path("type").asString()).isEqualTo("questionnaire-editions");
        assertThat(edition.path("attributes").path("title").path("fr").asString()).isEqualTo("Enquête test");
        JsonNode services = edition.path("attributes").path("sections").get(1).path("questions").get(0);
        assertThat(services.path("type").asString()).isEqualTo("matrix");
        assertThat(services.path("rows").get(0).path("name").asString()).isEqualTo("svc_mail");
        assertThat(services.path("choices").get(2).path("label").path("fr").asString()).isEqualTo("Complet");
        assertThat(edition.path("attributes").path("sections").get(1).path("relevant").asString())
                .isEqualTo("selected(${hosting}, 'cloud')");
        assertThat(JSON.readTree(get("/api/v1/questionnaires").body()).path("data").valueStream()
                .filter(d -> d.path("id").asString().equals(q)).findFirst().orElseThrow()
                .path("attributes").path("editions").get(0).path("accepted_responses").asInt()).isZero();
        assertThat(get("/api/v1/questionnaires/" + q + "/editions/1999").statusCode()).isEqualTo(404);

        String token = TestAccounts.token(context, rwanda(), "api test");
        String path = base + "/responses/RW-LC01";
        assertThat(put(path, null, document(0, "{}")).statusCode()).isEqualTo(401);
        assertThat(put(path, TestAccounts.token(context, newZealand(), "api test"), document(0, "{}")).statusCode())
                .isEqualTo(403);
        assertThat(put(base.replace("2026", "1999") + "/responses/RW-LC01", token, document(0, "{}")).statusCode())
                .isEqualTo(404);
        HttpResponse<String> bad = put(path, token, document(0, "{\"has_strategy\": \"maybe\", \"staff\": \"x\","
                + " \"colour\": \"blue\", \"svc_mail\": \"full\"}"));
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(pointers(bad)).containsExactlyInAnyOrder("unknown_question /data/attributes/answers/colour",
                "not_a_choice /data/attributes/answers/has_strategy", "not_a_number /data/attributes/answers/staff",
                "not_relevant /data/attributes/answers/svc_mail");
        assertThat(pointers(put(path, token, "{\"data\": {\"attributes\": {\"answers\": {}}}}")))
                .containsExactly("required /data/attributes/version");
        assertThat(responses.find(q, "2026", "RW-LC01")).isEmpty();

        HttpResponse<String> created = put(path, token, document(0, "{\"has_strategy\": \"yes\", \"strategy_year\": 2019,"
                + " \"hosting\": [\"cloud\", \"premises\"]}"));
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode attributes = JSON.readTree(created.body()).path("data").path("attributes");
        assertThat(attributes.path("state").asString()).isEqualTo("draft");
        assertThat(attributes.path("version").asInt()).isEqualTo(1);
        assertThat(attributes.path("answers").path("hosting").asString()).isEqualTo("cloud premises");
        assertThat(attributes.path("source").asString()).isEqualTo("api");
        // stale
        HttpResponse<String> stale = put(path, token, document(0, "{\"has_strategy\": \"no\"}"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(pointers(stale)).containsExactly("stale_version /data/attributes/version");
        // submit with a required answer missing (the matrix row of the cloud section)
        HttpResponse<String> incomplete = put(path + "?submit=true", token, document(1, "{\"has_strategy\": \"yes\","
                + " \"strategy_year\": 2019, \"hosting\": \"cloud\"}"));
        assertThat(incomplete.statusCode()).isEqualTo(422);
        assertThat(pointers(incomplete)).containsExactly("required /data/attributes/answers/svc_mail");
        HttpResponse<String> submitted = put(path + "?submit=true", token, document(1, "{\"has_strategy\": \"yes\","
                + " \"strategy_year\": 2019, \"hosting\": \"cloud\", \"svc_mail\": \"some\"}"));
        assertThat(submitted.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(submitted.body()).path("data").path("attributes").path("state").asString())
                .isEqualTo("submitted");
        HttpResponse<String> closed = put(path, token, document(3, "{\"has_strategy\": \"no\"}"));
        assertThat(closed.statusCode()).isEqualTo(409);
        assertThat(pointers(closed)).containsExactly("not_editable ");

        // reading: private questionnaire
        assertThat(get(base + "/responses").statusCode()).isEqualTo(403);
        assertThat(get(path).statusCode()).isEqualTo(403);
        assertThat(get(path, "Authorization", "Bearer " + token).statusCode()).isEqualTo(200);
        String nz = TestAccounts.token(context, newZealand(), "api test");
        assertThat(get(path, "Authorization", "Bearer " + nz).statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(get(base + "/responses", "Authorization", "Bearer " + nz).body()).path("data")).isEmpty();
        String editor = TestAccounts.token(context, editor(), "api test");
        assertThat(JSON.readTree(get(base + "/responses", "Authorization", "Bearer " + editor).body()).path("data"))
                .hasSize(1);
    }

    @Test
    void publicResponsesAreListedWithTheSyntheticLabelAndPrivateOnesAreNot() throws Exception {
        String q = code("pages-public");
        questionnaires.save(TestEditions.every(q, "2026", true), editor().username());
        responses.importAccepted(q, "2026", List.of(
                new Responses.ImportedResponse(new Respondent("synthetic-001", Optional.empty(), Optional.empty(),
                        "Synthetic chamber 001", "", Optional.of("europe"), Optional.of("high_income"), true),
                        new org.plenum.assessment.Answers(Map.of("has_strategy", "yes", "strategy_year", "2019",
                                "hosting", "cloud", "svc_mail", "full", "provider", "other", "provider_other", "Local firm")))),
                "import:synthetic.csv", "cli:test");
        String list = get("/surveys/" + q + "/2026/responses").body();
        assertThat(list).contains("Synthetic chamber 001", "synthetic");
        String one = get("/surveys/" + q + "/2026/responses/synthetic-001").body();
        assertThat(one).contains("Synthetic chamber 001", "Full", "Other: Local firm",
                "Label of strategy_year", "2019");
        assertThat(get("/surveys/" + q + "/2026/responses/synthetic-001?lang=fr").body()).contains("synthétique",
                "Autre : Local firm", "Libellé de strategy_year");
        JsonNode api = JSON.readTree(get("/api/v1/questionnaires/" + q + "/editions/2026/responses").body());
        assertThat(api.path("data").get(0).path("attributes").path("synthetic").asBoolean()).isTrue();
        assertThat(api.path("data").get(0).path("attributes").path("respondent").path("region").asString())
                .isEqualTo("europe");
        assertThat(get("/surveys/" + q + "/2026/responses/nobody").statusCode()).isEqualTo(404);
        String surveys = get("/surveys").body();
        assertThat(surveys).contains("href=\"/surveys/" + q + "/2026/responses\"");

        String hidden = code("pages-private");
        questionnaires.save(TestEditions.every(hidden, "2026", false), editor().username());
        assertThat(get("/surveys/" + hidden + "/2026").statusCode()).isEqualTo(200);
        assertThat(get("/surveys/" + hidden + "/2026/responses").statusCode()).isEqualTo(404);
        assertThat(get("/surveys/" + hidden + "/1999").statusCode()).isEqualTo(404);
        String edition = get("/surveys/" + hidden + "/2026?lang=fr").body();
        assertThat(edition).contains("Posée si « Libellé de has_strategy » vaut « Oui ».",
                "Posée si « Nuage » est choisi à « Libellé de hosting ».",
                "href=\"/surveys/" + hidden + "/2026/xlsform.xlsx\"");
    }

    @Test
    void theReviewPageShowsThePreviousEditionsAnswers() throws Exception {
        String q = code("pages-review");
        questionnaires.save(TestEditions.every(q, "2024", false), editor().username());
        responses.importAccepted(q, "2024", List.of(new Responses.ImportedResponse(new Respondent("RW-LC01",
                Optional.of("RW-LC01"), Optional.of("RW"), "Rwanda: Chamber of Deputies", "", Optional.empty(),
                Optional.empty(), false), new org.plenum.assessment.Answers(Map.of("has_strategy", "yes",
                "strategy_year", "2011", "hosting", "premises")))), "import:2024.csv", "cli:test");
        questionnaires.save(TestEditions.every(q, "2026", false), editor().username());
        String token = TestAccounts.token(context, rwanda(), "review test");
        HttpResponse<String> submitted = put("/api/v1/questionnaires/" + q + "/editions/2026/responses/RW-LC01?submit=true",
                token, document(0, "{\"has_strategy\": \"yes\", \"strategy_year\": 2019, \"hosting\": \"premises\"}"));
        assertThat(submitted.statusCode()).isEqualTo(201);
        SignedInSession editor = TestAccounts.signIn(context, editor());
        String queue = get("/review/surveys", "Cookie", editor.cookie()).body();
        String id = queue.replaceAll("(?s).*href=\"/review/surveys/(\\d+)\">Response \\d+</a></th><td>Test survey 2026</td><td>Rwanda.*",
                "$1");
        assertThat(id).matches("\\d+");
        String review = get("/review/surveys/" + id, "Cookie", editor.cookie()).body();
        assertThat(review).contains("Answer in 2024", "2011", "2019", "The checks find no problem");
        // return needs a comment
        HttpResponse<String> noComment = post("/review/surveys/" + id, editor, "action", "return", "version", "2",
                "comment", "");
        assertThat(noComment.statusCode()).isEqualTo(422);
        HttpResponse<String> returned = post("/review/surveys/" + id, editor, "action", "return", "version", "2",
                "comment", "Was it not adopted in 2018?");
        assertThat(returned.statusCode()).isEqualTo(303);
        assertThat(post("/review/surveys/" + id, editor, "action", "accept", "version", "2").statusCode()).isEqualTo(409);
        SignedInSession clerk = TestAccounts.signIn(context, rwanda());
        assertThat(get("/my/surveys/" + q + "/2026/RW-LC01", "Cookie", clerk.cookie()).body())
                .contains("Returned by the editor:", "Was it not adopted in 2018?");
        assertThat(get("/review/surveys/" + id, "Cookie", clerk.cookie()).statusCode()).isEqualTo(403);
    }
}
