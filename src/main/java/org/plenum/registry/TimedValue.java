package org.plenum.registry;

import java.time.LocalDate;
import java.util.List;
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

    /** The step the value was in last in {@code year}: the latest of {@code steps} whose interval overlaps the year. */
    public static Optional<TimedValue> lastIn(List<TimedValue> steps, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        TimedValue found = null;
        for (TimedValue step : steps) {
            if (step.from().map(f -> !f.isAfter(last)).orElse(true) && step.to().map(t -> !t.isBefore(first)).orElse(true)) {
                found = step;
            }
        }
        return Optional.ofNullable(found);
    }
}
