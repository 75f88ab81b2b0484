package org.plenum.stats.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.plenum.stats.Area;
import org.plenum.stats.PageQuery;
import org.plenum.stats.WomenRankingRow;
import org.plenum.web.PageContext;
import org.plenum.web.PageController;
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
 * The statistics pages at Parline's addresses where Parline has the page (decision 0034): the women ranking
 * ({@code /women-ranking?month=9&year=2021}) with its map ({@code /women-ranking/map.svg}), the averages
 * ({@code /women-averages}), the historical series ({@code /historical-women}), youth ({@code /youth}) and the SDG
 * indicators ({@code /sdg}). Each page's state is its query string; {@code known_at} shows it as published then.
 */
@PageController
class StatisticsPagesController {

    private final StatisticsPages pages;
    private final String publicUrl;

    StatisticsPagesController(StatisticsPages pages, @Value("${plenum.public-url:http://localhost:8080}") String publicUrl) {
        this.pages = pages;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @org.plenum.web.CachedPage
    @GetMapping("/women-ranking")
    String ranking(HttpServletRequest request, Model model) {
        PageContext page = page(model);
        RankingPage ranking = pages.ranking(Queries.of(request));
        model.addAttribute("ranking", ranking);
        model.addAttribute("map", embedded(page, ranking));
        model.addAttribute("downloads", downloads("women-ranking", ranking.month(), List.of("ipu-csv", "csv", "xlsx", "json")));
        return "stats/women-ranking";
    }

    @GetMapping(value = "/women-ranking/map.svg")
    ResponseEntity<String> rankingMapSvg(HttpServletRequest request, Model model) {
        PageContext page = page(model);
        RankingPage ranking = pages.ranking(Queries.of(request));
        return svg(rankingMap(page, ranking).chart().svg());
    }

    private Embedded embedded(PageContext page, RankingPage ranking) {
        String title = mapTitle(page, ranking);
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("year", Integer.toString(ranking.month().getYear()));
        parameters.put("month", Integer.toString(ranking.month().getMonthValue()));
        ranking.region().ifPresent(r -> parameters.put("region", r.id()));
        ranking.subRegion().ifPresent(r -> parameters.put("sub_region", r.id()));
        page.knownAt().ifPresent(d -> parameters.put("known_at", d.toString()));
        parameters.put("lang", page.lang());
        String url = ChartEmbedding.url("/women-ranking/map.svg", parameters);
        return new Embedded(title, page.t("stats.ranking.map.description"), url,
                ChartEmbedding.iframe(publicUrl + url, title, 960, 540));
    }

    private static String mapTitle(PageContext page, RankingPage ranking) {
        String area = ranking.subRegion().or(ranking::region).map(a -> Shown.in(page, a.label())).orElse(page.t("stats.world"));
        return page.t("stats.ranking.map.title", page.month(ranking.month()), area);
    }

    @org.plenum.web.CachedPage
    @GetMapping("/women-averages")
    String averages(HttpServletRequest request, Model model) {
        AveragesPage averages = pages.averages(Queries.of(request));
        model.addAttribute("averages", averages);
        model.addAttribute("downloads", downloads("women-averages", averages.averages().month(), List.of("ipu-csv", "csv", "xlsx", "json")));
        return "stats/women-averages";
    }

    @org.plenum.web.CachedPage
    @GetMapping("/historical-women")
    String historical(HttpServletRequest request, Model model) {
        PageContext page = page(model);
        HistoricalPage history = pages.historical(Queries.of(request));
        model.addAttribute("history", history);
        model.addAttribute("chart", historicalChart(page, history));
        return "stats/historical-women";
    }

    @GetMapping("/historical-women/chart.svg")
    ResponseEntity<String> historicalSvg(HttpServletRequest request, Model model) {
        PageContext page = page(model);
        return svg(historicalChart(page, pages.historical(Queries.of(request))).svg());
    }

    @org.plenum.web.CachedPage
    @GetMapping("/youth")
    String youth(HttpServletRequest request, Model model) {
        YouthPage youth = pages.youth(Queries.of(request));
        model.addAttribute("youth", youth);
        model.addAttribute("downloads", downloads("age-brackets", youth.month(), List.of("ipu-csv", "csv", "xlsx", "json")));
        return "stats/youth";
    }

    @org.plenum.web.CachedPage
    @GetMapping("/sdg")
    String sdg(HttpServletRequest request, Model model) {
        SdgPage sdg = pages.sdg(Queries.of(request));
        model.addAttribute("sdg", sdg);
        List<DownloadLink> links = new ArrayList<>();
        for (String format : List.of("ipu-csv", "csv", "xlsx", "json", "sdmx-csv", "sdmx-ml")) {
            links.add(new DownloadLink(format, "/api/v1/downloads/sdg?year=" + sdg.report().year() + "&format=" + format));
        }
        model.addAttribute("downloads", links);
        return "stats/sdg";
    }

    private static WorldMap.RenderedMap rankingMap(PageContext page, RankingPage ranking) {
        List<WorldMap.CountryValue> values = new ArrayList<>();
        for (WomenRankingRow row : ranking.rows()) {
            row.womenPercent().ifPresent(p -> values.add(new WorldMap.CountryValue(row.countryCode(),
                    page.french() ? row.countryNameFrench().orElse(row.countryName()) : row.countryName(), p.doubleValue())));
        }
        return new WorldMap(mapTitle(page, ranking), page.t("stats.ranking.map.description"),
                ValueFormat.PERCENT_ONE_DECIMAL, values, WorldMap.WOMEN_SHARE_BREAKS, Optional.empty()).render(page.locale());
    }

    private static RenderedChart historicalChart(PageContext page, HistoricalPage history) {
        List<LineChart.Series> series = new ArrayList<>();
        for (int i = 0; i < history.areas().size(); i++) {
            int index = i;
            Area area = history.areas().get(i);
            List<LineChart.Point> points = history.years().stream().map(p -> new LineChart.Point(p.month().atDay(1),
                    p.lower().get(index).map(v -> OptionalDouble.of(v.doubleValue())).orElse(OptionalDouble.empty()))).toList();
            if (points.stream().anyMatch(p -> p.value().isPresent())) {
                series.add(new LineChart.Series(area.kind() == Area.Kind.WORLD ? page.t("stats.world") : Shown.in(page, area.label()), points));
            }
        }
        if (series.isEmpty()) {
            series.add(new LineChart.Series(page.t("stats.world"), List.of(new LineChart.Point(java.time.LocalDate.now(), OptionalDouble.of(0)))));
        }
        return new LineChart(page.t("stats.historical.chart.title"), page.t("stats.historical.chart.description"),
                page.t("stats.share.women"), ValueFormat.PERCENT_ONE_DECIMAL, series).render(page.locale());
    }

    private static List<DownloadLink> downloads(String report, YearMonth month, List<String> formats) {
        return formats.stream().map(f -> new DownloadLink(f, "/api/v1/downloads/" + report + "?year=" + month.getYear()
                + "&month=" + month.getMonthValue() + "&format=" + f)).toList();
    }

    static PageContext page(Model model) {
        return (PageContext) model.getAttribute("page");
    }

    static ResponseEntity<String> svg(String svg) {
        return ResponseEntity.ok().contentType(ChartEmbedding.SVG).cacheControl(ChartEmbedding.CACHE_CONTROL)
                .header("Content-Security-Policy", ChartEmbedding.CONTENT_SECURITY_POLICY).body(svg);
    }

    /** The query string of a request. */
    static final class Queries {
        private Queries() {
        }

        static PageQuery of(HttpServletRequest request) {
            return new PageQuery(request.getParameterMap());
        }
    }
}
