package org.plenum.registry;

import java.util.Objects;

/**
 * The value of a fact: either a value in its canonical text form (integers and decimals as plain
 * numbers, dates as ISO 8601 - {@code 2024-07} for a month, translated text as a JSON object
 * {@code {"en":..,"fr":..}}, taxonomy terms by their id, booleans as {@code true}/{@code false}),
 * or a documented absence with its reason ("No information available", "Not applicable").
 */
public sealed interface FactValue {

    String NO_INFORMATION = "No information available";
    String NOT_APPLICABLE = "Not applicable";

    record Present(String value) implements FactValue {
        public Present {
            Objects.requireNonNull(value, "value");
        }
    }

    record Missing(String reason) implements FactValue {
        public Missing {
            Objects.requireNonNull(reason, "reason");
        }
    }

    static FactValue of(String value) {
        return new Present(value);
    }

    static FactValue of(long value) {
        return new Present(Long.toString(value));
    }

    static FactValue missing(String reason) {
        return new Missing(reason);
    }
}
