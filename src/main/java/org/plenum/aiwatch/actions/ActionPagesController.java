package org.plenum.aiwatch.actions;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.plenum.aiwatch.ActionStatus;
import org.plenum.aiwatch.ActionType;
import org.plenum.registry.PublishedRegistry;
import org.plenum.web.BadPageRequestException;
import org.plenum.web.PageContext;
import org.plenum.web.PageController;
import org.plenum.web.PageNotFoundException;
import org.plenum.web.chart.ChartEmbedding;
import org.plenum.web.chart.LineChart;
import org.plenum.web.chart.RenderedChart;
import org.plenum.web.chart.ValueFormat;
import org.plenum.web.chart.WorldMap;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The tracker's public pages (decisions 0062, 0065, 0066): {@code /ai} (AI in parliaments: the tracker, the use
 * cases, the readiness self-assessment, with live figures), {@code /ai/actions} (the filtered list, its timeline and
 * its map, whose SVG is {@code /ai/actions/map.svg}), {@code /ai/actions/{id}} (every field, related actions both
 * ways, the change history, the provenance) and the monthly digest {@code /ai/digest[/{yyyy-mm}]}.
 */
@PageController
class ActionPagesController {

    static final String FEED = "/ai/actions.atom";

    private final ActionStore store;
    private final ActionCountries countries;
    private final MonthlyDigest digest;
    private final PublishedRegistry registry;
    private final Clock clock = Clock.systemUTC();

    ActionPagesController(ActionStore store, ActionCountries countries, MonthlyDigest digest,
                          PublishedRegistry registry) {
        this.store = store;
        this.countries = countries;
        this.digest = digest;
        this.registry = registry;
    }

    @GetMapping("/ai")
    String overview(@ModelAttribute("page") PageContext page, Model model) {
        List<ActionRecord> all = store.all();
        YearMonth month = YearMonth.now(clock);
        int thisMonth = digest.of(month, page.lang()).stream().mapToInt(c -> c.entries().size()).sum();
        List<ActionRecord> latest = all.stream().sorted(Comparator.comparing((ActionRecord r) -> r.action().updatedAt())
                .reversed().thenComparing(ActionRecord::id)).limit(5).toList();
        model.addAttribute("view", new ActionViews.OverviewPage(all.size(),
                (int) all.stream().map(r -> r.action().country()).distinct().count(),
                (int) all.stream().filter(r -> r.action().ipu()).count(),
                (int) all.stream().filter(r -> !r.action().ipu()).count(), thisMonth, month, latest));
        model.addAttribute("countries", countries);
        model.addAttribute("feed", FEED);
        return "aiwatch/actions/overview";
    }

    @GetMapping("/ai/actions")
    String list(HttpServletRequest request, @ModelAttribute("page") PageContext page, Model model) {
        ActionFilter filter = filter(request);
        List<ActionRecord> all = store.all();
        List<ActionRecord> rows = all.stream().filter(r -> filter.matches(r, countries)).toList();
        String lang = page.lang();
        List<ActionViews.Option> countryOptions = all.stream().map(r -> r.action().country()).distinct()
                .map(c -> new ActionViews.Option(c, countries.name(c, lang), filter.country().filter(c::equals).isPresent()))
                .sorted(Comparator.comparing(ActionViews.Option::label)).toList();
        List<ActionViews.Option> regions = countries.regionCodes().stream().map(c -> new ActionViews.Option(c,
                countries.regionName(c, lang), filter.region().filter(c::equals).isPresent())).toList();
        List<ActionViews.Option> incomes = ActionCountries.INCOME_ORDER.stream().map(c -> new ActionViews.Option(c,
                countries.incomeName(c, lang), filter.incomeGroup().filter(c::equals).isPresent())).toList();
        List<ActionViews.Option> types = java.util.Arrays.stream(ActionType.values()).map(t -> new ActionViews.Option(
                t.code(), page.t("aitracker.type." + t.code()), filter.type().filter(t::equals).isPresent())).toList();
        List<ActionViews.Option> statuses = java.util.Arrays.stream(ActionStatus.values()).map(s -> new ActionViews.Option(
                s.code(), page.t("aitracker.status." + s.code()), filter.status().filter(s::equals).isPresent())).toList();
        TreeSet<Integer> yearSet = new TreeSet<>(Comparator.reverseOrder());
        all.forEach(r -> yearSet.addAll(ActionFilter.years(r)));
        List<ActionViews.Option> years = yearSet.stream().map(y -> new ActionViews.Option(y.toString(), y.toString(),
                filter.year().filter(y::equals).isPresent())).toList();
        List<ActionViews.Option> publishers = List.of(
                new ActionViews.Option("ipu", page.t("aitracker.publisher.ipu"), filter.publisher().filter("ipu"::equals).isPresent()),
                new ActionViews.Option("other", page.t("aitracker.publisher.other"), filter.publisher().filter("other"::equals).isPresent()));
        long undated = rows.stream().filter(r -> r.action().date().isEmpty()).count();
        Map<String, Long> byCountry = rows.stream().collect(Collectors.groupingBy(r -> r.action().country(),
                TreeMap::new, Collectors.counting()));
        List<ActionViews.CountryCount> counts = byCountry.entrySet().stream().map(e -> new ActionViews.CountryCount(
                e.getKey(), countries.name(e.getKey(), lang), e.getValue()))
                .sorted(Comparator.comparing(ActionViews.CountryCount::name)).toList();
        String query = filter.queryString();
        String mapSrc = "/ai/actions/map.svg?" + (query.isEmpty() ? "" : query + "&") + "lang=" + lang;
        model.addAttribute("view", new ActionViews.ListPage(filter, rows, all.size(), countryOptions, regions, incomes,
                types, statuses, years, publishers, timeline(rows, page), undated, mapSrc, counts, query));
        model.addAttribute("countries", countries);
        model.addAttribute("feed", FEED);
        return "aiwatch/actions/list";
    }

    @GetMapping("/ai/actions/map.svg")
    @ResponseBody
    ResponseEntity<String> map(HttpServletRequest request, @ModelAttribute("page") PageContext page) {
        ActionFilter filter = filter(request);
        Map<String, Long> byCountry = store.all().stream().filter(r -> filter.matches(r, countries))
                .collect(Collectors.groupingBy(r -> r.action().country(), TreeMap::new, Collectors.counting()));
        List<WorldMap.CountryValue> values = new ArrayList<>();
        byCountry.forEach((code, n) -> values.add(new WorldMap.CountryValue(code, countries.name(code, page.lang()), n)));
        WorldMap map = new WorldMap(page.t("aitracker.map.title"), page.t("aitracker.map.description"),
                ValueFormat.WHOLE_NUMBER, values, List.of(2.0, 3.0, 5.0), Optional.empty());
        return ResponseEntity.ok().contentType(ChartEmbedding.SVG).body(map.render(page.locale()).chart().svg());
    }

    @GetMapping("/ai/actions/{id:[a-z]{2}-\\d{3,}}")
    String action(@PathVariable("id") String id, @ModelAttribute("page") PageContext page, Model model) {
        ActionRecord record = store.record(id).orElseThrow(() -> new PageNotFoundException("no AI-policy action " + id));
        List<ActionRecord> all = store.all();
        List<ActionRecord> related = record.action().related().stream()
                .map(r -> all.stream().filter(a -> a.id().equals(r)).findFirst()).flatMap(Optional::stream).toList();
        List<ActionRecord> relatedBy = all.stream().filter(a -> a.action().related().contains(id)).toList();
        List<String> chambers = record.action().chambers().stream()
                .map(c -> registry.current().chamberTitle(c, page.lang())).toList();
        model.addAttribute("view", new ActionViews.DetailPage(record, countries.name(record.action().country(),
                page.lang()), chambers, related, relatedBy, store.versions(id)));
        model.addAttribute("feed", FEED);
        return "aiwatch/actions/action";
    }

    @GetMapping("/ai/digest")
    String digestNow(@ModelAttribute("page") PageContext page, Model model) {
        return digest(YearMonth.now(clock), page, model);
    }

    @GetMapping("/ai/digest/{month:\\d{4}-\\d{2}}")
    String digestOf(@PathVariable("month") String month, @ModelAttribute("page") PageContext page, Model model) {
        YearMonth asked;
        try {
            asked = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new BadPageRequestException("month", "'" + month + "' is not a month (YYYY-MM)");
        }
        if (asked.isAfter(YearMonth.now(clock))) {
            throw new PageNotFoundException("the digest of " + month + " is not written yet");
        }
        return digest(asked, page, model);
    }

    private String digest(YearMonth month, PageContext page, Model model) {
        model.addAttribute("view", new ActionViews.DigestPage(month, digest.of(month, page.lang()), digest.months(),
                month.equals(YearMonth.now(clock))));
        model.addAttribute("feed", FEED);
        return "aiwatch/actions/digest";
    }

    private ActionFilter filter(HttpServletRequest request) {
        try {
            return ActionFilter.parse(request.getParameterMap(), countries);
        } catch (ActionFilter.BadFilter e) {
            throw new BadPageRequestException(e.parameter(), e.getMessage());
        }
    }

    /** Actions by year and type: one line per type with actions, over the years of the actions' main dates. */
    private static Optional<RenderedChart> timeline(List<ActionRecord> rows, PageContext page) {
        Map<ActionType, Map<Integer, Long>> counts = new LinkedHashMap<>();
        TreeSet<Integer> years = new TreeSet<>();
        for (ActionRecord r : rows) {
            r.action().date().ifPresent(d -> {
                years.add(d.year());
                counts.computeIfAbsent(r.action().type(), t -> new TreeMap<>()).merge(d.year(), 1L, Long::sum);
            });
        }
        if (years.isEmpty()) {
            return Optional.empty();
        }
        List<LineChart.Series> series = new ArrayList<>();
        for (ActionType type : ActionType.values()) {
            Map<Integer, Long> byYear = counts.get(type);
            if (byYear == null) {
                continue;
            }
            List<LineChart.Point> points = new ArrayList<>();
            for (int y = years.first(); y <= years.last(); y++) {
                points.add(LineChart.Point.of(LocalDate.of(y, 7, 1), byYear.getOrDefault(y, 0L)));
            }
            series.add(new LineChart.Series(page.t("aitracker.type." + type.code()), points));
        }
        return Optional.of(new LineChart(page.t("aitracker.timeline.title"), page.t("aitracker.timeline.description"),
                page.t("aitracker.timeline.axis"), ValueFormat.WHOLE_NUMBER, series).render(page.locale()));
    }
}
