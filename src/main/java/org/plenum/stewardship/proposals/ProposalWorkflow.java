package org.plenum.stewardship.proposals;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.plenum.accounts.Actor;
import org.plenum.audit.AuditEntry;
import org.plenum.audit.AuditLog;
import org.plenum.registry.WriterLock;
import org.plenum.stewardship.Finding;
import org.plenum.stewardship.NotAllowedException;
import org.plenum.stewardship.Proposal;
import org.plenum.stewardship.ProposalState;
import org.plenum.stewardship.Proposals;
import org.plenum.stewardship.SubmissionConflictException;
import org.plenum.stewardship.SubmissionNotFoundException;
import org.plenum.stewardship.SubmissionRefusedException;
import org.plenum.stewardship.SubmissionStateException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * {@link Proposals}: the review workflow for proposed catalogue records (decisions 0062 and 0063). Every write takes
 * the writer lock first (decision 0020), then reads the proposal it decides on, so two editors deciding at the same
 * moment act one after the other and the second is refused as stale. A step, its audit entry, the e-mail to the
 * submitter (kept in the notifications outbox) and, on approval, the owning module's record commit in one
 * transaction or not at all. The audit entry's origin is the client's address when the call comes from a request,
 * {@code cli} otherwise.
 */
@Service
class ProposalWorkflow implements Proposals {

    static final int TITLE_LENGTH = 500;

    private final ProposalRecords records;
    private final ProposalKinds kinds;
    private final WriterLock writerLock;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final ProposalMail mail;
    private final Clock clock = Clock.systemUTC();

    ProposalWorkflow(ProposalRecords records, ProposalKinds kinds, WriterLock writerLock, AuditLog audit,
                     ApplicationEventPublisher events, ProposalMail mail) {
        this.records = records;
        this.kinds = kinds;
        this.writerLock = writerLock;
        this.audit = audit;
        this.events = events;
        this.mail = mail;
    }

    @Override
    @Transactional
    public Proposal send(Actor actor, String kind, String parliament, String title, String payload) {
        if (kinds.find(kind).isEmpty()) {
            throw new IllegalArgumentException("no proposal kind " + kind + " (known: "
                    + kinds.all().stream().map(k -> k.code()).toList() + ")");
        }
        if (!actor.maySubmitForParliament(parliament)) {
            throw new NotAllowedException(actor.username() + " may not propose for parliament " + parliament);
        }
        checkText(title, payload);
        writerLock.acquire("sending a proposal");
        long id = records.insert(kind, parliament, title.strip(), payload, actor.accountId(), actor.username(),
                actor.displayName(), now());
        audit.record(new AuditEntry(actor.auditName(), "proposal.sent", subject(id), origin(),
                kind + " for " + parliament + ": " + title.strip()));
        return records.find(id).orElseThrow();
    }

    @Override
    @Transactional
    public Proposal resend(Actor actor, long id, int version, String title, String payload) {
        checkText(title, payload);
        writerLock.acquire("sending proposal #" + id + " again");
        Proposal proposal = records.find(id).orElseThrow(() -> new SubmissionNotFoundException(id));
        if (proposal.submitterId() != actor.accountId()) {
            throw visibleTo(actor, proposal) ? new NotAllowedException(actor.username()
                    + " did not send proposal #" + id + ": only its submitter may send it again")
                    : new SubmissionNotFoundException(id);
        }
        if (!actor.maySubmitForParliament(proposal.parliament())) {
            throw new NotAllowedException(actor.username() + " may no longer propose for parliament "
                    + proposal.parliament());
        }
        requireState(proposal, ProposalState.RETURNED, "only a returned proposal can be sent again");
        requireVersion(proposal, version);
        records.resend(id, version, title.strip(), payload, now());
        audit.record(new AuditEntry(actor.auditName(), "proposal.resent", subject(id), origin(),
                proposal.kind() + " for " + proposal.parliament() + ": " + title.strip()));
        return records.find(id).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Proposal> find(Actor actor, long id) {
        return records.find(id).filter(p -> visibleTo(actor, p));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Proposal> mine(Actor actor, String kind) {
        return records.bySubmitter(actor.accountId(), kind);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Proposal> queue(Actor actor, String kind) {
        requireReviewer(actor);
        return records.byState(ProposalState.SENT, kind);
    }

    @Override
    @Transactional(rollbackFor = Throwable.class)
    public Proposal approve(Actor actor, long id, int version, Function<Proposal, String> apply) {
        requireReviewer(actor);
        writerLock.acquire("approving proposal #" + id);
        Proposal proposal = sent(id, version);
        String result = apply.apply(proposal);
        if (result == null || !result.startsWith("/")) {
            throw new IllegalStateException("the " + proposal.kind() + " module returned " + result
                    + " for proposal #" + id + ": a site path starting with / was expected");
        }
        decide(proposal, ProposalState.APPROVED, actor, "", Optional.of(result));
        audit.record(new AuditEntry(actor.auditName(), "proposal.approved", subject(id), origin(),
                proposal.kind() + " for " + proposal.parliament() + ": " + proposal.title() + " → " + result));
        return mailed(id);
    }

    @Override
    @Transactional
    public Proposal sendBack(Actor actor, long id, int version, String comment) {
        return decideWithComment(actor, id, version, comment, ProposalState.RETURNED, "proposal.returned");
    }

    @Override
    @Transactional
    public Proposal reject(Actor actor, long id, int version, String comment) {
        return decideWithComment(actor, id, version, comment, ProposalState.REJECTED, "proposal.rejected");
    }

    private Proposal decideWithComment(Actor actor, long id, int version, String comment, ProposalState state,
                                       String action) {
        requireReviewer(actor);
        if (comment == null || comment.isBlank()) {
            throw new SubmissionRefusedException(List.of(Finding.error(0, "comment", "proposals.error.commentRequired")));
        }
        if (comment.strip().length() > 4000) {
            throw new SubmissionRefusedException(List.of(Finding.error(0, "comment", "proposals.error.commentTooLong",
                    4000)));
        }
        writerLock.acquire(action + " #" + id);
        Proposal proposal = sent(id, version);
        decide(proposal, state, actor, comment.strip(), Optional.empty());
        audit.record(new AuditEntry(actor.auditName(), action, subject(id), origin(),
                proposal.kind() + " for " + proposal.parliament() + ": " + comment.strip()));
        return mailed(id);
    }

    private void decide(Proposal proposal, ProposalState state, Actor actor, String comment, Optional<String> result) {
        int changed = records.review(proposal.id(), proposal.version(), state, actor.username(), comment, result, now());
        if (changed != 1) {
            throw new SubmissionStateException("proposal #" + proposal.id() + " was changed meanwhile: open it again");
        }
    }

    private Proposal mailed(long id) {
        Proposal decided = records.find(id).orElseThrow();
        events.publishEvent(mail.of(decided));
        return decided;
    }

    private Proposal sent(long id, int version) {
        Proposal proposal = records.find(id).orElseThrow(() -> new SubmissionNotFoundException(id));
        requireState(proposal, ProposalState.SENT, "there is nothing to review");
        requireVersion(proposal, version);
        return proposal;
    }

    private static void requireState(Proposal proposal, ProposalState state, String why) {
        if (proposal.state() != state) {
            throw new SubmissionStateException("proposal #" + proposal.id() + " is " + proposal.state().name()
                    .toLowerCase(java.util.Locale.ROOT) + proposal.reviewer().map(r -> " (by " + r + ")").orElse("")
                    + ": " + why);
        }
    }

    /** A stale version: someone changed the proposal since the form was made from it. */
    private static void requireVersion(Proposal proposal, int version) {
        if (proposal.version() != version) {
            throw new ProposalVersionException(proposal.id(), version, proposal.version());
        }
    }

    private static void requireReviewer(Actor actor) {
        if (!actor.mayReview()) {
            throw new NotAllowedException(actor.username() + " may not review proposals");
        }
    }

    private static boolean visibleTo(Actor actor, Proposal proposal) {
        return proposal.submitterId() == actor.accountId() || actor.mayReview()
                || actor.parliaments().contains(proposal.parliament());
    }

    private static void checkText(String title, String payload) {
        if (title == null || title.isBlank()) {
            throw new SubmissionRefusedException(List.of(Finding.error(0, "title", "proposals.error.titleRequired")));
        }
        if (title.strip().length() > TITLE_LENGTH) {
            throw new SubmissionRefusedException(List.of(Finding.error(0, "title", "proposals.error.titleTooLong",
                    TITLE_LENGTH)));
        }
        if (payload == null || payload.isBlank()) {
            throw new SubmissionRefusedException(List.of(Finding.error(0, "payload", "proposals.error.payloadRequired")));
        }
    }

    private static String subject(long id) {
        return "proposal:" + id;
    }

    private static String origin() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : "cli";
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
