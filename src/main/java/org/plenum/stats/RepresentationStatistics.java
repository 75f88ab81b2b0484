package org.plenum.stats;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.plenum.registry.EntityRecord;
import org.plenum.registry.EntityType;
import org.plenum.registry.FieldCatalogue;
import org.plenum.registry.PublishedRegistry;
import org.plenum.registry.Snapshot;
import org.plenum.registry.Taxonomy;
import org.plenum.registry.TimedValue;
import org.plenum.stats.internal.AveragesCalculator;
import org.plenum.stats.internal.MonthTable;
import org.plenum.stats.internal.MonthTableBuilder;
import org.plenum.stats.internal.RankingChanges;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The statistics of women's representation in parliament, computed from the published registry: the monthly
 * women ranking ({@link WomenRanking}) and the world and regional averages ({@link WomenAverages}), for any
 * month from the first data to the current one, as published now or at an earlier time ({@code knownAt},
 * {@link EntityRecord#LATEST} for everything published so far).
 *
 * <p>A month's table is computed once per publication (and record time) and kept; a month's ranking needs the
 * tables of that month, the month before and the month a year before.
 */
@Service
public class RepresentationStatistics {

    private static final String REGION_TAXONOMY = "ipu_region";
    private static final String SUB_REGION_TAXONOMY = "ipu_subregion";
    private static final String[] COUNTED_FIELDS = {"current_members_number", "current_women_number", "is_suspended_chamber"};

    private record TableKey(long publication, LocalDate date, Instant knownAt) {
    }

    private final PublishedRegistry registry;
    private final FieldCatalogue catalogue;
    private final Clock clock;
    private final Cache<TableKey, MonthTable> tables = Caffeine.newBuilder().maximumSize(6000).build();

    @Autowired
    public RepresentationStatistics(PublishedRegistry registry, FieldCatalogue catalogue) {
        this(registry, catalogue, Clock.systemUTC());
    }

    public RepresentationStatistics(PublishedRegistry registry, FieldCatalogue catalogue, Clock clock) {
        this.registry = registry;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** The current snapshot of published data. */
    public Snapshot snapshot() {
        return registry.current();
    }

    /**
     * The month the newest chamber figures describe: the first month whose first day they are true on (a figure
     * counted from 1 November 2025 makes November 2025). Empty when no chamber figure is published.
     */
    public Optional<YearMonth> newestDataMonth(Snapshot snapshot) {
        LocalDate newest = null;
        for (EntityRecord chamber : snapshot.all(EntityType.CHAMBER)) {
            if (!chamber.code().endsWith("-LC01")) {
                continue;
            }
            for (String field : COUNTED_FIELDS) {
                for (TimedValue step : chamber.timeline(field, EntityRecord.LATEST)) {
                    if (step.from().isPresent() && (newest == null || step.from().get().isAfter(newest))) {
                        newest = step.from().get();
                    }
                }
            }
        }
        if (newest == null) {
            return Optional.empty();
        }
        YearMonth month = newest.getDayOfMonth() == 1 ? YearMonth.from(newest) : YearMonth.from(newest).plusMonths(1);
        return month.isAfter(YearMonth.now(clock)) ? Optional.empty() : Optional.of(month);
    }

    /**
     * The months with statistics: from the first month on whose first day a lower or single chamber has figures,
     * to the current month (or the month of {@code knownAt}, if earlier); empty when nothing was published.
     */
    public Optional<MonthRange> months(Snapshot snapshot, Instant knownAt) {
        LocalDate first = null;
        for (EntityRecord chamber : snapshot.all(EntityType.CHAMBER)) {
            if (!chamber.code().endsWith("-LC01") || !chamber.knownAt(knownAt)) {
                continue;
            }
            for (String field : COUNTED_FIELDS) {
                for (TimedValue step : chamber.timeline(field, knownAt)) {
                    if (step.from().isPresent() && (first == null || step.from().get().isBefore(first))) {
                        first = step.from().get();
                    }
                }
            }
        }
        if (first == null) {
            return Optional.empty();
        }
        YearMonth firstMonth = first.getDayOfMonth() == 1 ? YearMonth.from(first) : YearMonth.from(first).plusMonths(1);
        YearMonth last = YearMonth.now(clock);
        if (!knownAt.equals(EntityRecord.LATEST)) {
            YearMonth knownMonth = YearMonth.from(knownAt.atZone(ZoneOffset.UTC));
            last = knownMonth.isBefore(last) ? knownMonth : last;
        }
        return last.isBefore(firstMonth) ? Optional.empty() : Optional.of(new MonthRange(firstMonth, last));
    }

    /** The women ranking of {@code month} from everything published so far. */
    public WomenRanking womenRanking(YearMonth month) {
        return womenRanking(snapshot(), month, EntityRecord.LATEST);
    }

    /** The women ranking of {@code month} as published at {@code knownAt}. */
    public WomenRanking womenRanking(Snapshot snapshot, YearMonth month, Instant knownAt) {
        MonthTable table = table(snapshot, month, knownAt);
        List<WomenRankingRow> rows = RankingChanges.rows(table, month,
                nonEmpty(table(snapshot, month.minusMonths(1), knownAt)),
                nonEmpty(table(snapshot, month.minusYears(1), knownAt)));
        return new WomenRanking(month, month.atDay(1), recordTime(knownAt), snapshot.publication(), rows);
    }

    /** The world and regional averages of {@code month} from everything published so far. */
    public WomenAverages womenAverages(YearMonth month) {
        return womenAverages(snapshot(), month, EntityRecord.LATEST);
    }

    /** The world and regional averages of {@code month} as published at {@code knownAt}. */
    public WomenAverages womenAverages(Snapshot snapshot, YearMonth month, Instant knownAt) {
        MonthTable table = table(snapshot, month, knownAt);
        return new WomenAverages(month, month.atDay(1), recordTime(knownAt), snapshot.publication(),
                AveragesCalculator.averages(table, areas(REGION_TAXONOMY, Area.Kind.REGION),
                        areas(SUB_REGION_TAXONOMY, Area.Kind.SUB_REGION)),
                AveragesCalculator.countriesWithoutRegion(table));
    }

    /**
     * The IPU region and sub-region of each country of {@code month}'s ranking as published at {@code knownAt}, in
     * table order (the same countries as {@link #womenRanking(Snapshot, YearMonth, Instant)}'s rows).
     */
    public List<CountryArea> countryAreas(Snapshot snapshot, YearMonth month, Instant knownAt) {
        return table(snapshot, month, knownAt).countries().stream()
                .map(c -> new CountryArea(c.row().countryCode(), c.region(), c.subRegion())).toList();
    }

    /** The IPU regions (taxonomy {@code ipu_region}), in taxonomy order. */
    public List<Area> regions() {
        return areas(REGION_TAXONOMY, Area.Kind.REGION);
    }

    /** The IPU sub-regions (taxonomy {@code ipu_subregion}), in taxonomy order. */
    public List<Area> subRegions() {
        return areas(SUB_REGION_TAXONOMY, Area.Kind.SUB_REGION);
    }

    private List<Area> areas(String taxonomy, Area.Kind kind) {
        return catalogue.taxonomy(taxonomy).map(Taxonomy::terms).orElse(List.of()).stream()
                .map(term -> new Area(kind, term.id(), term.label())).toList();
    }

    private MonthTable table(Snapshot snapshot, YearMonth month, Instant knownAt) {
        LocalDate date = month.atDay(1);
        return tables.get(new TableKey(snapshot.publication(), date, knownAt),
                key -> MonthTableBuilder.build(snapshot, date, knownAt));
    }

    private static Optional<MonthTable> nonEmpty(MonthTable table) {
        return table.countries().isEmpty() ? Optional.empty() : Optional.of(table);
    }

    private static Optional<Instant> recordTime(Instant knownAt) {
        return knownAt.equals(EntityRecord.LATEST) ? Optional.empty() : Optional.of(knownAt);
    }
}
