package org.plenum.stewardship.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.plenum.accounts.Actor;
import org.plenum.accounts.Role;
import org.plenum.accounts.TestAccounts;
import org.plenum.audit.AuditEntry;
import org.plenum.audit.AuditLog;
import org.plenum.audit.AuditQuery;
import org.plenum.audit.AuditRecord;
import org.plenum.audit.AuditTrail;
import org.plenum.notifications.MailRequested;
import org.plenum.stewardship.NotAllowedException;
import org.plenum.stewardship.Proposal;
import org.plenum.stewardship.ProposalState;
import org.plenum.stewardship.Proposals;
import org.plenum.stewardship.SubmissionConflictException;
import org.plenum.stewardship.SubmissionNotFoundException;
import org.plenum.stewardship.SubmissionRefusedException;
import org.plenum.stewardship.SubmissionStateException;
import org.plenum.web.WebsiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The shared review of proposals (decision 0063) on the whole application: who may send, see, review; states and
 * versions; the audit entries; the e-mail to the submitter; the approve callback in the same transaction; the
 * editors' queue and the correspondent's list as pages. Uses the {@code hub-join} kind (the hubs module's) with
 * payloads of the test's own; written to run again on the same data directory (each run has its own titles).
 */
@RecordApplicationEvents
class ProposalsTest extends WebsiteTest {

    static final String KIND = "hub-join";

    @Autowired
    Proposals proposals;
    @Autowired
    AuditTrail trail;
    @Autowired
    AuditLog auditLog;
    @Autowired
    ApplicationContext context;
    @Autowired
    ApplicationEvents events;

    Actor chile() {
        return TestAccounts.account(context, "clerk-proposals@congreso.cl", Role.CORRESPONDENT, Set.of("CL"), Set.of());
    }

    Actor france() {
        return TestAccounts.account(context, "clerk-proposals@assemblee-nationale.fr", Role.CORRESPONDENT, Set.of("FR"),
                Set.of());
    }

    Actor editor() {
        return TestAccounts.account(context, "proposals-editor@ipu.org", Role.EDITOR, Set.of(), Set.of());
    }

    static String title(String what) {
        return what + " " + UUID.randomUUID();
    }

    /** The decision e-mails of this test (account invitations are e-mails too). */
    java.util.stream.Stream<MailRequested> mails() {
        return events.stream(MailRequested.class).filter(m -> m.reason().equals("proposal-result"));
    }

    List<AuditEntry> audit(long id) {
        return trail.find(AuditQuery.all()).stream()
                .sorted(java.util.Comparator.comparingLong(AuditRecord::id)).map(AuditRecord::entry)
                .filter(e -> e.subject().equals("proposal:" + id)).toList();
    }

    @Test
    void aCorrespondentSendsAndAnEditorApprovesWithTheRecordWrittenByTheCallback() {
        Actor clerk = chile();
        Actor other = france();
        Actor editor = editor();
        String title = title("Chile asks to join the Latin American hub");

        assertThatThrownBy(() -> proposals.send(other, KIND, "CL", title, "{\"hub\":\"latam\"}"))
                .isInstanceOf(NotAllowedException.class).hasMessageContaining("CL");
        assertThatThrownBy(() -> proposals.send(clerk, "no-such-kind", "CL", title, "{}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-kind", KIND);
        assertThatThrownBy(() -> proposals.send(clerk, KIND, "CL", "  ", "{}"))
                .isInstanceOf(SubmissionRefusedException.class)
                .satisfies(e -> assertThat(((SubmissionRefusedException) e).findings()).singleElement()
                        .satisfies(f -> assertThat(f.field()).isEqualTo("title")));

        Proposal sent = proposals.send(clerk, KIND, "CL", title, "{\"hub\":\"latam\"}");
        assertThat(sent.state()).isEqualTo(ProposalState.SENT);
        assertThat(sent.version()).isEqualTo(1);
        assertThat(sent.submitter()).isEqualTo(clerk.username());
        assertThat(sent.result()).isEmpty();

        // Who sees it: the submitter, editors; not a correspondent of another parliament.
        assertThat(proposals.find(clerk, sent.id())).isPresent();
        assertThat(proposals.find(editor, sent.id())).isPresent();
        assertThat(proposals.find(other, sent.id())).isEmpty();
        assertThat(proposals.mine(clerk, null)).first().extracting(Proposal::id).isEqualTo(sent.id());
        assertThat(proposals.mine(clerk, "ai-action")).extracting(Proposal::id).doesNotContain(sent.id());
        assertThat(proposals.mine(other, null)).extracting(Proposal::id).doesNotContain(sent.id());

        // The queue: editors only, oldest first.
        assertThatThrownBy(() -> proposals.queue(clerk, null)).isInstanceOf(NotAllowedException.class);
        List<Proposal> queue = proposals.queue(editor, KIND);
        assertThat(queue).extracting(Proposal::id).contains(sent.id());
        assertThat(queue).extracting(Proposal::submittedAt).isSorted();
        assertThat(proposals.queue(editor, "ai-action")).extracting(Proposal::id).doesNotContain(sent.id());

        // Refusals: a correspondent reviewing, a stale version; nothing changes.
        assertThatThrownBy(() -> proposals.approve(clerk, sent.id(), 1, p -> "/hubs/latam"))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> proposals.approve(editor, sent.id(), 0, p -> "/hubs/latam"))
                .isInstanceOf(SubmissionConflictException.class).hasMessageContaining("version 0, now 1");
        assertThatThrownBy(() -> proposals.approve(editor, 999_999_999L, 1, p -> "/hubs/latam"))
                .isInstanceOf(SubmissionNotFoundException.class);

        Proposal approved = proposals.approve(editor, sent.id(), 1, p -> {
            assertThat(p.payload()).isEqualTo("{\"hub\":\"latam\"}");
            return "/hubs/latam";
        });
        assertThat(approved.state()).isEqualTo(ProposalState.APPROVED);
        assertThat(approved.version()).isEqualTo(2);
        assertThat(approved.reviewer()).contains(editor.username());
        assertThat(approved.reviewedAt()).isPresent();
        assertThat(approved.result()).contains("/hubs/latam");
        assertThat(proposals.queue(editor, null)).extracting(Proposal::id).doesNotContain(sent.id());

        // Final: no second decision.
        assertThatThrownBy(() -> proposals.reject(editor, sent.id(), 2, "too late"))
                .isInstanceOf(SubmissionStateException.class).hasMessageContaining("approved");

        assertThat(audit(sent.id())).extracting(AuditEntry::action).containsExactly("proposal.sent", "proposal.approved");
        assertThat(audit(sent.id()).get(1).actor()).isEqualTo(editor.username());
        assertThat(audit(sent.id()).get(1).detail()).contains("/hubs/latam");

        assertThat(mails()).singleElement().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo(clerk.username());
            assertThat(mail.subject()).isEqualTo("Plenum: proposal #" + sent.id() + " approved");
            assertThat(mail.body()).contains("Request to join an innovation hub", title, "/hubs/latam", "/my/proposals");
            assertThat(mail.reason()).isEqualTo("proposal-result");
        });
    }

    @Test
    void aCallbackThatFailsLeavesNothingWritten() {
        Actor clerk = chile();
        Actor editor = editor();
        Proposal sent = proposals.send(clerk, KIND, "CL", title("Callback failure"), "{\"hub\":\"latam\"}");
        String marker = "written by a failing callback " + sent.id();

        assertThatThrownBy(() -> proposals.approve(editor, sent.id(), sent.version(), p -> {
            auditLog.record(new AuditEntry("test", "test.callback", "proposal:" + p.id(), "test", marker));
            throw new IllegalStateException("the hub does not exist");
        })).isInstanceOf(IllegalStateException.class).hasMessage("the hub does not exist");

        Proposal after = proposals.find(editor, sent.id()).orElseThrow();
        assertThat(after.state()).isEqualTo(ProposalState.SENT);
        assertThat(after.version()).isEqualTo(1);
        assertThat(after.result()).isEmpty();
        assertThat(audit(sent.id())).extracting(AuditEntry::action).containsExactly("proposal.sent");
        assertThat(mails()).isEmpty();

        // A callback that returns no site path is refused too.
        assertThatThrownBy(() -> proposals.approve(editor, sent.id(), 1, p -> "hubs/latam"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("site path");
        assertThat(proposals.find(editor, sent.id()).orElseThrow().state()).isEqualTo(ProposalState.SENT);
    }

    @Test
    void returnedProposalsAreChangedAndSentAgainByTheirSubmitterOnly() {
        Actor clerk = chile();
        Actor other = france();
        Actor editor = editor();
        Proposal sent = proposals.send(clerk, KIND, "CL", title("To be returned"), "{\"hub\":\"latam\"}");

        assertThatThrownBy(() -> proposals.sendBack(editor, sent.id(), 1, " "))
                .isInstanceOf(SubmissionRefusedException.class);
        assertThatThrownBy(() -> proposals.resend(clerk, sent.id(), 1, "Again", "{}"))
                .isInstanceOf(SubmissionStateException.class).hasMessageContaining("sent");

        Proposal returned = proposals.sendBack(editor, sent.id(), 1, "Which date did the Congress decide?");
        assertThat(returned.state()).isEqualTo(ProposalState.RETURNED);
        assertThat(returned.reviewComment()).isEqualTo("Which date did the Congress decide?");
        assertThat(mails()).singleElement()
                .satisfies(m -> assertThat(m.body()).contains("returned to you", "Which date did the Congress decide?"));

        assertThatThrownBy(() -> proposals.resend(other, sent.id(), 2, "Mine now", "{}"))
                .isInstanceOf(SubmissionNotFoundException.class);
        assertThatThrownBy(() -> proposals.resend(editor, sent.id(), 2, "Mine now", "{}"))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> proposals.resend(clerk, sent.id(), 1, "Stale", "{}"))
                .isInstanceOf(SubmissionConflictException.class);

        String newTitle = title("Sent again");
        Proposal again = proposals.resend(clerk, sent.id(), 2, newTitle, "{\"hub\":\"latam\",\"from\":\"2026-11-01\"}");
        assertThat(again.state()).isEqualTo(ProposalState.SENT);
        assertThat(again.version()).isEqualTo(3);
        assertThat(again.title()).isEqualTo(newTitle);
        assertThat(again.payload()).contains("2026-11-01");

        Proposal rejected = proposals.reject(editor, sent.id(), 3, "Chile is not in that region's hub list.");
        assertThat(rejected.state()).isEqualTo(ProposalState.REJECTED);
        assertThat(rejected.result()).isEmpty();
        assertThatThrownBy(() -> proposals.approve(editor, sent.id(), 4, p -> "/hubs/latam"))
                .isInstanceOf(SubmissionStateException.class).hasMessageContaining("rejected");
        assertThat(audit(sent.id())).extracting(AuditEntry::action)
                .containsExactly("proposal.sent", "proposal.returned", "proposal.resent", "proposal.rejected");
    }

    @Test
    void theEditorsQueueAndTheCorrespondentsListArePages() {
        Actor clerk = chile();
        Actor editor = editor();
        String title = title("Queue page");
        Proposal sent = proposals.send(clerk, KIND, "CL", title, "{\"hub\":\"latam\"}");
        TestAccounts.SignedInSession reviewer = TestAccounts.signIn(context, editor);
        TestAccounts.SignedInSession correspondent = TestAccounts.signIn(context, clerk);

        HttpResponse<String> queue = get("/review/proposals", "Cookie", reviewer.cookie());
        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(queue.body()).contains("<h1>Proposals to review</h1>", title, "Chile (CL)",
                "href=\"/review/hubs/join/" + sent.id() + "\"", "Request to join an innovation hub");
        assertThat(get("/review/proposals?kind=hub-join&lang=fr", "Cookie", reviewer.cookie()).body())
                .contains("<h1>Propositions à relire</h1>", title, "Demande d’adhésion à un pôle d’innovation");
        assertThat(get("/review/proposals?kind=ai-nothing", "Cookie", reviewer.cookie()).statusCode()).isEqualTo(400);
        // The hubs' review page of this proposal, whose test payload is not a whole request to join: shown, not failed.
        HttpResponse<String> review = get("/review/hubs/join/" + sent.id(), "Cookie", reviewer.cookie());
        assertThat(review.statusCode()).isEqualTo(200);
        assertThat(review.body()).contains("the request has no date", "<code>{\"hub\":\"latam\"}</code>");
        assertThat(get("/review", "Cookie", reviewer.cookie()).body()).contains("href=\"/review/proposals\"");
        assertThat(get("/review/proposals", "Cookie", correspondent.cookie()).statusCode()).isIn(403, 404);

        proposals.sendBack(editor, sent.id(), 1, "Give the date of the decision.");
        HttpResponse<String> mine = get("/my/proposals", "Cookie", correspondent.cookie());
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.body()).contains("<h1>My proposals</h1>", title, "Returned to you", "Give the date of the decision.");
        assertThat(get("/my/proposals?lang=fr", "Cookie", correspondent.cookie()).body())
                .contains("<h1>Mes propositions</h1>", "Renvoyée");
        assertThat(get("/my", "Cookie", correspondent.cookie()).body()).contains("href=\"/my/proposals\"");
        assertThat(get("/review/proposals", "Cookie", reviewer.cookie()).body()).doesNotContain(title);
    }
}
