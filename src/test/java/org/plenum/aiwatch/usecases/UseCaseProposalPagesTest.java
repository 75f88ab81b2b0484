package org.plenum.aiwatch.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.plenum.accounts.Actor;
import org.plenum.accounts.Role;
import org.plenum.accounts.TestAccounts;
import org.plenum.stewardship.Proposal;
import org.plenum.stewardship.ProposalState;
import org.plenum.stewardship.Proposals;
import org.plenum.web.WebsiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A correspondent proposes a use case, an editor returns, then approves it; the library and its search show it. */
class UseCaseProposalPagesTest extends WebsiteTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    ApplicationContext context;

    @Autowired
    Proposals proposals;

    @Autowired
    UseCaseIndex index;

    private HttpResponse<String> post(String path, TestAccounts.SignedInSession session, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&")) + "&" + session.csrfField();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", session.cookie())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> proposal(String word) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("parliament", "CL");
        form.put("chamber", "CL-LC01");
        form.put("category", "chatbots");
        form.put("status", "pilot");
        form.put("date", "2025-03");
        form.put("en_title", "Committee " + word + " assistant for citizens' questions");
        form.put("en_objective", "Answer citizens' questions about committee work in plain language.");
        form.put("en_actors", "citizens; committee secretariat");
        form.put("en_scenario", "A citizen asks about a committee's agenda; the assistant answers with links to the sources.");
        form.put("en_expected_results", "Faster answers; fewer routine e-mails to the secretariat.");
        return form;
    }

    @Test
    void aCorrespondentProposesAndAnEditorApprovesAndTheSearchFindsItAtOnce() {
        String word = "zebra" + UUID.randomUUID().toString().replaceAll("[^a-z]", "");
        Actor correspondent = TestAccounts.account(context, "uc-correspondent-cl@example.org", Role.CORRESPONDENT,
                Set.of("CL"), Set.of());
        Actor editor = TestAccounts.account(context, "uc-editor@example.org", Role.EDITOR, Set.of(), Set.of());
        TestAccounts.SignedInSession mine = TestAccounts.signIn(context, correspondent);
        TestAccounts.SignedInSession editors = TestAccounts.signIn(context, editor);

        String form = get("/my/ai-use-cases/new", "Cookie", mine.cookie()).body();
        assertThat(form).contains("Propose an AI use case").contains("name=\"en_title\"").contains("name=\"fr_title\"")
                .contains("<option value=\"CL-LC01\"");

        Map<String, String> incomplete = proposal(word);
        incomplete.put("en_title", "");
        incomplete.put("date", "March 2025");
        incomplete.put("fr_objective", "Répondre aux questions.");
        HttpResponse<String> refused = post("/my/ai-use-cases/new", mine, incomplete);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"e-en_title\"").contains("Required.")
                .contains("March 2025").contains("is not a date")
                .contains("id=\"e-fr_title\"").contains("A French text needs its title.");
        Map<String, String> notMine = proposal(word);
        notMine.put("parliament", "AR");
        notMine.put("chamber", "");
        assertThat(post("/my/ai-use-cases/new", mine, notMine).body()).contains("not bound to the parliament AR");

        HttpResponse<String> sent = post("/my/ai-use-cases/new", mine, proposal(word));
        assertThat(sent.statusCode()).isEqualTo(303);
        Proposal proposal = proposals.queue(editor, UseCaseProposalKind.CODE).stream()
                .filter(p -> p.title().contains(word)).findFirst().orElseThrow();
        assertThat(proposal.parliament()).isEqualTo("CL");

        // returned with a comment, edited and sent again
        String review = get("/review/ai-use-cases/" + proposal.id(), "Cookie", editors.cookie()).body();
        assertThat(review).contains("Committee " + word + " assistant").contains("Approve and publish")
                .contains("Chamber of Deputies").contains("Chatbots and user support");
        // when it was sent, in words and UTC to the minute, not as an ISO instant
        assertThat(review).containsPattern("<dd>[A-Z][a-z]+ \\d{1,2}, \\d{4}, \\d{2}:\\d{2} UTC</dd>")
                .doesNotContain(proposal.submittedAt().toString());
        HttpResponse<String> returned = post("/review/ai-use-cases/" + proposal.id(), editors,
                Map.of("action", "return", "version", String.valueOf(proposal.version()), "comment",
                        "Please add the success metrics."));
        assertThat(returned.statusCode()).isEqualTo(303);
        Proposal back = proposals.find(correspondent, proposal.id()).orElseThrow();
        assertThat(back.state()).isEqualTo(ProposalState.RETURNED);
        assertThat(get("/my/ai-use-cases/" + proposal.id(), "Cookie", mine.cookie()).body())
                .contains("Please add the success metrics.").contains(word);
        Map<String, String> edited = proposal(word);
        edited.put("en_success_metrics", "Share of questions answered; satisfaction");
        edited.put("version", String.valueOf(back.version()));
        assertThat(post("/my/ai-use-cases/" + proposal.id(), mine, edited).statusCode()).isEqualTo(303);

        Proposal again = proposals.find(editor, proposal.id()).orElseThrow();
        assertThat(again.state()).isEqualTo(ProposalState.SENT);
        HttpResponse<String> approved = post("/review/ai-use-cases/" + proposal.id(), editors,
                Map.of("action", "approve", "version", String.valueOf(again.version()), "comment", ""));
        assertThat(approved.statusCode()).isEqualTo(303);
        Proposal done = proposals.find(editor, proposal.id()).orElseThrow();
        assertThat(done.state()).isEqualTo(ProposalState.APPROVED);
        String path = done.result().orElseThrow();
        assertThat(path).matches("/ai/use-cases/p-\\d{3}");

        String page = get(path).body();
        assertThat(page).contains("Committee " + word + " assistant").contains("Share of questions answered")
                .contains("Proposed to Plenum by the parliament").contains("href=\"/parliament/CL/CL-LC01/\"")
                .contains("Pilot").contains("(chosen by the parliament that proposed it, checked by Plenum's editors)")
                .doesNotContain("IPU's page does not show a category");
        // found at once, in English, and in French by its English words (it has no French)
        assertThat(get("/ai/use-cases?q=" + word).body()).contains("<mark>" + word + "</mark>");
        UseCaseSearch.Result french = index.search(new UseCaseSearch.Query(word, "fr", Map.of()));
        assertThat(french.hits()).hasSize(1);
        assertThat(french.hits().get(0).language()).isEqualTo("en");
        assertThat(get("/api/v1/ai-use-cases/" + path.substring(path.lastIndexOf('/') + 1)).body())
                .contains("\"ipu\":false").contains("\"status\":\"pilot\"");
    }

    @Test
    void aCorrespondentCannotReviewAndAnEditorMustCommentToReject() {
        Actor correspondent = TestAccounts.account(context, "uc-correspondent-cl@example.org", Role.CORRESPONDENT,
                Set.of("CL"), Set.of());
        Actor editor = TestAccounts.account(context, "uc-editor@example.org", Role.EDITOR, Set.of(), Set.of());
        TestAccounts.SignedInSession mine = TestAccounts.signIn(context, correspondent);
        TestAccounts.SignedInSession editors = TestAccounts.signIn(context, editor);
        String word = "okapi" + UUID.randomUUID().toString().replaceAll("[^a-z]", "");
        assertThat(post("/my/ai-use-cases/new", mine, proposal(word)).statusCode()).isEqualTo(303);
        Proposal proposal = proposals.queue(editor, UseCaseProposalKind.CODE).stream()
                .filter(p -> p.title().contains(word)).findFirst().orElseThrow();
        assertThat(get("/review/ai-use-cases/" + proposal.id(), "Cookie", mine.cookie()).statusCode()).isEqualTo(403);
        HttpResponse<String> noComment = post("/review/ai-use-cases/" + proposal.id(), editors,
                Map.of("action", "reject", "version", String.valueOf(proposal.version()), "comment", ""));
        assertThat(noComment.statusCode()).isEqualTo(422);
        assertThat(noComment.body()).contains("Write a comment");
        HttpResponse<String> stale = post("/review/ai-use-cases/" + proposal.id(), editors,
                Map.of("action", "approve", "version", String.valueOf(proposal.version() + 5), "comment", ""));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(post("/review/ai-use-cases/" + proposal.id(), editors, Map.of("action", "reject", "version",
                String.valueOf(proposal.version()), "comment", "Not an AI use case.")).statusCode()).isEqualTo(303);
        assertThat(proposals.find(editor, proposal.id()).orElseThrow().state()).isEqualTo(ProposalState.REJECTED);
        assertThat(index.search(new UseCaseSearch.Query(word, "en", Map.of())).hits()).isEmpty();
    }
}
