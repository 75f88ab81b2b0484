package org.plenum.stats.home;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenum.registry.Snapshot;
import org.plenum.stats.Area;
import org.plenum.stats.ChamberGroup;
import org.plenum.stats.RepresentationStatistics;
import org.plenum.stats.WomenAverage;
import org.plenum.stats.WomenRanking;
import org.plenum.stats.WomenRankingRow;
import org.plenum.stats.publication.Publication;
import org.plenum.stats.publication.PublishedReport;
import org.plenum.stats.publication.ReportPublications;
import org.plenum.stats.youth.AgeAggregate;
import org.plenum.stats.youth.AgeBrackets;
import org.plenum.web.PageContext;
import org.plenum.web.PageController;
import org.plenum.web.PageNotFoundException;
import org.plenum.web.chart.ChartEmbedding;
import org.plenum.web.chart.ValueFormat;
import org.plenum.web.chart.WorldMap;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The home page ({@code /}): the world's share of women in parliament and of members aged 45 or under in the month of
 * the newest figures, a world map of the share of women (lower or single chambers, as the ranking), the latest
 * publication and a search box; and the map's SVG ({@code /women-map.svg}).
 */
@PageController
class HomePageController {

    private final RepresentationStatistics statistics;
    private final AgeBrackets ages;
    private final ReportPublications publications;
    /** The world's share of members aged 45 or under, per (data publication, month): computed once, not per request. */
    private final com.github.benmanes.caffeine.cache.Cache<String, Optional<AgeAggregate.Measure>> youngByMonth =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(64).build();

    HomePageController(RepresentationStatistics statistics, AgeBrackets ages, ReportPublications publications) {
        this.statistics = statistics;
        this.ages = ages;
        this.publications = publications;
    }

    @org.plenum.web.CachedPage
    @GetMapping("/")
    String home(@ModelAttribute("page") PageContext page, Model model) {
        Snapshot snapshot = statistics.snapshot();
        Optional<YearMonth> month = month(snapshot, page);
        Optional<String> womenShare = Optional.empty();
        String womenDetail = "";
        Optional<String> youngShare = Optional.empty();
        String youngDetail = "";
        String mapSrc = "";
        if (month.isPresent()) {
            Optional<WomenAverage> world = statistics.womenAverages(snapshot, month.get(), page.recordTime())
                    .average(Area.WORLD_ID, ChamberGroup.ALL);
            if (world.isPresent() && world.get().womenPercent().isPresent()) {
                womenShare = Optional.of(page.percent(world.get().womenPercent().get().doubleValue(), 1));
                womenDetail = page.t("stats.home.womenDetail", page.number(world.get().women()), page.number(world.get().seats()),
                        world.get().chamberCount());
            }
            YearMonth m = month.get();
            AgeAggregate.Measure young = youngByMonth.get(snapshot.publication() + " " + m, k -> Optional.ofNullable(
                    ages.compute(snapshot, m.atDay(1), code -> true).aggregate().measures().get(AgeAggregate.UP_TO_45)))
                    .orElse(null);
            if (young != null && young.value().isPresent()) {
                youngShare = Optional.of(page.percent(young.value().get().doubleValue(), 1));
                youngDetail = page.t("stats.home.youngDetail", page.number(young.members()), young.chambers());
            }
            mapSrc = mapUrl(month.get(), page);
        }
        Optional<Publication> latest = publications.listFromMemory().stream().filter(p -> p.report() == PublishedReport.WOMEN_RANKING)
                .filter(p -> page.knownAt().map(d -> !p.publishedAt().atZone(ZoneOffset.UTC).toLocalDate().isAfter(d)).orElse(true))
                .max(Comparator.comparing(Publication::month));
        model.addAttribute("home", new HomePage(month.map(page::month).orElse(""), womenShare, womenDetail, youngShare, youngDetail,
                mapSrc, month.map(m -> page.t("stats.home.mapTitle", page.month(m))).orElse(""),
                latest.map(p -> page.t("stats.home.publication", page.month(p.month()), p.revision(), p.number())),
                latest.map(p -> page.link("/publications")).orElse("")));
        return "stats/home";
    }

    @GetMapping("/women-map.svg")
    @ResponseBody
    ResponseEntity<String> map(@ModelAttribute("page") PageContext page) {
        Snapshot snapshot = statistics.snapshot();
        YearMonth month = month(snapshot, page).orElseThrow(() -> new PageNotFoundException("no statistics"));
        WomenRanking ranking = statistics.womenRanking(snapshot, month, page.recordTime());
        List<WorldMap.CountryValue> values = new ArrayList<>();
        for (WomenRankingRow row : ranking.rows()) {
            row.lowerChamber().womenPercent().ifPresent(share -> values.add(new WorldMap.CountryValue(row.countryCode(),
                    page.french() ? row.countryNameFrench().orElse(row.countryName()) : row.countryName(), share.doubleValue())));
        }
        WorldMap map = new WorldMap(page.t("stats.home.mapTitle", page.month(month)), page.t("stats.home.mapDescription"),
                ValueFormat.PERCENT_ONE_DECIMAL, values, WorldMap.WOMEN_SHARE_BREAKS, Optional.empty());
        return ResponseEntity.ok().contentType(ChartEmbedding.SVG).cacheControl(ChartEmbedding.CACHE_CONTROL)
                .body(map.render(page.locale()).chart().svg());
    }

    /** The month of the newest figures, or of {@code known_at} when that is earlier. */
    private Optional<YearMonth> month(Snapshot snapshot, PageContext page) {
        Optional<YearMonth> newest = statistics.newestDataMonth(snapshot);
        if (page.knownAt().isEmpty()) {
            return newest;
        }
        return statistics.months(snapshot, page.recordTime()).map(range -> {
            YearMonth last = range.last();
            return newest.filter(n -> n.isBefore(last)).orElse(last);
        });
    }

    private static String mapUrl(YearMonth month, PageContext page) {
        Map<String, String> parameters = new java.util.HashMap<>();
        parameters.put("lang", page.lang());
        page.knownAt().ifPresent(d -> parameters.put("known_at", d.toString()));
        return ChartEmbedding.url("/women-map.svg", parameters);
    }
}
