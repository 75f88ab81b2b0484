package org.plenum.registry;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When a value was true in the world. An empty {@code from} means "since always" (used for fields
 * that do not vary, such as an ISO code); an empty {@code to} means "until the next value of the
 * same field starts", or still true when there is none.
 */
public record ValidTime(Optional<LocalDate> from, Optional<LocalDate> to) {
    public ValidTime {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new IllegalArgumentException("valid time ends (" + to.get() + ") before it starts (" + from.get() + ")");
        }
    }

    public static ValidTime always() {
        return new ValidTime(Optional.empty(), Optional.empty());
    }

    public static ValidTime from(LocalDate from) {
        return new ValidTime(Optional.of(from), Optional.empty());
    }

    public static ValidTime between(LocalDate from, LocalDate to) {
        return new ValidTime(Optional.of(from), Optional.of(to));
    }
}
