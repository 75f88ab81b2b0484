package org.plenum.stats.sdg;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.plenum.registry.EntityRecord;
import org.plenum.registry.FactValue;
import org.plenum.registry.Snapshot;
import org.plenum.registry.StoredFact;
import org.plenum.registry.TimedValue;

/** Reads the registry as it was on one reference date ({@code asOf}), as published at {@code knownAt}. */
record RegistryAtDate(Snapshot snapshot, LocalDate asOf, Instant knownAt) {

    Optional<TimedValue> value(EntityRecord entity, String field) {
        return entity.valueAt(field, asOf, knownAt);
    }

    /** The field's value on the date when it is present (not a documented absence). */
    Optional<String> present(EntityRecord entity, String field) {
        return value(entity, field).map(TimedValue::value)
                .filter(FactValue.Present.class::isInstance)
                .map(v -> ((FactValue.Present) v).value());
    }

    boolean isTrue(EntityRecord entity, String field) {
        return present(entity, field).map("true"::equals).orElse(false);
    }

    /**
     * When the value true on the date was last stated: the start of the latest fact of the field that began on or
     * before the date. Unlike the start of the field's step, which merges repeated values, this shows that a later
     * source confirmed an unchanged figure.
     */
    Optional<LocalDate> statedOn(EntityRecord entity, String field) {
        Optional<LocalDate> latest = Optional.empty();
        for (StoredFact fact : entity.facts(field)) {
            if (!fact.knownAt(knownAt) || fact.validFrom().isEmpty() || fact.validFrom().get().isAfter(asOf)) {
                continue;
            }
            if (latest.isEmpty() || fact.validFrom().get().isAfter(latest.get())) {
                latest = fact.validFrom();
            }
        }
        return latest;
    }

    /** The parent of an entity, as published at {@code knownAt}. */
    Optional<EntityRecord> parent(EntityRecord entity) {
        return entity.parent().flatMap(snapshot::get).filter(p -> p.knownAt(knownAt));
    }
}
