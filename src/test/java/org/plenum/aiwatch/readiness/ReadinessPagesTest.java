package org.plenum.aiwatch.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plenum.accounts.Actor;
import org.plenum.accounts.Role;
import org.plenum.accounts.TestAccounts;
import org.plenum.aiwatch.UseCases;
import org.plenum.assessment.Answers;
import org.plenum.assessment.Response;
import org.plenum.assessment.Responses;
import org.plenum.assessment.ResponseState;
import org.plenum.assessment.internal.StoredResponse;
import org.plenum.assessment.workflow.SurveyWorkflow;
import org.plenum.web.WebsiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The readiness pages on the whole application (decision 0069): a completed self-assessment gives its chamber a
 * profile at once (no editor); it is private — every public path (the survey pages, the questionnaire API, the
 * framework's ranking, scores, breakdowns, practices, what-if and downloads, the readiness pages) refuses or omits it,
 * and another parliament's correspondent gets 403 — until the chamber publishes it; the peers' aggregate appears only
 * from five completed self-assessments; every use case the steps link to is in the library.
 */
class ReadinessPagesTest extends WebsiteTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    ApplicationContext context;
    @Autowired
    SurveyWorkflow workflow;
    @Autowired
    Responses responses;
    @Autowired
    ReadinessProfiles profiles;
    @Autowired
    ReadinessRecommendations recommendations;
    @Autowired
    UseCases useCases;
    @Autowired
    JdbcClient jdbc;

    /** A chamber that has not started using AI: the lowest answers to every required question. */
    static Answers beginner() {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("respondent_role", "secretary_general");
        a.put("ai_stage", "none");
        a.put("ai_strategy", "none");
        a.put("ai_funding", "none");
        a.put("pilot_approach", "none");
        a.put("ai_policy", "none");
        a.put("governance_body", "nobody");
        a.put("approval_process", "no");
        a.put("genai_rules", "none");
        a.put("ai_inventory", "no");
        for (String p : List.of("fairness", "privacy", "transparency", "accountability", "oversight")) {
            a.put("principle_" + p, "absent");
        }
        a.put("risk_assessment", "never");
        a.put("risk_register", "no");
        a.put("incident_process", "no");
        a.put("data_policy", "no");
        a.put("data_readiness", "mostly_paper");
        a.put("data_classification", "no");
        a.put("external_tools_rules", "no");
        a.put("dev_capacity", "none");
        a.put("data_specialists", "0");
        a.put("vendor_due_diligence", "never");
        a.put("staff_training", "none");
        a.put("member_training", "no");
        a.put("ai_champions", "no");
        a.put("ai_portfolio", "none");
        a.put("stakeholders_consulted", "nobody");
        a.put("public_register", "no");
        a.put("public_feedback", "no");
        a.put("impact_review", "no");
        return new Answers(a);
    }

    @Test
    void aSelfAssessmentIsPrivateUntilItsChamberPublishesItAndPeersAreShownOnlyInAggregate() throws Exception {
        jdbc.sql("delete from ai_readiness_publication").update();
        jdbc.sql("delete from assessment_response where questionnaire = 'ai-readiness'").update();
        Actor editor = TestAccounts.account(context, "readiness-editor@ipu.org", Role.EDITOR, Set.of(), Set.of());
        Actor estonia = TestAccounts.account(context, "readiness-clerk@riigikogu.ee", Role.CORRESPONDENT, Set.of("EE"), Set.of());
        Actor france = TestAccounts.account(context, "readiness-clerk@assemblee-nationale.fr", Role.CORRESPONDENT,
                Set.of("FR"), Set.of());
        String chamber = profiles.chambersOf(estonia).get(0);
        String name = profiles.chamberName(chamber, "en");
        TestAccounts.SignedInSession clerk = TestAccounts.signIn(context, estonia);
        TestAccounts.SignedInSession other = TestAccounts.signIn(context, france);
        TestAccounts.SignedInSession reviewer = TestAccounts.signIn(context, editor);

        // not started, then completed: accepted at once, no editor; the queue does not list it
        assertThat(get("/my/ai-readiness/" + chamber, "Cookie", clerk.cookie()).body()).contains("Not started",
                "/my/surveys/ai-readiness/2026/" + chamber + "?next=/my/ai-readiness/" + chamber);
        complete(estonia, chamber, ReadinessWorkedExampleTest.example());
        assertThat(responses.find("ai-readiness", "2026", chamber).orElseThrow().state()).isEqualTo(ResponseState.ACCEPTED);
        assertThat(get("/review/surveys", "Cookie", reviewer.cookie()).body()).doesNotContain(name);

        HttpResponse<String> own = get("/my/ai-readiness/" + chamber, "Cookie", clerk.cookie());
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("Overall: 5.1 of 10, level “Piloting”.", "Scaling up", "Private: seen only",
                "Name who is accountable for AI", "/ai/use-cases/016", "Use of AI disclosed to the public");
        assertThat(get("/my/ai-readiness/" + chamber + "?lang=fr", "Cookie", clerk.cookie()).body())
                .contains("Global : 5,1 sur 10, niveau « Expérimentation ».", "Désigner un responsable de");
        assertThat(get("/my/ai-readiness/" + chamber, "Cookie", reviewer.cookie()).statusCode()).isEqualTo(200);
        assertThat(get("/my/ai-readiness/" + chamber, "Cookie", other.cookie()).statusCode()).isEqualTo(403);
        assertThat(get("/my/ai-readiness/" + chamber).statusCode()).isEqualTo(302);
        assertThat(post("/my/ai-readiness/" + chamber + "/publication", other, "publish=yes").statusCode()).isEqualTo(403);
        // an editor cannot publish a parliament's profile for it
        assertThat(post("/my/ai-readiness/" + chamber + "/publication", reviewer, "publish=yes").statusCode()).isEqualTo(403);

        assertPrivate(chamber, name);

        // published by its correspondent: public at its address and listed; then withdrawn by an editor
        HttpResponse<String> published = post("/my/ai-readiness/" + chamber + "/publication", clerk, "publish=yes");
        assertThat(published.statusCode()).isEqualTo(303);
        assertThat(published.headers().firstValue("Location").orElseThrow()).endsWith("/my/ai-readiness/" + chamber + "?done=published");
        HttpResponse<String> publicProfile = get("/ai/readiness/profiles/" + chamber);
        assertThat(publicProfile.statusCode()).isEqualTo(200);
        assertThat(publicProfile.body()).contains(name, "Overall: 5.1 of 10", "Recommended next steps")
                .doesNotContain("Publish the profile");
        assertThat(get("/ai/readiness").body()).contains(name, "/ai/readiness/profiles/" + chamber);
        // still no ranking, no scores of individuals in the assessment module's public paths
        assertThat(get("/frameworks/ai-readiness").statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/frameworks/ai-readiness/scores/" + chamber).statusCode()).isEqualTo(404);
        assertThat(post("/my/ai-readiness/" + chamber + "/publication", reviewer, "publish=no").statusCode()).isEqualTo(303);
        assertThat(get("/ai/readiness/profiles/" + chamber).statusCode()).isEqualTo(404);
        assertThat(get("/ai/readiness").body()).doesNotContain(name);

        // a chamber that has not completed it cannot publish
        String french = profiles.chambersOf(france).get(0);
        assertThat(post("/my/ai-readiness/" + french + "/publication", other, "publish=yes").statusCode()).isEqualTo(409);

        // peers: hidden under five completed, then median and quartiles per dimension, never a chamber's own score
        assertThat(get("/ai/readiness").body()).contains("id=\"peers-hidden\"", "One chamber has completed");
        complete(france, french, beginner());
        String[] more = {"ES", "IT", "BR"};
        for (String country : more) {
            Actor clerkOf = TestAccounts.account(context, "readiness-clerk@" + country.toLowerCase() + ".example",
                    Role.CORRESPONDENT, Set.of(country), Set.of());
            complete(clerkOf, profiles.chambersOf(clerkOf).get(0), country.equals("IT") ? beginner()
                    : ReadinessWorkedExampleTest.example());
            if (!country.equals("BR")) {
                assertThat(get("/ai/readiness").body()).contains("id=\"peers-hidden\"");
            }
        }
        String landing = get("/ai/readiness").body();
        assertThat(landing).doesNotContain("peers-hidden").contains("id=\"aggregate\"",
                "Scores of the 5 chambers that completed edition 2026");
        PeerAggregate peers = profiles.aggregate();
        assertThat(peers.completed()).isEqualTo(5);
        // governance: 2 beginners at 1, 3 examples at 4.7 → quartiles 1 and 4.7, median 4.7
        assertThat(peers.dimensions().get(0).median().getAsDouble()).isEqualTo(4.7, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(peers.dimensions().get(0).lowerQuartile().getAsDouble()).isEqualTo(1.0);
        assertThat(get("/my/ai-readiness/" + chamber, "Cookie", clerk.cookie()).body()).contains("n = 5, median 4.7, quartiles 1.0 to 4.7");
        assertThat(get("/ai/readiness?lang=fr").body()).contains("Pairs en agrégé", "Premier quartile");
    }

    /** Every public path of the assessment module and of the readiness pages refuses or omits the chamber. */
    private void assertPrivate(String chamber, String name) {
        assertThat(get("/ai/readiness/profiles/" + chamber).statusCode()).isEqualTo(404);
        assertThat(get("/ai/readiness").body()).doesNotContain(name);
        for (String path : List.of("/frameworks/ai-readiness", "/frameworks/ai-readiness/breakdown",
                "/frameworks/ai-readiness/practices", "/frameworks/ai-readiness/scores/" + chamber,
                "/frameworks/ai-readiness/scores/" + chamber + "/what-if?ai_policy=adopted",
                "/frameworks/ai-readiness/scores.csv", "/frameworks/ai-readiness/scores.xlsx",
                "/frameworks/ai-readiness/scores.json", "/surveys/ai-readiness/2026/responses",
                "/surveys/ai-readiness/2026/responses/" + chamber, "/api/v1/frameworks/ai-readiness/scores",
                "/api/v1/frameworks/ai-readiness/scores/" + chamber, "/api/v1/frameworks/ai-readiness/breakdowns",
                "/api/v1/frameworks/ai-readiness/practices", "/api/v1/questionnaires/ai-readiness/editions/2026/responses",
                "/api/v1/questionnaires/ai-readiness/editions/2026/responses/" + chamber)) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isIn(400, 403, 404);
            assertThat(response.body()).as(path).doesNotContain(name).doesNotContain("\"" + chamber + "\"");
        }
        // asking for the edition by name is refused too
        for (String path : List.of("/frameworks/ai-readiness?edition=2026", "/frameworks/ai-readiness/scores.csv?edition=2026",
                "/api/v1/frameworks/ai-readiness/scores?edition=2026")) {
            assertThat(get(path).statusCode()).as(path).isIn(400, 404);
        }
        assertThat(get("/digital-maturity").body()).doesNotContain(name);
        assertThat(get("/surveys/ai-readiness/2026").statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/frameworks/ai-readiness").statusCode()).isEqualTo(200);
    }

    @Test
    void everyUseCaseTheStepsLinkToIsInTheLibrary() {
        assertThat(recommendations.steps()).allSatisfy(step -> assertThat(step.useCases())
                .as(step.code()).allSatisfy(id -> assertThat(useCases.find(id)).as(id).isPresent()));
    }

    private void complete(Actor actor, String chamber, Answers answers) {
        int version = responses.find("ai-readiness", "2026", chamber).map(Response::version).orElse(0);
        StoredResponse saved = workflow.save(actor, "test", "web", "ai-readiness", "2026", chamber, answers, version);
        workflow.submit(actor, "test", saved.response().id(), saved.response().version());
    }

    private HttpResponse<String> post(String path, TestAccounts.SignedInSession session, String form) throws IOException,
            InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).header("Cookie", session.cookie())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&" + session.csrfField())).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
