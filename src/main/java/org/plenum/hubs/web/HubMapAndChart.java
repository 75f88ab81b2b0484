package org.plenum.hubs.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.plenum.hubs.Hub;
import org.plenum.hubs.HubMembership;
import org.plenum.hubs.Hubs;
import org.plenum.hubs.ParticipationYear;
import org.plenum.web.PageContext;
import org.plenum.web.chart.LineChart;
import org.plenum.web.chart.RenderedChart;
import org.plenum.web.chart.ValueFormat;
import org.plenum.web.chart.WorldMap;

/** The participation chart and the map of hub membership, with the shared charts of {@code web}. */
final class HubMapAndChart {

    private HubMapAndChart() {
    }

    /** Plenum's computed share by year, and IPU's published figures as a separate series (gaps between them). */
    static RenderedChart participationChart(PageContext page, List<ParticipationYear> years) {
        List<LineChart.Point> computed = new ArrayList<>();
        List<LineChart.Point> ipu = new ArrayList<>();
        for (ParticipationYear y : years) {
            LocalDate date = LocalDate.of(y.year(), 7, 1);
            computed.add(y.parliaments() == 0 ? LineChart.Point.gap(date) : LineChart.Point.of(date, y.percent()));
            ipu.add(y.ipu().map(f -> LineChart.Point.of(date, f.percent())).orElse(new LineChart.Point(date, OptionalDouble.empty())));
        }
        List<LineChart.Series> series = new ArrayList<>();
        series.add(new LineChart.Series(page.t("hubs.participation.series.plenum"), computed));
        if (ipu.stream().anyMatch(p -> p.value().isPresent())) {
            series.add(new LineChart.Series(page.t("hubs.participation.series.ipu"), ipu));
        }
        return new LineChart(page.t("hubs.participation.chart.title"), page.t("hubs.participation.chart.description"),
                page.t("hubs.participation.chart.axis"), ValueFormat.PERCENT_ONE_DECIMAL, series).render(page.locale());
    }

    /** The parliaments that are current members of a hub, by the number of hubs they are in. */
    static WorldMap.RenderedMap membershipMap(PageContext page, List<Hub> hubs, Hubs service) {
        Map<String, java.util.Set<String>> hubsOf = new TreeMap<>();
        for (Hub hub : hubs) {
            for (HubMembership m : hub.currentMembers()) {
                hubsOf.computeIfAbsent(m.parliament(), k -> new java.util.TreeSet<>()).add(hub.code());
            }
        }
        List<WorldMap.CountryValue> values = new ArrayList<>();
        hubsOf.forEach((code, set) -> values.add(new WorldMap.CountryValue(code, service.parliamentName(code, page.lang()),
                set.size())));
        return new WorldMap(page.t("hubs.map.title"), page.t("hubs.map.description"), ValueFormat.WHOLE_NUMBER, values,
                List.of(2.0), java.util.Optional.empty()).render(page.locale());
    }
}
