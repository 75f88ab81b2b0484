package org.plenum.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * SDG indicators 5.5.1(a) and 16.7.1(a) from the published registry: per country (chamber) and aggregated over IPU
 * regions and the world from raw counts. The method is in {@code docs/decisions/0008-sdg-indicators.md}.
 */
public interface SdgIndicators {

    /**
     * The series for {@code year}, as published at {@code knownAt} ({@code EntityRecord.LATEST} for everything
     * published so far); an empty {@code series} means every series that has a reference date in that year.
     *
     * @throws SdgUnavailableException when the year has no reference date for one of the series (5.5.1(a) before
     *                                 1997, 16.7.1(a) before 2020) or its reference date is still to come
     */
    SdgReport report(List<SdgSeries> series, int year, Instant knownAt);

    /** The day a series' values for {@code year} describe, when there is one. */
    Optional<LocalDate> referenceDate(SdgSeries series, int year);
}
