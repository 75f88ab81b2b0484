package org.plenum.exchange.parline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.plenum.exchange.RejectedRow;
import org.plenum.registry.EntityDeclaration;
import org.plenum.registry.EntityRef;
import org.plenum.registry.FactAssertion;

/**
 * What a harvest has read so far: entities, facts, rejected records and values, and the names Plenum does not know
 * (counted per collection and name). Two different values for the same entity, field and start of valid time are
 * never both kept: the second is rejected with the place of the first, so the batch can be written.
 */
final class HarvestedData {

    private record FactKey(EntityRef entity, String field, Optional<LocalDate> from) {
    }

    private final Map<EntityRef, EntityDeclaration> entities = new LinkedHashMap<>();
    private final Map<FactKey, FactAssertion> facts = new LinkedHashMap<>();
    private final List<RejectedRow> rejected = new ArrayList<>();
    private final Map<String, Integer> unknownNames = new TreeMap<>();
    private final Map<String, Integer> computedNames = new TreeMap<>();
    private int records;
    private HarvestedData seatsPerParties;

    /**
     * The election results read from elections' {@code seats_per_parties}, kept apart until the harvest knows whether
     * the source also serves an {@code /election_results} collection (then that one is read instead).
     */
    HarvestedData seatsPerParties() {
        if (seatsPerParties == null) {
            seatsPerParties = new HarvestedData();
        }
        return seatsPerParties;
    }

    /** The number of entries read from {@code seats_per_parties} and kept apart, then empties the buffer. */
    int discardSeatsPerParties() {
        int entries = seatsPerParties == null ? 0 : seatsPerParties.entities.size() + seatsPerParties.rejected.size();
        seatsPerParties = null;
        return entries;
    }

    /** Adds what was read from {@code seats_per_parties} (the source has no election results collection). */
    int keepSeatsPerParties() {
        if (seatsPerParties == null) {
            return 0;
        }
        HarvestedData kept = seatsPerParties;
        seatsPerParties = null;
        kept.entities.values().forEach(this::declare);
        kept.facts.values().forEach(fact -> add(fact, new RejectedRow(fact.source(), 0, fact.field(),
                fact.entity() + ": a second, different value of " + fact.field())));
        rejected.addAll(kept.rejected);
        return kept.entities.size();
    }

    void countRecord() {
        records++;
    }

    boolean declares(EntityRef entity) {
        return entities.containsKey(entity);
    }

    void declare(EntityDeclaration declaration) {
        entities.putIfAbsent(declaration.entity(), declaration);
    }

    /** Adds the fact, unless one with another value was read for the same entity, field and start. */
    void add(FactAssertion fact, RejectedRow ifConflicting) {
        FactKey key = new FactKey(fact.entity(), fact.field(), fact.validTime().from());
        FactAssertion earlier = facts.putIfAbsent(key, fact);
        if (earlier != null && !(earlier.value().equals(fact.value()) && earlier.annotation().equals(fact.annotation())
                && earlier.validTime().equals(fact.validTime()))) {
            rejected.add(new RejectedRow(ifConflicting.file(), ifConflicting.row(), ifConflicting.column(),
                    ifConflicting.reason() + " (first read at " + earlier.source() + ")"));
        }
    }

    void reject(RejectedRow row) {
        rejected.add(row);
    }

    void countUnknown(String resource, String name) {
        unknownNames.merge(resource + "." + name, 1, Integer::sum);
    }

    void countComputed(String resource, String name) {
        computedNames.merge(resource + "." + name, 1, Integer::sum);
    }

    int records() {
        return records;
    }

    List<EntityDeclaration> entities() {
        return List.copyOf(entities.values());
    }

    List<FactAssertion> facts() {
        return List.copyOf(facts.values());
    }

    List<RejectedRow> rejected() {
        return List.copyOf(rejected);
    }

    /** {@code collection.name} → number of records that carry it, for names that are not fields of Plenum's catalogue. */
    Map<String, Integer> unknownNames() {
        return java.util.Collections.unmodifiableMap(new TreeMap<>(unknownNames));
    }

    Map<String, Integer> computedNames() {
        return java.util.Collections.unmodifiableMap(new TreeMap<>(computedNames));
    }
}
