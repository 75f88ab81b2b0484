package org.plenum.aiwatch.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plenum.accounts.Actor;
import org.plenum.accounts.Role;
import org.plenum.accounts.TestAccounts;
import org.plenum.stewardship.NotAllowedException;
import org.plenum.stewardship.Proposal;
import org.plenum.stewardship.ProposalState;
import org.plenum.stewardship.Proposals;
import org.plenum.web.WebsiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Proposed actions (decision 0065): the form's checks, return and send again, rejection, who may propose. */
class ActionProposalsTest extends WebsiteTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ActionProposals actions;
    @Autowired
    Proposals proposals;

    private static Map<String, String> valid(String country) {
        Map<String, String> form = new HashMap<>();
        form.put("country", country);
        form.put("type", "report");
        form.put("status", "completed");
        form.put("title", "Informe sobre inteligencia artificial");
        form.put("language", "es");
        form.put("title_english", "Report on artificial intelligence");
        form.put("adopted", "2026-10-02");
        form.put("summary", "A report of the Senate's committee on AI.");
        form.put("source_url_0", "https://www.senado.es/");
        form.put("source_publisher_0", "Senado de España");
        form.put("source_seen_0", "2026-12-07");
        return form;
    }

    private static ActionForm form(Map<String, String> fields, String... chambers) {
        return ActionForm.posted(fields::get, name -> name.equals("chambers") ? chambers : null);
    }

    @Test
    void theFormsProblemsAreNamedByField() {
        Actor clerk = TestAccounts.account(context, "ai-checks@senado.es", Role.CORRESPONDENT, Set.of("ES"), Set.of());
        assertThat(actions.problems(clerk, form(valid("ES"), "ES-UC02"))).isEmpty();
        Map<String, String> bad = valid("ES");
        bad.put("introduced", "2026-11");
        bad.put("adopted", "2026-13");
        bad.put("in_force", "2026-01-01");
        bad.put("source_url_0", "www.senado.es");
        bad.put("source_seen_1", "yesterday");
        bad.put("related", "es-999");
        bad.put("type", "decree");
        Map<String, List<String>> problems = actions.problems(clerk, form(bad, "FR-LC01"));
        assertThat(problems).containsEntry("adopted", List.of("aitracker.check.date"))
                .containsEntry("source_url_0", List.of("aitracker.check.url"))
                .containsEntry("source_url_1", List.of("aitracker.check.url"))
                .containsEntry("source_publisher_1", List.of("aitracker.check.required"))
                .containsEntry("related", List.of("aitracker.check.related"))
                .containsEntry("type", List.of("aitracker.check.type"))
                .containsEntry("chambers", List.of("aitracker.check.chamber"));
        Map<String, String> order = valid("ES");
        order.put("introduced", "2026-11");
        assertThat(actions.problems(clerk, form(order))).containsEntry("adopted", List.of("aitracker.check.order"));
        assertThat(actions.problems(clerk, form(valid("FR")))).containsEntry("country", List.of("aitracker.check.country"));
        assertThatThrownBy(() -> actions.send(clerk, form(valid("FR")))).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void aReturnedProposalIsChangedAndSentAgainThenRejected() throws Exception {
        Actor clerk = TestAccounts.account(context, "ai-return@senado.es", Role.CORRESPONDENT, Set.of("ES"), Set.of());
        Actor editor = TestAccounts.account(context, "ai-return-editor@ipu.org", Role.EDITOR, Set.of(), Set.of());
        Proposal sent = actions.send(clerk, form(valid("ES"), "ES-UC02"));
        assertThat(sent.kind()).isEqualTo("ai-action");
        assertThat(actions.proposed(sent).action().chambers()).containsExactly("ES-UC02");
        Proposal returned = proposals.sendBack(editor, sent.id(), sent.version(), "Give the report's number.");

        TestAccounts.SignedInSession session = TestAccounts.signIn(context, clerk);
        HttpResponse<String> page = get("/my/ai-actions/" + sent.id(), "Cookie", session.cookie());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Give the report's number.", "Report on artificial intelligence",
                "value=\"" + returned.version() + "\"");
        HttpResponse<String> refused = post("/my/ai-actions/" + sent.id(), session, "version=" + returned.version()
                + "&country=ES&title=&type=report&status=completed");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"m-title\"", "id=\"m-summary\"");
        Map<String, String> changed = valid("ES");
        changed.put("title_english", "Report No. 7 on artificial intelligence");
        Proposal again = actions.resend(clerk, sent.id(), returned.version(), form(changed, "ES-UC02"));
        assertThat(again.state()).isEqualTo(ProposalState.SENT);
        assertThat(actions.proposed(again).action().titleEnglish()).isEqualTo("Report No. 7 on artificial intelligence");

        TestAccounts.SignedInSession review = TestAccounts.signIn(context, editor);
        assertThat(post("/review/ai-actions/" + sent.id(), review, "decision=reject&version=" + again.version())
                .statusCode()).isEqualTo(422);
        HttpResponse<String> rejected = post("/review/ai-actions/" + sent.id(), review, "decision=reject&version="
                + again.version() + "&comment=Not+an+action+on+AI+policy");
        assertThat(rejected.statusCode()).isEqualTo(302);
        assertThat(proposals.find(editor, sent.id()).orElseThrow().state()).isEqualTo(ProposalState.REJECTED);
        assertThat(get("/review/ai-actions/" + sent.id(), "Cookie", review.cookie()).body())
                .contains("Not an action on AI policy").doesNotContain("value=\"approve\"");
    }

    private HttpResponse<String> post(String path, TestAccounts.SignedInSession session, String form) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Cookie", session.cookie()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&" + session.csrfField())).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
