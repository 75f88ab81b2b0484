package org.plenum.stewardship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.plenum.accounts.Actor;
import org.plenum.accounts.Role;
import org.plenum.audit.AuditEntry;
import org.plenum.audit.AuditQuery;
import org.plenum.audit.AuditRecord;
import org.plenum.audit.AuditTrail;
import org.plenum.notifications.MailRequested;
import org.plenum.registry.EntityRecord;
import org.plenum.registry.EntityRef;
import org.plenum.registry.FactValue;
import org.plenum.registry.PublishedRegistry;
import org.plenum.registry.StoredFact;
import org.plenum.registry.TimedValue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The workflow on the whole application with the bundled dataset on H2: drafts, checks, sending, approval into
 * facts (all or some items), return and rejection, conflicts between editors, idempotent creation, who may do what.
 * Each test takes a chamber of its own among real chambers of the bundled dataset (e.g. Rwanda's, 80 members and
 * 51 women in the November 2025 ranking).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RecordApplicationEvents
class StewardshipTest {

    /** Each test works on its own chamber, so that one test's approvals are not another's history. */
    String chamber = "RW-LC01";
    static final String ORIGIN = "127.0.0.1";
    static final Actor CORRESPONDENT = new Actor(901, "clerk@parliament.gov.rw", "Aline Uwase", Role.CORRESPONDENT,
            Set.of("RW", "SE", "FI", "IS", "NO", "MX", "CU", "AD", "NI"), Set.of());
    static final Actor OTHER_CORRESPONDENT = new Actor(902, "clerk@parliament.nz", "Tama Ngata", Role.CORRESPONDENT,
            Set.of("NZ"), Set.of());
    static final Actor EDITOR = new Actor(903, "editor@ipu.org", "Eva Editor", Role.EDITOR, Set.of(), Set.of());
    static final Actor SECOND_EDITOR = new Actor(904, "second@ipu.org", "Sam Second", Role.EDITOR, Set.of(), Set.of());
    static final SourceReference GAZETTE = new SourceReference("Official Gazette no. 45", "https://www.parliament.gov.rw/",
            "OG 45 of 2026-11-23");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry properties) throws IOException {
        properties.add("PLENUM_DATA_DIR", () -> createTemp());
    }

    private static String createTemp() {
        try {
            return Files.createTempDirectory("plenum-stewardship").toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Autowired
    Stewardship stewardship;
    @Autowired
    PublishedRegistry registry;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    long published(String field) {
        EntityRecord record = registry.refresh().get(EntityRef.chamber(chamber)).orElseThrow();
        return Long.parseLong(((FactValue.Present) record.latest(field, EntityRecord.LATEST).orElseThrow().value()).value());
    }

    ItemDraft women(LocalDate from, long value) {
        return ItemDraft.chamber(chamber, "current_women_number", from, Long.toString(value), GAZETTE, "");
    }

    @Test
    void aByElectionWomenFigureIsCheckedSentApprovedAndPublishedWithItsSource() {
        long women = published("current_women_number");
        long members = published("current_members_number");
        LocalDate byElection = LocalDate.of(2026, 11, 20);
        long count = jdbc.queryForObject("select count(*) from publication", Long.class);

        Submission draft = stewardship.saveDraft(CORRESPONDENT, ORIGIN, OptionalLong.empty(), 0, chamber,
                List.of(women(byElection, members + 1)));
        assertThat(draft.state()).isEqualTo(SubmissionState.DRAFT);
        assertThat(draft.items().get(0).baseValue()).contains(Long.toString(women));

        // More women than members: refused, the finding names the field.
        assertThatThrownBy(() -> stewardship.submit(CORRESPONDENT, ORIGIN, draft.id(), draft.version()))
                .isInstanceOfSatisfying(SubmissionRefusedException.class, e -> assertThat(e.findings())
                        .anySatisfy(f -> {
                            assertThat(f.field()).isEqualTo("current_women_number");
                            assertThat(f.code()).isEqualTo("stewardship.check.women-over-members");
                            assertThat(f.position()).isEqualTo(1);
                        }));

        Submission fixed = stewardship.saveDraft(CORRESPONDENT, ORIGIN, OptionalLong.of(draft.id()), draft.version(),
                chamber, List.of(women(byElection, women + 1)));
        Submission sent = stewardship.submit(CORRESPONDENT, ORIGIN, fixed.id(), fixed.version());
        assertThat(sent.state()).isEqualTo(SubmissionState.SUBMITTED);
        assertThat(stewardship.queue(EDITOR)).extracting(Submission::id).contains(sent.id());
        Instant beforeApproval = Instant.now();

        Submission approved = stewardship.approve(EDITOR, ORIGIN, sent.id(), sent.version(), List.of(1), "Thank you", false);
        assertThat(approved.state()).isEqualTo(SubmissionState.APPROVED);
        assertThat(approved.publication()).isPresent();
        assertThat(jdbc.queryForObject("select count(*) from publication", Long.class)).isEqualTo(count + 1);

        EntityRecord record = registry.refresh().get(EntityRef.chamber(chamber)).orElseThrow();
        TimedValue now = record.valueAt("current_women_number", byElection, EntityRecord.LATEST).orElseThrow();
        assertThat(now.value()).isEqualTo(FactValue.of(women + 1));
        assertThat(now.source()).contains("submission #" + sent.id(), "Aline Uwase", "approved by Eva Editor",
                "Official Gazette no. 45");
        // What had been published before the approval still answers known_at.
        assertThat(record.valueAt("current_women_number", byElection, beforeApproval).orElseThrow().value())
                .isEqualTo(FactValue.of(women));
        StoredFact written = record.facts("current_women_number").stream()
                .filter(f -> f.source().contains("submission #" + sent.id())).findFirst().orElseThrow();
        assertThat(written.recordedAt()).isAfter(beforeApproval);
        assertThat(written.validFrom()).contains(byElection);

        assertThat(audit.find(AuditQuery.all()).stream().map(AuditRecord::entry).toList())
                .extracting(AuditEntry::action, AuditEntry::subject, AuditEntry::actor).contains(
                org.assertj.core.groups.Tuple.tuple("submission.submitted", "submission:" + sent.id(), CORRESPONDENT.username()),
                org.assertj.core.groups.Tuple.tuple("submission.approved", "submission:" + sent.id(), EDITOR.username()));
        assertThat(events.stream(MailRequested.class)).anySatisfy(mail -> {
            assertThat(mail.to()).isEqualTo(CORRESPONDENT.username());
            assertThat(mail.reason()).isEqualTo("review-result");
            assertThat(mail.body()).contains("#" + sent.id(), "approved", "Thank you");
        });
        // Decided: nobody acts on it again.
        assertThatThrownBy(() -> stewardship.approve(SECOND_EDITOR, ORIGIN, sent.id(), approved.version(), List.of(1), "", false))
                .isInstanceOf(SubmissionStateException.class).hasMessageContaining("approved");
    }

    @Test
    void someItemsApprovedTheOthersNotWritten() {
        chamber = "SE-LC01";
        long members = published("current_members_number");
        LocalDate from = LocalDate.of(2026, 10, 1);
        Submission sent = send(CORRESPONDENT, List.of(
                ItemDraft.chamber(chamber, "current_members_number", from, Long.toString(members), GAZETTE, ""),
                ItemDraft.chamber(chamber, "parliamentary_term", from, "5", GAZETTE, "")));
        Submission decided = stewardship.approve(EDITOR, ORIGIN, sent.id(), sent.version(), List.of(2), "", false);
        assertThat(decided.state()).isEqualTo(SubmissionState.PARTLY_APPROVED);
        assertThat(decided.items()).extracting(SubmissionItem::decision)
                .containsExactly(ItemDecision.NOT_APPROVED, ItemDecision.APPROVED);
        EntityRecord record = registry.refresh().get(EntityRef.chamber(chamber)).orElseThrow();
        assertThat(record.facts("parliamentary_term")).anyMatch(f -> f.source().contains("submission #" + sent.id()));
        assertThat(record.facts("current_members_number")).noneMatch(f -> f.source().contains("submission #" + sent.id()));
    }

    @Test
    void returnedWithACommentEditedSentAgainThenRejected() {
        chamber = "FI-LC01";
        Submission sent = send(CORRESPONDENT, List.of(women(LocalDate.of(2026, 9, 1), published("current_women_number"))));
        assertThatThrownBy(() -> stewardship.returnToSubmitter(EDITOR, ORIGIN, sent.id(), sent.version(), " "))
                .isInstanceOf(SubmissionRefusedException.class);
        Submission returned = stewardship.returnToSubmitter(EDITOR, ORIGIN, sent.id(), sent.version(), "Which gazette?");
        assertThat(returned.state()).isEqualTo(SubmissionState.RETURNED);
        assertThat(returned.reviewComment()).isEqualTo("Which gazette?");
        assertThat(events.stream(MailRequested.class)).anySatisfy(m -> assertThat(m.body()).contains("returned", "Which gazette?"));

        Submission edited = stewardship.saveDraft(CORRESPONDENT, ORIGIN, OptionalLong.of(sent.id()), returned.version(),
                chamber, List.of(ItemDraft.chamber(chamber, "current_women_number", LocalDate.of(2026, 9, 1),
                        Long.toString(published("current_women_number")),
                        new SourceReference("Official Gazette no. 44", "", "OG 44"), "")));
        Submission again = stewardship.submit(CORRESPONDENT, ORIGIN, edited.id(), edited.version());
        // A stale form (the version before sending) is refused.
        assertThatThrownBy(() -> stewardship.reject(EDITOR, ORIGIN, again.id(), edited.version(), "no"))
                .isInstanceOf(SubmissionStateException.class).hasMessageContaining("changed since you opened it");
        Submission rejected = stewardship.reject(EDITOR, ORIGIN, again.id(), again.version(), "Duplicate of an import");
        assertThat(rejected.state()).isEqualTo(SubmissionState.REJECTED);
        assertThat(registry.refresh().get(EntityRef.chamber(chamber)).orElseThrow().facts("current_women_number"))
                .noneMatch(f -> f.source().contains("submission #" + sent.id()));
        assertThat(stewardship.mine(CORRESPONDENT)).extracting(Submission::id).contains(sent.id());
    }

    @Test
    void theSecondEditorSeesTheConflictAndLosesNothing() {
        chamber = "IS-LC01";
        LocalDate from = LocalDate.of(2026, 8, 3);
        long women = published("current_women_number");
        Submission first = send(CORRESPONDENT, List.of(women(from, women + 2)));
        Submission second = send(EDITOR, List.of(women(from, women - 1)));

        stewardship.approve(EDITOR, ORIGIN, first.id(), first.version(), List.of(1), "", false);
        assertThatThrownBy(() -> stewardship.approve(SECOND_EDITOR, ORIGIN, second.id(), second.version(), List.of(1), "", false))
                .isInstanceOfSatisfying(SubmissionConflictException.class, e -> {
                    assertThat(e.conflicts()).hasSize(1);
                    Conflict conflict = e.conflicts().get(0);
                    assertThat(conflict.value()).isEqualTo(Long.toString(women + 2));
                    assertThat(conflict.source()).contains("submission #" + first.id(), "approved by Eva Editor");
                    assertThat(conflict.basedOn()).isPresent();
                });
        assertThat(stewardship.get(SECOND_EDITOR, second.id()).state()).isEqualTo(SubmissionState.SUBMITTED);
        assertThat(stewardship.conflicts(stewardship.get(SECOND_EDITOR, second.id()))).hasSize(1);

        // The second editor saw it and approves all the same: a new fact; the first value stays in the history.
        Submission replaced = stewardship.approve(SECOND_EDITOR, ORIGIN, second.id(), second.version(), List.of(1), "", true);
        assertThat(replaced.items().get(0).decisionNote()).contains("replaced " + (women + 2));
        EntityRecord record = registry.refresh().get(EntityRef.chamber(chamber)).orElseThrow();
        List<StoredFact> facts = record.facts("current_women_number").stream()
                .filter(f -> f.validFrom().equals(Optional.of(from))).toList();
        assertThat(facts).extracting(StoredFact::value)
                .containsExactlyInAnyOrder(FactValue.of(women + 2), FactValue.of(women - 1));
        assertThat(facts).filteredOn(f -> f.value().equals(FactValue.of(women + 2))).allMatch(f -> f.supersededAt().isPresent());
    }

    @Test
    void twoEditorsApprovingConflictingSubmissionsAtOnceOneWinsTheOtherSeesTheConflict() throws Exception {
        chamber = "NO-LC01";
        LocalDate from = LocalDate.of(2026, 7, 6);
        long women = published("current_women_number");
        Submission a = send(CORRESPONDENT, List.of(women(from, women + 3)));
        Submission b = send(CORRESPONDENT, List.of(women(from, women + 4)));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Object>> approvals = List.of(
                    () -> { start.await(); return stewardship.approve(EDITOR, ORIGIN, a.id(), a.version(), List.of(1), "", false); },
                    () -> { start.await(); return stewardship.approve(SECOND_EDITOR, ORIGIN, b.id(), b.version(), List.of(1), "", false); });
            List<Future<Object>> results = new ArrayList<>();
            approvals.forEach(c -> results.add(pool.submit(c)));
            start.countDown();
            int approved = 0;
            int conflicts = 0;
            for (Future<Object> result : results) {
                try {
                    result.get();
                    approved++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(SubmissionConflictException.class);
                    conflicts++;
                }
            }
            assertThat(approved).isEqualTo(1);
            assertThat(conflicts).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from fact where entity_code = ? and field = 'current_women_number'"
                + " and valid_from = ? and superseded_at is null", Long.class, chamber, java.sql.Date.valueOf(from))).isEqualTo(1);
    }

    @Test
    void checksNameTheFieldAndAWarningNeedsANote() {
        chamber = "MX-LC01";
        long women = published("current_women_number");
        LocalDate from = LocalDate.of(2026, 11, 2);
        List<Finding> jump = stewardship.check(chamber, List.of(women(from, women / 2)));
        assertThat(jump).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
            assertThat(f.code()).isEqualTo("stewardship.check.jump");
            assertThat(f.field()).isEqualTo("current_women_number");
        });
        Submission draft = stewardship.saveDraft(CORRESPONDENT, ORIGIN, OptionalLong.empty(), 0, chamber,
                List.of(women(from, women / 2)));
        assertThatThrownBy(() -> stewardship.submit(CORRESPONDENT, ORIGIN, draft.id(), draft.version()))
                .isInstanceOf(SubmissionRefusedException.class);
        Submission confirmed = stewardship.saveDraft(CORRESPONDENT, ORIGIN, OptionalLong.of(draft.id()), draft.version(), chamber,
                List.of(ItemDraft.chamber(chamber, "current_women_number", from, Long.toString(women / 2), GAZETTE,
                        "Half of the women members were appointed ministers")));
        assertThat(stewardship.submit(CORRESPONDENT, ORIGIN, confirmed.id(), confirmed.version()).state())
                .isEqualTo(SubmissionState.SUBMITTED);

        assertThat(stewardship.check(chamber, List.of(
                ItemDraft.chamber(chamber, "electoral_system", from, "lottery", GAZETTE, ""),
                ItemDraft.chamber(chamber, "current_members_number", LocalDate.now().plusYears(2), "80", SourceReference.none(), ""),
                ItemDraft.chamber(chamber, "current_women_percent", from, "60", GAZETTE, ""))))
                .extracting(Finding::position, Finding::field, Finding::code)
                .contains(org.assertj.core.groups.Tuple.tuple(1, "electoral_system", "stewardship.check.term"),
                        org.assertj.core.groups.Tuple.tuple(2, "valid_from", "stewardship.check.date-future"),
                        org.assertj.core.groups.Tuple.tuple(2, "source_title", "stewardship.check.source-required"),
                        org.assertj.core.groups.Tuple.tuple(3, "current_women_percent", "stewardship.check.unknown-field"));
    }

    @Test
    void anElectionsPartySeatsAddUpToTheSeatsAtStake() {
        chamber = "CU-LC01";
        EntityRef election = new EntityRef(org.plenum.registry.EntityType.ELECTION, chamber + "-E20260915");
        String party = registry.current().all(org.plenum.registry.EntityType.POLITICAL_PARTY).stream()
                .map(EntityRecord::code).findFirst().orElseThrow();
        List<ItemDraft> items = List.of(
                new ItemDraft(election, Optional.of(EntityRef.chamber(chamber)), "election_date", Optional.empty(), "2026-09-15", GAZETTE, ""),
                new ItemDraft(election, Optional.of(EntityRef.chamber(chamber)), "seats_total", Optional.empty(), "53", GAZETTE, ""),
                new ItemDraft(election, Optional.of(EntityRef.chamber(chamber)), "women_elected_number", Optional.empty(), "60", GAZETTE, ""),
                new ItemDraft(new EntityRef(org.plenum.registry.EntityType.ELECTION_RESULT, election.code() + "-" + party),
                        Optional.of(election), "seats", Optional.empty(), "50", GAZETTE, ""));
        assertThat(stewardship.check(chamber, items)).extracting(Finding::field, Finding::code).contains(
                org.assertj.core.groups.Tuple.tuple("seats_total", "stewardship.check.party-seats-sum"),
                org.assertj.core.groups.Tuple.tuple("women_elected_number", "stewardship.check.women-over-seats"));
    }

    @Test
    void nobodyActsOutsideTheirChambersOrRole() {
        chamber = "AD-LC01";
        assertThatThrownBy(() -> stewardship.saveDraft(OTHER_CORRESPONDENT, ORIGIN, OptionalLong.empty(), 0, chamber,
                List.of(women(LocalDate.of(2026, 11, 1), 10)))).isInstanceOf(NotAllowedException.class);
        Submission sent = send(CORRESPONDENT, List.of(women(LocalDate.of(2026, 6, 1), published("current_women_number"))));
        assertThatThrownBy(() -> stewardship.approve(CORRESPONDENT, ORIGIN, sent.id(), sent.version(), List.of(1), "", false))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> stewardship.get(OTHER_CORRESPONDENT, sent.id())).isInstanceOf(SubmissionNotFoundException.class);
        assertThatThrownBy(() -> stewardship.queue(CORRESPONDENT)).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void aRetriedRequestWithTheSameKeyMakesNoSecondSubmission() {
        chamber = "NI-LC01";
        String key = java.util.UUID.randomUUID().toString();
        List<ItemDraft> items = List.of(women(LocalDate.of(2026, 5, 4), published("current_women_number")));
        Created first = stewardship.create(CORRESPONDENT, ORIGIN, chamber, items, true, Optional.of(key), "digest-a");
        Created again = stewardship.create(CORRESPONDENT, ORIGIN, chamber, items, true, Optional.of(key), "digest-a");
        assertThat(first.replayed()).isFalse();
        assertThat(again.replayed()).isTrue();
        assertThat(again.submission().id()).isEqualTo(first.submission().id());
        assertThat(jdbc.queryForObject("select count(*) from submission where idempotency_key = ?", Long.class, key)).isEqualTo(1);
        assertThatThrownBy(() -> stewardship.create(CORRESPONDENT, ORIGIN, chamber, items, true, Optional.of(key), "digest-b"))
                .isInstanceOf(IdempotencyKeyReusedException.class);
    }

    private Submission send(Actor actor, List<ItemDraft> items) {
        Submission draft = stewardship.saveDraft(actor, ORIGIN, OptionalLong.empty(), 0, chamber, items);
        return stewardship.submit(actor, ORIGIN, draft.id(), draft.version());
    }
}
