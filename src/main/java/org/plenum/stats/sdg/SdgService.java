package org.plenum.stats.sdg;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import org.plenum.registry.EntityRecord;
import org.plenum.registry.FieldCatalogue;
import org.plenum.registry.PublishedRegistry;
import org.plenum.registry.Snapshot;
import org.plenum.stats.SdgIndicators;
import org.plenum.stats.SdgObservation;
import org.plenum.stats.SdgReport;
import org.plenum.stats.SdgSeries;
import org.plenum.stats.SdgUnavailableException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** Computes the SDG series from the current snapshot of the registry (see {@link SdgIndicators}). */
@Service
class SdgService implements SdgIndicators {

    private final PublishedRegistry registry;
    private final FieldCatalogue catalogue;
    private final JsonMapper json;
    private final Clock clock;

    @Autowired
    SdgService(PublishedRegistry registry, FieldCatalogue catalogue, JsonMapper json) {
        this(registry, catalogue, json, Clock.systemUTC());
    }

    SdgService(PublishedRegistry registry, FieldCatalogue catalogue, JsonMapper json, Clock clock) {
        this.registry = registry;
        this.catalogue = catalogue;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Optional<LocalDate> referenceDate(SdgSeries series, int year) {
        return ReferenceDates.of(series, year);
    }

    @Override
    public SdgReport report(List<SdgSeries> series, int year, Instant knownAt) {
        Set<SdgSeries> asked = new LinkedHashSet<>(series.isEmpty() ? available(year) : series);
        LocalDate referenceDate = referenceDate(asked, year);
        Snapshot snapshot = registry.current();
        RegistryAtDate at = new RegistryAtDate(snapshot, referenceDate, knownAt);
        ChambersOnDate.Selection selection = ChambersOnDate.select(at);
        Areas areas = new Areas(at, catalogue, json);
        Representation representation = new Representation(at, areas);
        List<SdgObservation> observations = new ArrayList<>();
        for (SdgSeries s : asked) {
            observations.addAll(s.indicator() == SdgSeries.Indicator.WOMEN_IN_PARLIAMENT
                    ? WomenInParliament.observations(s, selection.chambers(), areas)
                    : representation.observations(s, selection.chambers()));
        }
        return new SdgReport(year, referenceDate, List.copyOf(asked), observations, snapshot.publication(),
                snapshot.publishedAt(), knownAt.equals(EntityRecord.LATEST) ? Optional.empty() : Optional.of(knownAt),
                notes(selection.formerCountriesLeftOut()));
    }

    /** Every series that has a reference date in {@code year}; all of them when none has, so the error says why. */
    private static List<SdgSeries> available(int year) {
        List<SdgSeries> available = new ArrayList<>();
        for (SdgSeries s : SdgSeries.values()) {
            ReferenceDates.of(s, year).ifPresent(d -> available.add(s));
        }
        return available.isEmpty() ? List.of(SdgSeries.values()) : available;
    }

    private LocalDate referenceDate(Set<SdgSeries> series, int year) {
        Set<LocalDate> dates = new LinkedHashSet<>();
        for (SdgSeries s : series) {
            dates.add(ReferenceDates.of(s, year).orElseThrow(() -> new SdgUnavailableException(ReferenceDates.whyNone(s, year))));
        }
        if (dates.size() > 1) {
            throw new SdgUnavailableException("The series asked for " + year + " have different reference dates "
                    + dates + "; ask for them separately.");
        }
        LocalDate date = dates.iterator().next();
        LocalDate today = LocalDate.now(clock);
        if (date.isAfter(today)) {
            throw new SdgUnavailableException("The reference date of " + year + ", " + date + ", is still to come (today is "
                    + today + ").");
        }
        return date;
    }

    private static List<String> notes(SortedSet<String> formerCountries) {
        List<String> notes = new ArrayList<>();
        notes.add("Chambers are counted by their current members (seats filled), not their statutory seats; a count is "
                + "true from the date its source states it until the next count of the same chamber.");
        if (!formerCountries.isEmpty()) {
            notes.add("Left out: the chambers of countries that no longer exist " + formerCountries + ", whose last "
                    + "counts Plenum holds are valid on the reference date only because the registry does not record "
                    + "when those countries ceased to exist.");
        }
        return notes;
    }
}
