package org.plenum.stewardship;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.plenum.accounts.Actor;
import org.plenum.audit.AuditEntry;
import org.plenum.audit.AuditLog;
import org.plenum.notifications.MailRequested;
import org.plenum.registry.BatchResult;
import org.plenum.registry.EntityDeclaration;
import org.plenum.registry.FactAssertion;
import org.plenum.registry.FactBatch;
import org.plenum.registry.FactStore;
import org.plenum.registry.FactValue;
import org.plenum.registry.FieldCatalogue;
import org.plenum.registry.PublishedRegistry;
import org.plenum.registry.ValidTime;
import org.plenum.registry.WriterLock;
import org.plenum.stewardship.internal.PublishedFact;
import org.plenum.stewardship.internal.SubmissionChecks;
import org.plenum.stewardship.internal.SubmissionRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stewardship workflow (decision 0044): drafts, sending, review, approval into facts. Every write takes the
 * writer lock first (decision 0020), then reads what it decides on, so two nodes approving at the same moment act one
 * after the other and the second sees what the first wrote. Each write and its audit entry commit together; an
 * approval's facts, the submission's new state, the audit entries and the e-mail to the submitter commit in one
 * transaction, or nothing does. Who may do what is checked here, on the {@link Actor}, not only at the address.
 */
@Service
public class Stewardship {

    private final SubmissionRecords records;
    private final PublishedRegistry registry;
    private final FieldCatalogue catalogue;
    private final FactStore facts;
    private final WriterLock writerLock;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final ReviewResultMail reviewResultMail;
    private final Clock clock;

    @Autowired
    Stewardship(SubmissionRecords records, PublishedRegistry registry, FieldCatalogue catalogue, FactStore facts,
                WriterLock writerLock, AuditLog audit, ApplicationEventPublisher events, ReviewResultMail reviewResultMail) {
        this(records, registry, catalogue, facts, writerLock, audit, events, reviewResultMail, Clock.systemUTC());
    }

    Stewardship(SubmissionRecords records, PublishedRegistry registry, FieldCatalogue catalogue, FactStore facts,
                WriterLock writerLock, AuditLog audit, ApplicationEventPublisher events, ReviewResultMail reviewResultMail,
                Clock clock) {
        this.records = records;
        this.registry = registry;
        this.catalogue = catalogue;
        this.facts = facts;
        this.writerLock = writerLock;
        this.audit = audit;
        this.events = events;
        this.reviewResultMail = reviewResultMail;
        this.clock = clock;
    }

    // ---- reading ----

    /** A submission its submitter, or an editor, may see. */
    @Transactional(readOnly = true)
    public Submission get(Actor actor, long id) {
        Submission submission = records.find(id).orElseThrow(() -> new SubmissionNotFoundException(id));
        if (submission.submitterId() != actor.accountId() && !actor.mayReview()) {
            throw new SubmissionNotFoundException(id);
        }
        return submission;
    }

    /** The actor's own submissions, newest first. */
    @Transactional(readOnly = true)
    public List<Submission> mine(Actor actor) {
        return records.bySubmitter(actor.accountId());
    }

    /** The review queue: submissions sent and not yet decided, oldest first. Editors only. */
    @Transactional(readOnly = true)
    public List<Submission> queue(Actor actor) {
        requireReviewer(actor);
        return records.byStates(EnumSet.of(SubmissionState.SUBMITTED));
    }

    /** Every submission for a chamber, newest first (editors, and correspondents bound to the chamber). */
    @Transactional(readOnly = true)
    public List<Submission> forChamber(Actor actor, String chamber) {
        requireChamber(actor, chamber);
        return records.byChamber(chamber);
    }

    /** When each chamber last had a submission approved (chamber code → time). */
    @Transactional(readOnly = true)
    public Map<String, Instant> lastApprovals() {
        return records.lastApprovals();
    }

    /** The checks' findings for these items of a submission for the chamber, against the published data. */
    public List<Finding> check(String chamber, List<ItemDraft> items) {
        return new SubmissionChecks(registry.current(), catalogue, LocalDate.now(clock)).check(chamber, items);
    }

    /**
     * The items of a sent submission that conflict with values published since they were based on them, as the
     * database holds them now (the review page shows them before the editor approves).
     */
    @Transactional(readOnly = true)
    public List<Conflict> conflicts(Submission submission) {
        return conflicts(submission, submission.items().stream().map(SubmissionItem::position).toList());
    }

    // ---- the correspondent ----

    /**
     * Saves a draft: a new one ({@code id} empty), or the items of an editable one of the actor's, replacing its items
     * ({@code version} must be the one the form was made from). Checks are not applied to a draft.
     */
    @Transactional
    public Submission saveDraft(Actor actor, String origin, OptionalLong id, int version, String chamber,
                                List<ItemDraft> items) {
        requireChamber(actor, chamber);
        writerLock.acquire("saving a submission");
        Instant now = now();
        long number;
        if (id.isEmpty()) {
            number = records.insert(chamber, actor.accountId(), actor.username(), actor.displayName(), SubmissionState.DRAFT,
                    now, Optional.empty(), Optional.empty());
        } else {
            Submission existing = editable(actor, id.getAsLong(), version);
            if (!existing.chamber().equals(chamber)) {
                throw new SubmissionStateException("submission #" + existing.id() + " is for " + existing.chamber() + ", not " + chamber);
            }
            number = existing.id();
            records.updateState(number, existing.state(), now);
        }
        records.replaceItems(number, based(items));
        audit.record(new AuditEntry(actor.username(), "submission.saved", "submission:" + number, origin,
                chamber + ": " + fieldList(items)));
        return records.find(number).orElseThrow();
    }

    /**
     * Sends an editable submission for review: refused with the findings when a check finds an error, or a warning
     * on an item without the correspondent's note. The published values the items are based on are taken again now.
     */
    @Transactional
    public Submission submit(Actor actor, String origin, long id, int version) {
        writerLock.acquire("sending submission #" + id);
        Submission submission = editable(actor, id, version);
        List<Finding> blocking = blocking(submission.chamber(), submission.drafts());
        if (!blocking.isEmpty()) {
            throw new SubmissionRefusedException(blocking);
        }
        records.replaceItems(id, based(submission.drafts()));
        records.updateState(id, SubmissionState.SUBMITTED, now());
        audit.record(new AuditEntry(actor.username(), "submission.submitted", "submission:" + id, origin,
                submission.chamber() + ": " + fieldList(submission.drafts())));
        return records.find(id).orElseThrow();
    }

    /**
     * A submission made at once (the API): saved and, when {@code send}, sent, or refused whole. With an
     * idempotency key, a request repeated with the same key and the same content returns the first answer and makes
     * nothing new; the same key with another content is refused.
     *
     * @param digest a digest of the request's content, compared with the first request's
     */
    @Transactional
    public Created create(Actor actor, String origin, String chamber, List<ItemDraft> items, boolean send,
                          Optional<String> idempotencyKey, String digest) {
        requireChamber(actor, chamber);
        writerLock.acquire("a submission through the API");
        if (idempotencyKey.isPresent()) {
            Optional<Map.Entry<Long, String>> earlier = records.byIdempotencyKey(actor.accountId(), idempotencyKey.get());
            if (earlier.isPresent()) {
                if (!Objects.equals(earlier.get().getValue(), digest)) {
                    throw new IdempotencyKeyReusedException(idempotencyKey.get(), earlier.get().getKey());
                }
                return new Created(records.find(earlier.get().getKey()).orElseThrow(), true);
            }
        }
        List<Finding> blocking = send ? blocking(chamber, items) : check(chamber, items).stream()
                .filter(f -> f.position() == 0 && f.error()).toList();
        if (!blocking.isEmpty()) {
            throw new SubmissionRefusedException(blocking);
        }
        SubmissionState state = send ? SubmissionState.SUBMITTED : SubmissionState.DRAFT;
        long number = records.insert(chamber, actor.accountId(), actor.username(), actor.displayName(), state, now(),
                idempotencyKey, idempotencyKey.map(k -> digest));
        records.replaceItems(number, based(items));
        audit.record(new AuditEntry(actor.username(), send ? "submission.submitted" : "submission.saved",
                "submission:" + number, origin, chamber + ": " + fieldList(items) + " (API)"));
        return new Created(records.find(number).orElseThrow(), false);
    }

    // ---- the editor ----

    /**
     * Approves some or all items of a sent submission: writes them as facts (record time: now; source: the
     * submission, its submitter and approver, and the stated source) through the fact store, which publishes; marks
     * the others not approved; records the decision, the audit entry and the e-mail to the submitter; all in one
     * transaction. Refused with the conflicts, writing nothing, when an approved item's field was published anew for
     * its date since the item was based on it, unless {@code replaceConflicting} (the editor saw the conflicts): the
     * values published meanwhile stay in the history, superseded.
     *
     * @param positions the items to approve; the others are not approved
     */
    @Transactional
    public Submission approve(Actor actor, String origin, long id, int version, Collection<Integer> positions,
                              String comment, boolean replaceConflicting) {
        requireReviewer(actor);
        writerLock.acquire("approving submission #" + id);
        Submission submission = sent(id, version);
        Set<Integer> chosen = new LinkedHashSet<>(positions);
        Set<Integer> known = submission.items().stream().map(SubmissionItem::position).collect(Collectors.toSet());
        if (chosen.isEmpty() || !known.containsAll(chosen)) {
            throw new SubmissionStateException("choose one or more of the items " + known + " of submission #" + id
                    + " to approve (asked: " + chosen + ")");
        }
        List<Finding> errors = check(submission.chamber(), submission.items().stream()
                .filter(i -> chosen.contains(i.position())).map(SubmissionItem::draft).toList())
                .stream().filter(Finding::error).toList();
        if (!errors.isEmpty()) {
            throw new SubmissionRefusedException(errors);
        }
        List<Conflict> conflicts = conflicts(submission, chosen);
        if (!conflicts.isEmpty() && !replaceConflicting) {
            throw new SubmissionConflictException(id, conflicts);
        }
        List<EntityDeclaration> entities = new ArrayList<>();
        List<FactAssertion> assertions = new ArrayList<>();
        for (SubmissionItem item : submission.items()) {
            if (!chosen.contains(item.position())) {
                continue;
            }
            ItemDraft d = item.draft();
            d.parent().ifPresent(parent -> entities.add(EntityDeclaration.of(d.entity(), parent)));
            ValidTime time = d.validFrom().map(ValidTime::from).orElse(ValidTime.always());
            assertions.add(new FactAssertion(d.entity(), d.field(), time, FactValue.of(d.value()), "",
                    factSource(submission, actor, d.source())));
        }
        BatchResult result = facts.apply(new FactBatch("submission #" + id + " for " + submission.chamber() + " by "
                + submission.submitterName() + ", approved by " + actor.displayName(), entities, assertions));
        if (!result.rejected().isEmpty()) {
            // The checks above should have refused it: write nothing (the transaction rolls back).
            throw new SubmissionRefusedException(result.rejected().stream()
                    .map(r -> Finding.error(0, "items", "stewardship.check.refused-by-registry", r)).toList());
        }
        boolean all = chosen.size() == submission.items().size();
        for (SubmissionItem item : submission.items()) {
            boolean approved = chosen.contains(item.position());
            Optional<Conflict> conflict = conflicts.stream().filter(c -> c.position() == item.position()).findFirst();
            records.decide(id, item.position(), approved ? ItemDecision.APPROVED : ItemDecision.NOT_APPROVED,
                    conflict.map(c -> "replaced " + c.value() + " (" + c.source() + ")").orElse(""));
        }
        SubmissionState state = all ? SubmissionState.APPROVED : SubmissionState.PARTLY_APPROVED;
        records.review(id, state, actor.username(), comment.strip(), result.publication(), now());
        audit.record(new AuditEntry(actor.username(), all ? "submission.approved" : "submission.partly-approved",
                "submission:" + id, origin, submission.chamber() + ": approved " + chosen + " of " + known.size()
                + " item(s)" + (conflicts.isEmpty() ? "" : ", replacing " + conflicts.size() + " value(s) published meanwhile")
                + result.publication().stream().mapToObj(p -> ", publication " + p).findFirst().orElse("")
                + (comment.isBlank() ? "" : "; comment: " + comment.strip())));
        Submission decided = records.find(id).orElseThrow();
        mail(decided);
        return decided;
    }

    /** Sends a sent submission back to its submitter with a comment (required): editable again, then sent again. */
    @Transactional
    public Submission returnToSubmitter(Actor actor, String origin, long id, int version, String comment) {
        return decide(actor, origin, id, version, comment, SubmissionState.RETURNED, "submission.returned");
    }

    /** Refuses a sent submission as a whole, with a comment (required): nothing is written to the registry. */
    @Transactional
    public Submission reject(Actor actor, String origin, long id, int version, String comment) {
        return decide(actor, origin, id, version, comment, SubmissionState.REJECTED, "submission.rejected");
    }

    private Submission decide(Actor actor, String origin, long id, int version, String comment, SubmissionState state,
                              String action) {
        requireReviewer(actor);
        if (comment.isBlank()) {
            throw new SubmissionRefusedException(List.of(Finding.error(0, "comment", "stewardship.check.comment-required")));
        }
        writerLock.acquire(action + " #" + id);
        Submission submission = sent(id, version);
        for (SubmissionItem item : submission.items()) {
            records.decide(id, item.position(), ItemDecision.NOT_APPROVED, "");
        }
        records.review(id, state, actor.username(), comment.strip(), OptionalLong.empty(), now());
        audit.record(new AuditEntry(actor.username(), action, "submission:" + id, origin,
                submission.chamber() + ": " + comment.strip()));
        Submission decided = records.find(id).orElseThrow();
        mail(decided);
        return decided;
    }

    // ---- helpers ----

    private List<Finding> blocking(String chamber, List<ItemDraft> items) {
        List<Finding> all = check(chamber, items);
        return all.stream().filter(f -> f.error() || f.position() == 0
                || items.get(f.position() - 1).note().isEmpty()).toList();
    }

    /** The items with the published fact each is based on, as the database holds it now. */
    private List<SubmissionItem> based(List<ItemDraft> items) {
        List<SubmissionItem> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ItemDraft d = items.get(i);
            Optional<PublishedFact> base = records.factInEffect(d.entity(), d.field(), d.validFrom());
            out.add(new SubmissionItem(i + 1, d, base.map(f -> OptionalLong.of(f.id())).orElse(OptionalLong.empty()),
                    base.map(PublishedFact::value), ItemDecision.PENDING, ""));
        }
        return out;
    }

    private List<Conflict> conflicts(Submission submission, Collection<Integer> positions) {
        List<Conflict> conflicts = new ArrayList<>();
        for (SubmissionItem item : submission.items()) {
            if (!positions.contains(item.position())) {
                continue;
            }
            ItemDraft d = item.draft();
            Optional<PublishedFact> now = records.factInEffect(d.entity(), d.field(), d.validFrom());
            OptionalLong nowId = now.map(f -> OptionalLong.of(f.id())).orElse(OptionalLong.empty());
            if (!nowId.equals(item.baseFact()) && now.isPresent() && !now.get().value().equals(d.value())) {
                conflicts.add(new Conflict(item.position(), d.field(), item.baseValue(), now.get().value(),
                        now.get().source(), now.get().recordedAt()));
            }
        }
        return conflicts;
    }

    private Submission editable(Actor actor, long id, int version) {
        Submission submission = records.find(id).orElseThrow(() -> new SubmissionNotFoundException(id));
        if (submission.submitterId() != actor.accountId()) {
            throw new SubmissionNotFoundException(id);
        }
        requireChamber(actor, submission.chamber());
        if (!submission.state().editable()) {
            throw new SubmissionStateException("submission #" + id + " is " + submission.state().id()
                    + ": it can no longer be changed");
        }
        requireVersion(submission, version);
        return submission;
    }

    private Submission sent(long id, int version) {
        Submission submission = records.find(id).orElseThrow(() -> new SubmissionNotFoundException(id));
        if (submission.state() != SubmissionState.SUBMITTED) {
            throw new SubmissionStateException("submission #" + id + " is " + submission.state().id()
                    + submission.reviewer().map(r -> " (by " + r + ")").orElse("") + ": there is nothing to review");
        }
        requireVersion(submission, version);
        return submission;
    }

    private static void requireVersion(Submission submission, int version) {
        if (submission.version() != version) {
            throw new SubmissionStateException("submission #" + submission.id() + " was changed since you opened it"
                    + " (version " + version + ", now " + submission.version() + "): open it again");
        }
    }

    private static void requireChamber(Actor actor, String chamber) {
        if (!actor.maySubmitFor(chamber)) {
            throw new NotAllowedException(actor.username() + " may not submit for " + chamber);
        }
    }

    private static void requireReviewer(Actor actor) {
        if (!actor.mayReview()) {
            throw new NotAllowedException(actor.username() + " may not review submissions");
        }
    }

    /** The source of an approved fact: the submission, its submitter and approver, and what the submitter cited. */
    static String factSource(Submission submission, Actor approver, SourceReference source) {
        return "Plenum submission #" + submission.id() + " by " + submission.submitterName() + " (" + submission.submitter()
                + "), approved by " + approver.displayName() + (source.describe().isEmpty() ? "" : ": " + source.describe());
    }

    private void mail(Submission submission) {
        events.publishEvent(reviewResultMail.of(submission));
    }

    private static String fieldList(List<ItemDraft> items) {
        Map<String, Integer> fields = new LinkedHashMap<>();
        items.forEach(i -> fields.merge(i.field(), 1, Integer::sum));
        return fields.entrySet().stream().map(e -> e.getValue() == 1 ? e.getKey() : e.getKey() + " ×" + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
