package org.plenum.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * SDG series for one year, computed from one snapshot of the registry.
 *
 * @param referenceDate the day the values describe (1 January from 2020; see {@link SdgIndicators})
 * @param observations  by series (in the order of {@code series}), then countries by code, IPU regions, the world
 * @param publication   the registry publication the values were computed from
 * @param knownAt       the record time asked for, when the report shows what had been published then
 * @param notes         what applies to the whole report (e.g. countries left out, and why)
 */
public record SdgReport(int year, LocalDate referenceDate, List<SdgSeries> series, List<SdgObservation> observations,
                        long publication, Instant publishedAt, Optional<Instant> knownAt,
                        List<String> notes) {

    public SdgReport {
        Objects.requireNonNull(referenceDate, "referenceDate");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(knownAt, "knownAt");
        series = List.copyOf(series);
        observations = List.copyOf(observations);
        notes = List.copyOf(notes);
    }
}
