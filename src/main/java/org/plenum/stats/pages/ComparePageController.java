package org.plenum.stats.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.plenum.registry.Field;
import org.plenum.registry.Taxonomy;
import org.plenum.stats.CompareQuery;
import org.plenum.stats.CompareResult;
import org.plenum.stats.CompareTool;
import org.plenum.stats.PageQuery;
import org.plenum.web.PageContext;
import org.plenum.web.PageController;
import org.plenum.web.chart.BarChart;
import org.plenum.web.chart.ChartEmbedding;
import org.plenum.web.chart.LineChart;
import org.plenum.web.chart.RenderedChart;
import org.plenum.web.chart.ValueFormat;
import org.plenum.web.chart.WorldMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The compare tool at Parline's address, {@code /compare/?chart=map&field=current_women_percent&region=0&structure=
 * any__upper_chamber&year_to=2010}: a form (a GET: the state is the URL), the chosen view (table, line chart, bar
 * chart or map; the charts also at {@code /compare/chart.svg} with the same query) and the table, and the result as
 * a file at {@code /export-country-compare?…&file_format=csv}.
 */
@PageController
class ComparePageController {

    /** The most chambers a line chart draws, and a bar chart. */
    static final int LINES = 10;
    static final int BARS = 40;
    static final List<String> STRUCTURES = List.of("any__any", "any__lower_chamber", "any__upper_chamber", "unicameral__any",
            "bicameral__any", "bicameral__lower_chamber", "bicameral__upper_chamber");

    private final CompareTool compare;
    private final String publicUrl;

    ComparePageController(CompareTool compare, @Value("${plenum.public-url:http://localhost:8080}") String publicUrl) {
        this.compare = compare;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @org.plenum.web.CachedPage
    @GetMapping({"/compare", "/compare/"})
    String compare(HttpServletRequest request, Model model) {
        PageContext page = StatisticsPagesController.page(model);
        PageQuery query = new PageQuery(request.getParameterMap());
        CompareQuery asked = compare.parse(query);
        CompareResult result = compare.compare(asked, query.knownAt());
        Map<String, String> parameters = parameters(asked);
        page.knownAt().ifPresent(d -> parameters.put("known_at", d.toString()));
        parameters.put("lang", page.lang());
        String svgUrl = ChartEmbedding.url("/compare/chart.svg", parameters);
        // the map is loaded as an image of its own address: it is the heavy part of a page
        boolean map = asked.chart().equals("map") && result.numeric()
                && result.rows().stream().anyMatch(r -> r.last().flatMap(CompareResult.Value::number).isPresent());
        Chart chart = map ? new Chart(Optional.empty(), List.of(), false) : chart(page, result);
        Optional<String> mapTitle = map ? Optional.of(page.t("stats.compare.chart.title", Shown.in(page, result.field().label()),
                Integer.toString(asked.yearTo()))) : Optional.empty();
        Optional<String> title = chart.rendered().map(RenderedChart::title).or(() -> mapTitle);
        Map<String, String> export = parameters(asked);
        export.remove("chart");
        String exportQuery = ChartEmbedding.url("/export-country-compare", export);
        model.addAttribute("compare", new ComparePage(result, compare.fields(), compare.terms("ipu_region"),
                compare.terms("ipu_subregion"), compare.terms("income_group"), STRUCTURES, chart.rendered(), mapTitle,
                chart.truncated(), svgUrl, title.map(t -> ChartEmbedding.iframe(publicUrl + svgUrl, t, 960, 540)).orElse(""),
                exportQuery));
        return "stats/compare";
    }

    @GetMapping("/compare/chart.svg")
    ResponseEntity<String> chartSvg(HttpServletRequest request, Model model) {
        PageContext page = StatisticsPagesController.page(model);
        PageQuery query = new PageQuery(request.getParameterMap());
        CompareQuery asked = compare.parse(query);
        Chart chart = chart(page, compare.compare(asked, query.knownAt()));
        return chart.rendered().map(r -> StatisticsPagesController.svg(r.svg())).orElseThrow(() ->
                new org.plenum.web.BadPageRequestException("chart", "The chart 'table' has no picture; choose line, bar or map, "
                        + "with a field whose values are numbers."));
    }

    /** The query as the page writes it in its links, Parline's names in a fixed order. */
    static Map<String, String> parameters(CompareQuery q) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("chart", q.chart());
        parameters.put("field", q.field());
        parameters.put("region", q.region().orElse("0"));
        q.subRegion().ifPresent(s -> parameters.put("sub_region", s));
        q.incomeGroup().ifPresent(s -> parameters.put("income_group", s));
        parameters.put("structure", q.structure());
        if (!q.chambers().isEmpty()) {
            parameters.put("chambers", String.join(",", q.chambers()));
        }
        parameters.put("year_from", Integer.toString(q.yearFrom()));
        parameters.put("year_to", Integer.toString(q.yearTo()));
        return parameters;
    }

    private record Chart(Optional<RenderedChart> rendered, List<WorldMap.CountryValue> notOnMap, boolean truncated) {
    }

    private static Chart chart(PageContext page, CompareResult result) {
        CompareQuery q = result.query();
        if (q.chart().equals("table") || !result.numeric()) {
            return new Chart(Optional.empty(), List.of(), false);
        }
        Field field = result.field();
        String label = Shown.in(page, field.label());
        ValueFormat format = field.unit().equals("percent") ? ValueFormat.percent(Math.max(field.precision(), 1))
                : new ValueFormat("", field.precision());
        String period = q.yearFrom() == q.yearTo() ? Integer.toString(q.yearTo()) : q.yearFrom() + "–" + q.yearTo();
        switch (q.chart()) {
            case "line" -> {
                List<LineChart.Series> series = new ArrayList<>();
                for (CompareResult.Row row : result.rows()) {
                    if (series.size() == LINES) {
                        break;
                    }
                    List<LineChart.Point> points = new ArrayList<>();
                    for (int i = 0; i < result.years().size(); i++) {
                        Optional<CompareResult.Value> value = row.values().get(i);
                        points.add(new LineChart.Point(LocalDate.of(result.years().get(i), 12, 31), value.flatMap(CompareResult.Value::number)
                                .map(n -> OptionalDouble.of(n.doubleValue())).orElse(OptionalDouble.empty())));
                    }
                    if (points.stream().anyMatch(p -> p.value().isPresent())) {
                        series.add(new LineChart.Series(Shown.in(page, row.countryName()) + " · " + Shown.in(page, row.chamberName()), points));
                    }
                }
                if (series.isEmpty()) {
                    return new Chart(Optional.empty(), List.of(), false);
                }
                long drawable = result.rows().stream().filter(r -> r.values().stream().anyMatch(v -> v.flatMap(CompareResult.Value::number).isPresent())).count();
                return new Chart(Optional.of(new LineChart(page.t("stats.compare.chart.title", label, period),
                        page.t("stats.compare.line.description"), label, format, series).render(page.locale())), List.of(), drawable > LINES);
            }
            case "bar" -> {
                // the country's name alone, unless two chambers of one country are drawn
                boolean severalPerCountry = result.rows().stream().map(CompareResult.Row::countryCode).distinct().count()
                        < result.rows().size();
                List<BarChart.Bar> bars = new ArrayList<>();
                for (CompareResult.Row row : result.rows()) {
                    row.last().flatMap(CompareResult.Value::number).ifPresent(n -> bars.add(new BarChart.Bar(
                            Shown.in(page, row.countryName()) + (severalPerCountry ? " · " + Shown.in(page, row.chamberName()) : ""),
                            n.doubleValue(), false)));
                }
                if (bars.isEmpty()) {
                    return new Chart(Optional.empty(), List.of(), false);
                }
                bars.sort(Comparator.comparingDouble(BarChart.Bar::value).reversed());
                boolean truncated = bars.size() > BARS;
                return new Chart(Optional.of(new BarChart(page.t("stats.compare.chart.title", label, Integer.toString(q.yearTo())),
                        page.t("stats.compare.bar.description"), format, bars.subList(0, Math.min(BARS, bars.size())))
                        .render(page.locale())), List.of(), truncated);
            }
            default -> {
                Map<String, WorldMap.CountryValue> values = new LinkedHashMap<>();
                for (CompareResult.Row row : result.rows()) {
                    Optional<java.math.BigDecimal> number = row.last().flatMap(CompareResult.Value::number);
                    if (number.isPresent() && (!values.containsKey(row.countryCode()) || row.chamberCode().endsWith("-LC01"))) {
                        values.put(row.countryCode(), new WorldMap.CountryValue(row.countryCode(), Shown.in(page, row.countryName()),
                                number.get().doubleValue()));
                    }
                }
                if (values.isEmpty()) {
                    return new Chart(Optional.empty(), List.of(), false);
                }
                List<Double> breaks = field.id().equals(CompareTool.DEFAULT_FIELD) ? WorldMap.WOMEN_SHARE_BREAKS : List.of();
                WorldMap.RenderedMap map = new WorldMap(page.t("stats.compare.chart.title", label, Integer.toString(q.yearTo())),
                        page.t("stats.compare.map.description"), format, List.copyOf(values.values()), breaks, Optional.empty())
                        .render(page.locale());
                return new Chart(Optional.of(map.chart()), map.notOnMap(), false);
            }
        }
    }
}
