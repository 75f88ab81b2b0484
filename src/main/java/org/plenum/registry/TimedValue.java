package org.plenum.registry;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One step of a field's history as seen at some record time: the value and the period it was true
 * (both ends inclusive; an empty end means "still true", an empty start "since always").
 */
public record TimedValue(Optional<LocalDate> from, Optional<LocalDate> to, FactValue value, String annotation,
                         String source) {

    public boolean covers(LocalDate date) {
        return from.map(f -> !f.isAfter(date)).orElse(true) && to.map(t -> !t.isBefore(date)).orElse(true);
    }
}
