package org.plenum.stats;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A number of members (or of women) of a chamber on a reference date: a known number; a documented absence
 * with its reason ("No information available"); or nothing recorded. IPU's tables print both absences as
 * a dash.
 */
public record Headcount(OptionalLong value, Optional<String> missingReason) {

    public Headcount {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(missingReason, "missingReason");
        if (value.isPresent() && missingReason.isPresent()) {
            throw new IllegalArgumentException("a headcount is either known or missing, not both");
        }
    }

    public static Headcount of(long value) {
        return new Headcount(OptionalLong.of(value), Optional.empty());
    }

    public static Headcount missing(String reason) {
        return new Headcount(OptionalLong.empty(), Optional.of(reason));
    }

    public static Headcount none() {
        return new Headcount(OptionalLong.empty(), Optional.empty());
    }

    public boolean known() {
        return value.isPresent();
    }

    /** Whether a value or a documented absence is recorded. */
    public boolean recorded() {
        return value.isPresent() || missingReason.isPresent();
    }
}
