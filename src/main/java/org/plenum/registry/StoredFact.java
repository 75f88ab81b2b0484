package org.plenum.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A fact as recorded: its value and valid time, where it came from, when Plenum recorded it and,
 * if a correction replaced it, when.
 */
public record StoredFact(long id, String field, Optional<LocalDate> validFrom, Optional<LocalDate> validTo,
                         FactValue value, String annotation, String source, Instant recordedAt,
                         Optional<Instant> supersededAt) {

    /** Whether this fact was part of what had been published at {@code knownAt}. */
    public boolean knownAt(Instant knownAt) {
        return !recordedAt.isAfter(knownAt) && supersededAt.map(s -> s.isAfter(knownAt)).orElse(true);
    }
}
