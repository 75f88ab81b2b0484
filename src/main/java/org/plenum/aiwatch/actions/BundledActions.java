package org.plenum.aiwatch.actions;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.plenum.aiwatch.PolicyAction;
import org.plenum.registry.EntityRef;
import org.plenum.registry.PublishedRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the seed's actions at start (decision 0065), once the registry is loaded (the chambers are looked up in it):
 * an action not stored yet is added with the next number of its country, in file order (IPU's file first), so a
 * fresh installation gives every action the same id; a stored one whose seed row changed is updated (its earlier
 * version kept); nothing else is written, so a restart changes nothing. The writer lock is taken only when something
 * is to be written, and what to write is decided again once it is held (processes starting together write once).
 * Chamber names the registry does not know are logged, and {@link #lastReport()} lists them.
 */
@Component
@ConditionalOnWebApplication
class BundledActions {

    private static final Logger log = LoggerFactory.getLogger(BundledActions.class);
    static final String ACTOR = "plenum:bundled";

    private final ActionStore store;
    private final ChamberNames chambers;
    private final PublishedRegistry registry;
    private final TransactionTemplate transactions;
    private final boolean enabled;
    private final Clock clock = Clock.systemUTC();
    private volatile Report lastReport = new Report(0, 0, 0, List.of());

    BundledActions(ActionStore store, ChamberNames chambers, PublishedRegistry registry,
                   TransactionTemplate transactions, @Value("${plenum.load-bundled-dataset:true}") boolean enabled) {
        this.store = store;
        this.chambers = chambers;
        this.registry = registry;
        this.transactions = transactions;
        this.enabled = enabled;
    }

    /** What a load did: actions added, updated, left as they were, and the chamber names not found. */
    record Report(int added, int updated, int unchanged, List<String> unknownChambers) {
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        if (enabled) {
            Report report = load();
            log.info("Bundled AI-policy actions: {} added, {} updated, {} unchanged", report.added(), report.updated(),
                    report.unchanged());
            report.unknownChambers().forEach(u -> log.warn("AI-policy actions: {}", u));
        }
    }

    Report lastReport() {
        return lastReport;
    }

    /** Loads the seed; returns what it did. */
    Report load() {
        registry.refresh();
        List<SeedActions.Seed> seeds = SeedActions.read(chambers,
                country -> registry.current().get(EntityRef.country(country)).isPresent());
        Map<String, List<String>> related = related(seeds);
        List<String> unknown = seeds.stream().flatMap(s -> s.unknownChambers().stream()).toList();
        Report report = plan(seeds, related, unknown, false);
        if (report.added() + report.updated() > 0) {
            report = transactions.execute(status -> plan(seeds, related, unknown, true));
        }
        lastReport = report;
        return report;
    }

    /** Compares the seed with the store; with {@code write}, under the writer lock, writes the differences. */
    private Report plan(List<SeedActions.Seed> seeds, Map<String, List<String>> related, List<String> unknown,
                        boolean write) {
        if (write) {
            store.lock("loading the bundled AI-policy actions");
        }
        Map<String, ActionRecord> stored = new LinkedHashMap<>();
        for (ActionRecord r : store.all()) {
            if (!r.seedKey().isEmpty()) {
                stored.put(r.seedKey(), r);
            }
        }
        Map<String, String> ids = new LinkedHashMap<>();
        Map<String, Integer> numbers = new LinkedHashMap<>();
        for (SeedActions.Seed seed : seeds) {
            ActionRecord existing = stored.get(seed.seedKey());
            String country = seed.draft().action().country();
            if (existing != null) {
                ids.put(seed.seedKey(), existing.id());
            } else {
                int number = numbers.computeIfAbsent(country, store::maxNumber) + 1;
                numbers.put(country, number);
                ids.put(seed.seedKey(), ActionStore.id(country, number));
            }
        }
        Instant now = clock.instant();
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        for (SeedActions.Seed seed : seeds) {
            PolicyAction a = seed.draft().action();
            String id = ids.get(seed.seedKey());
            List<String> relatedIds = related.getOrDefault(seed.seedKey(), List.of()).stream().map(ids::get).toList();
            ActionRecord existing = stored.get(seed.seedKey());
            PolicyAction action = new PolicyAction(id, a.country(), a.chambers(), a.type(), a.title(), a.titleEnglish(),
                    a.language(), a.introduced(), a.adopted(), a.inForce(), a.status(), a.statusNote(), a.summary(),
                    a.sources(), relatedIds, a.ipu(), null, null);
            ActionRecord intended = new ActionRecord(action, seed.draft().publisher(), seed.draft().chamberNames(),
                    seed.draft().origin(), seed.seedKey(), 0);
            if (existing == null) {
                added++;
                if (write) {
                    store.add(intended, ACTOR, now);
                }
            } else if (!ActionDocument.changes(existing, intended).isEmpty()) {
                updated++;
                if (write) {
                    store.update(intended, ACTOR, "the bundled seed changed: " + seed.draft().origin(), now);
                }
            } else {
                unchanged++;
            }
        }
        return new Report(added, updated, unchanged, unknown);
    }

    /** The seed key → the seed keys of its related rows ({@code action-related.csv}). */
    private static Map<String, List<String>> related(List<SeedActions.Seed> seeds) {
        Set<String> keys = new LinkedHashSet<>();
        seeds.forEach(s -> keys.add(s.seedKey()));
        Map<String, List<String>> related = new LinkedHashMap<>();
        for (SeedFiles.Row row : SeedFiles.rows("action-related.csv", List.of("file", "row", "related_file",
                "related_row", "why"))) {
            String from = row.cell("file") + " row " + row.cell("row");
            String to = row.cell("related_file") + " row " + row.cell("related_row");
            if (!keys.contains(from)) {
                throw new SeedFiles.SeedException(row.where("row") + ": " + from + " is no action of the seed");
            }
            if (!keys.contains(to)) {
                throw new SeedFiles.SeedException(row.where("related_row") + ": " + to + " is no action of the seed");
            }
            related.computeIfAbsent(from, k -> new ArrayList<>()).add(to);
        }
        return related;
    }
}
