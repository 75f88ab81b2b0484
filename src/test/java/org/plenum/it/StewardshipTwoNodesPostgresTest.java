package org.plenum.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.plenum.Plenum;
import org.plenum.accounts.Actor;
import org.plenum.accounts.Role;
import org.plenum.registry.EntityRecord;
import org.plenum.registry.EntityRef;
import org.plenum.registry.FactValue;
import org.plenum.registry.PublishedRegistry;
import org.plenum.stewardship.ItemDraft;
import org.plenum.stewardship.SourceReference;
import org.plenum.stewardship.Stewardship;
import org.plenum.stewardship.Submission;
import org.plenum.stewardship.SubmissionConflictException;
import org.plenum.stewardship.SubmissionState;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two application nodes (two Spring applications, each with its own snapshot and data directory) on one PostgreSQL
 * schema; two editors approve conflicting submissions for the same chamber, field and date at the same moment, one
 * on each node (decision 0046): one approval is written, the other is refused with the conflict naming the value and
 * who approved it, and nothing is lost: when the second editor replaces it, both values are in the history, the
 * first superseded; each node's snapshot shows the same value.
 */
@PostgresOnly
class StewardshipTwoNodesPostgresTest {

    static final String CHAMBER = "RW-LC01";
    static final SourceReference SOURCE = new SourceReference("Official Gazette no. 45", "", "OG 45");

    @Test
    void conflictingApprovalsOnTwoNodesLoseNothing() throws Exception {
        PostgresTestDatabase database = PostgresTestDatabase.newSchema("plenum_st");
        try (ConfigurableApplicationContext first = node(database); ConfigurableApplicationContext second = node(database)) {
            Stewardship one = first.getBean(Stewardship.class);
            Stewardship two = second.getBean(Stewardship.class);
            Actor correspondent = new Actor(9001, "clerk@parliament.gov.rw", "Aline Uwase", Role.CORRESPONDENT, Set.of("RW"), Set.of());
            Actor editorOne = new Actor(9002, "one@ipu.org", "Editor One", Role.EDITOR, Set.of(), Set.of());
            Actor editorTwo = new Actor(9003, "two@ipu.org", "Editor Two", Role.EDITOR, Set.of(), Set.of());
            LocalDate from = LocalDate.of(2026, 10, 12);
            EntityRecord chamber = first.getBean(PublishedRegistry.class).refresh().get(EntityRef.chamber(CHAMBER)).orElseThrow();
            long women = Long.parseLong(((FactValue.Present) chamber.valueAt("current_women_number", from, EntityRecord.LATEST)
                    .orElseThrow().value()).value());

            Submission a = send(one, correspondent, from, women + 1);
            Submission b = send(two, correspondent, from, women + 2);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Object> outcomes = new ArrayList<>();
            try {
                List<Callable<Submission>> approvals = List.of(
                        () -> { start.await(); return one.approve(editorOne, "node-1", a.id(), a.version(), List.of(1), "", false); },
                        () -> { start.await(); return two.approve(editorTwo, "node-2", b.id(), b.version(), List.of(1), "", false); });
                List<Future<Submission>> futures = new ArrayList<>();
                approvals.forEach(approval -> futures.add(pool.submit(approval)));
                start.countDown();
                for (Future<Submission> future : futures) {
                    try {
                        outcomes.add(future.get());
                    } catch (ExecutionException e) {
                        outcomes.add(e.getCause());
                    }
                }
            } finally {
                pool.shutdownNow();
            }
            List<Submission> approved = outcomes.stream().filter(Submission.class::isInstance).map(Submission.class::cast).toList();
            List<SubmissionConflictException> conflicts = outcomes.stream().filter(SubmissionConflictException.class::isInstance)
                    .map(SubmissionConflictException.class::cast).toList();
            assertThat(approved).as(outcomes.toString()).hasSize(1);
            assertThat(conflicts).as(outcomes.toString()).hasSize(1);
            Submission winner = approved.get(0);
            Submission loser = winner.id() == a.id() ? b : a;
            Stewardship loserNode = winner.id() == a.id() ? two : one;
            Actor loserEditor = winner.id() == a.id() ? editorTwo : editorOne;
            String winningValue = winner.items().get(0).draft().value();
            assertThat(conflicts.get(0).conflicts()).singleElement().satisfies(c -> {
                assertThat(c.value()).isEqualTo(winningValue);
                assertThat(c.source()).contains("submission #" + winner.id(), "approved by");
            });
            assertThat(loserNode.get(loserEditor, loser.id()).state()).isEqualTo(SubmissionState.SUBMITTED);

            // The second editor saw the conflict and replaces the value: both stay in the history.
            loserNode.approve(loserEditor, "node", loser.id(), loser.version(), List.of(1), "newer gazette", true);
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            List<Map<String, Object>> facts = jdbc.queryForList("select value_text, superseded_at from fact where entity_code = ?"
                    + " and field = 'current_women_number' and valid_from = ? order by id", CHAMBER, Date.valueOf(from));
            assertThat(facts).extracting(f -> f.get("value_text")).containsExactly(winningValue, loser.items().get(0).draft().value());
            assertThat(facts.get(0).get("superseded_at")).isNotNull();
            assertThat(facts.get(1).get("superseded_at")).isNull();
            for (ConfigurableApplicationContext node : List.of(first, second)) {
                EntityRecord seen = node.getBean(PublishedRegistry.class).refresh().get(EntityRef.chamber(CHAMBER)).orElseThrow();
                assertThat(seen.valueAt("current_women_number", from, EntityRecord.LATEST).orElseThrow().value())
                        .isEqualTo(FactValue.of(loser.items().get(0).draft().value()));
            }
            assertThat(jdbc.queryForObject("select count(*) from audit_entry where action like 'submission.approved'", Long.class))
                    .isEqualTo(2);
        }
    }

    private static Submission send(Stewardship node, Actor actor, LocalDate from, long women) {
        Submission draft = node.saveDraft(actor, "test", OptionalLong.empty(), 0, CHAMBER,
                List.of(ItemDraft.chamber(CHAMBER, "current_women_number", from, Long.toString(women), SOURCE, "")));
        return node.submit(actor, "test", draft.id(), draft.version());
    }

    private static ConfigurableApplicationContext node(PostgresTestDatabase database) throws Exception {
        Map<String, Object> settings = new HashMap<>(database.settings());
        settings.put("PLENUM_DATA_DIR", Files.createTempDirectory("plenum-node").toString());
        settings.put("SERVER_PORT", "0");
        settings.put("PLENUM_BULK", "false");
        settings.put("PLENUM_PUBLICATIONS", "false");
        return new SpringApplicationBuilder(Plenum.class).properties(settings).run();
    }
}
