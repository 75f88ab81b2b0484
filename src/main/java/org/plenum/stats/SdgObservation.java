package org.plenum.stats;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One value of an SDG series for one area, or the statement that it cannot be computed and why.
 *
 * @param chamber       the chamber the value is about (country observations), e.g. {@code RW-LC01}
 * @param value         the value, rounded as the series is published (see the decision record); empty when missing
 * @param missingReason why there is no value; empty when there is one
 * @param components    the figures the value was computed from, in order (counts, population, shares)
 * @param notes         what a reader should know about this value (stale counts, a default eligibility age, …)
 * @param sources       the sources of the facts used, as the registry names them
 */
public record SdgObservation(SdgSeries series, SdgArea area, Optional<String> chamber, Optional<BigDecimal> value,
                             Optional<String> missingReason, List<Component> components, List<String> notes,
                             List<String> sources) {

    /** A named figure that went into a value, e.g. {@code women} 49. */
    public record Component(String name, BigDecimal value) {
        public Component {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    public SdgObservation {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(area, "area");
        if (value.isPresent() == missingReason.isPresent()) {
            throw new IllegalArgumentException("an observation has either a value or a missing reason");
        }
        components = List.copyOf(components);
        notes = List.copyOf(notes);
        sources = List.copyOf(sources);
    }

    public static SdgObservation of(SdgSeries series, SdgArea area, Optional<String> chamber, BigDecimal value,
                                    List<Component> components, List<String> notes, List<String> sources) {
        return new SdgObservation(series, area, chamber, Optional.of(value), Optional.empty(), components, notes, sources);
    }

    public static SdgObservation missing(SdgSeries series, SdgArea area, Optional<String> chamber, String reason,
                                         List<Component> components, List<String> notes, List<String> sources) {
        return new SdgObservation(series, area, chamber, Optional.empty(), Optional.of(reason), components, notes, sources);
    }

    public Optional<BigDecimal> component(String name) {
        return components.stream().filter(c -> c.name().equals(name)).map(Component::value).findFirst();
    }
}
