package org.plenum.stats.pages;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.plenum.registry.EntityRecord;
import org.plenum.registry.Snapshot;
import org.plenum.stats.Area;
import org.plenum.stats.ChamberGroup;
import org.plenum.stats.CountryArea;
import org.plenum.stats.MonthRange;
import org.plenum.stats.PageQuery;
import org.plenum.stats.RepresentationStatistics;
import org.plenum.stats.SdgIndicators;
import org.plenum.stats.SdgReport;
import org.plenum.stats.SdgSeries;
import org.plenum.stats.SdgUnavailableException;
import org.plenum.stats.WomenAverage;
import org.plenum.stats.WomenAverages;
import org.plenum.stats.WomenRanking;
import org.plenum.stats.WomenRankingRow;
import org.plenum.stats.youth.AgeBrackets;
import org.plenum.stats.youth.AgeBracketsReport;
import org.plenum.stats.youth.ChamberAges;
import org.plenum.web.BadPageRequestException;
import org.plenum.web.PageNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Builds the models of the statistics pages from the query string: every page's state is in its URL, and the
 * same URL gives the same page for the same publication (and {@code known_at}).
 */
@Service
class StatisticsPages {

    static final String REGION = "region";
    static final String SUB_REGION = "sub_region";

    private record HistoryKey(long publication, Instant knownAt) {
    }

    private final RepresentationStatistics statistics;
    private final AgeBrackets ages;
    private final SdgIndicators sdg;
    private final Cache<HistoryKey, HistoricalPage> histories = Caffeine.newBuilder().maximumSize(20).build();

    StatisticsPages(RepresentationStatistics statistics, AgeBrackets ages, SdgIndicators sdg) {
        this.statistics = statistics;
        this.ages = ages;
        this.sdg = sdg;
    }

    Snapshot snapshot() {
        return statistics.snapshot();
    }

    /** The months with statistics as published at {@code knownAt}; a 400 naming {@code known_at} when none. */
    MonthRange months(Snapshot snapshot, Instant knownAt) {
        return statistics.months(snapshot, knownAt).orElseThrow(() -> knownAt.equals(EntityRecord.LATEST)
                ? new PageNotFoundException("There are no statistics yet: nothing has been imported.")
                : new BadPageRequestException(PageQuery.KNOWN_AT, "Nothing had been published at " + knownAt + "."));
    }

    /** The month without {@code month} and {@code year}: the newest month the data describe, within the range. */
    YearMonth latest(Snapshot snapshot, MonthRange months) {
        return statistics.newestDataMonth(snapshot).filter(months::contains).orElse(months.last());
    }

    RankingPage ranking(PageQuery query) {
        Snapshot snapshot = snapshot();
        Instant knownAt = query.knownAt();
        MonthRange months = months(snapshot, knownAt);
        YearMonth month = query.month(months, latest(snapshot, months));
        WomenRanking ranking = statistics.womenRanking(snapshot, month, knownAt);
        List<CountryArea> areas = statistics.countryAreas(snapshot, month, knownAt);
        List<Area> regions = statistics.regions();
        Optional<Area> region = area(query, REGION, regions);
        Optional<Area> subRegion = area(query, SUB_REGION, statistics.subRegions());
        Map<String, String> regionOfSubRegion = new LinkedHashMap<>();
        for (CountryArea area : areas) {
            if (area.subRegion().isPresent() && area.region().isPresent()) {
                regionOfSubRegion.putIfAbsent(area.subRegion().get(), area.region().get());
            }
        }
        if (region.isPresent() && subRegion.isPresent() && regionOfSubRegion.containsKey(subRegion.get().id())
                && !region.get().id().equals(regionOfSubRegion.get(subRegion.get().id()))) {
            throw new BadPageRequestException(SUB_REGION, "The sub-region '" + subRegion.get().id()
                    + "' is not in the region '" + region.get().id() + "'.");
        }
        Map<String, CountryArea> byCountry = areas.stream().collect(Collectors.toMap(CountryArea::countryCode, a -> a));
        Optional<Area> filter = subRegion.or(() -> region);
        List<WomenRankingRow> rows = ranking.rows().stream()
                .filter(r -> filter.map(f -> byCountry.get(r.countryCode()).in(f)).orElse(true)).toList();
        List<RankingPage.SubRegion> subRegions = statistics.subRegions().stream()
                .filter(s -> regionOfSubRegion.containsKey(s.id()))
                .map(s -> new RankingPage.SubRegion(s, regionOfSubRegion.get(s.id()))).toList();
        return new RankingPage(ranking, rows, months, region, subRegion, regions, subRegions, recordTime(knownAt));
    }

    AveragesPage averages(PageQuery query) {
        Snapshot snapshot = snapshot();
        Instant knownAt = query.knownAt();
        MonthRange months = months(snapshot, knownAt);
        YearMonth month = query.month(months, latest(snapshot, months));
        return new AveragesPage(statistics.womenAverages(snapshot, month, knownAt), months);
    }

    /** One point per year on 1 January, computed once per publication and record time. */
    HistoricalPage historical(PageQuery query) {
        Snapshot snapshot = snapshot();
        Instant knownAt = query.knownAt();
        MonthRange months = months(snapshot, knownAt);
        return histories.get(new HistoryKey(snapshot.publication(), knownAt), key -> {
            List<Area> areas = new ArrayList<>();
            areas.add(Area.world());
            areas.addAll(statistics.regions());
            List<HistoricalPage.Point> points = new ArrayList<>();
            YearMonth first = months.first().getMonthValue() == 1 ? months.first() : YearMonth.of(months.first().getYear() + 1, 1);
            for (YearMonth m = first; !m.isAfter(months.last()); m = m.plusYears(1)) {
                WomenAverages averages = statistics.womenAverages(snapshot, m, knownAt);
                List<Optional<BigDecimal>> lower = areas.stream()
                        .map(a -> averages.average(a.id(), ChamberGroup.LOWER).flatMap(WomenAverage::womenPercent)).toList();
                Optional<WomenAverage> world = averages.average(Area.WORLD_ID, ChamberGroup.LOWER);
                points.add(new HistoricalPage.Point(m, lower,
                        averages.average(Area.WORLD_ID, ChamberGroup.UPPER).flatMap(WomenAverage::womenPercent),
                        averages.average(Area.WORLD_ID, ChamberGroup.ALL).flatMap(WomenAverage::womenPercent),
                        world.map(WomenAverage::chamberCount).orElse(0)));
            }
            return new HistoricalPage(points, areas);
        });
    }

    YouthPage youth(PageQuery query) {
        Snapshot snapshot = snapshot();
        Instant knownAt = query.knownAt();
        MonthRange months = months(snapshot, knownAt);
        YearMonth month = query.month(months, latest(snapshot, months));
        AgeBracketsReport report = ages.compute(snapshot, month.atDay(1), code -> true, knownAt);
        List<YouthPage.Row> rows = new ArrayList<>();
        for (ChamberAges chamber : report.chambers()) {
            String country = chamber.chamber().substring(0, chamber.chamber().indexOf('-'));
            Map<String, String> countryNames = Names.country(snapshot, country, knownAt);
            Map<String, String> chamberNames = Names.chamber(snapshot, chamber.chamber(), knownAt);
            rows.add(new YouthPage.Row(chamber, country, countryNames.get("en"), countryNames.get("fr"),
                    chamberNames.get("en"), chamberNames.get("fr")));
        }
        rows.sort(Comparator.comparing(YouthPage.Row::countryEnglish).thenComparing(r -> r.ages().chamber()));
        return new YouthPage(month, months, rows, report.aggregate());
    }

    /**
     * The SDG page: {@code year} (without it, the newest year whose reference date has passed). A year without a
     * reference date, or one still to come, is refused naming {@code year}.
     */
    SdgPage sdg(PageQuery query) {
        Instant knownAt = query.knownAt();
        int thisYear = LocalDate.now().getYear();
        List<Integer> years = new ArrayList<>();
        for (int y = thisYear; y >= 1997; y--) {
            if (sdg.referenceDate(SdgSeries.SG_GEN_PARL, y).filter(d -> !d.isAfter(LocalDate.now())).isPresent()) {
                years.add(y);
            }
        }
        int year = query.number("year", 1000, 9999).orElse(years.isEmpty() ? thisYear : years.get(0));
        try {
            SdgReport report = sdg.report(List.of(), year, knownAt);
            Optional<String> asked = query.text("series");
            SdgSeries selected = asked.map(code -> report.series().stream().filter(s -> s.code().equals(code)).findFirst()
                    .orElseThrow(() -> new BadPageRequestException("series", "The series of " + year + " are "
                            + String.join(", ", report.series().stream().map(SdgSeries::code).toList()) + "; '" + code
                            + "' is not one of them."))).orElse(report.series().isEmpty() ? SdgSeries.SG_GEN_PARL : report.series().get(0));
            return new SdgPage(report, years, selected);
        } catch (SdgUnavailableException e) {
            throw new BadPageRequestException("year", e.getMessage());
        }
    }

    /** {@code name}: the id of one of {@code areas}; {@code 0} or blank is "all" (Parline's forms send 0). */
    static Optional<Area> area(PageQuery query, String name, List<Area> areas) {
        Optional<String> id = query.text(name).filter(v -> !v.equals("0") && !v.equals("any") && !v.equals("all"));
        if (id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(areas.stream().filter(a -> a.id().equals(id.get())).findFirst().orElseThrow(() ->
                new BadPageRequestException(name, "Unknown " + name.replace('_', '-') + " '" + id.get()
                        + "'; the values are " + String.join(", ", areas.stream().map(Area::id).toList()) + ".")));
    }

    private static Optional<Instant> recordTime(Instant knownAt) {
        return knownAt.equals(EntityRecord.LATEST) ? Optional.empty() : Optional.of(knownAt);
    }

    static final Set<String> LANGUAGES = Set.of("en", "fr");
}
