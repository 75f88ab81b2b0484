package org.plenum.assessment.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenum.assessment.AssessmentException;
import org.plenum.assessment.Edition;
import org.plenum.assessment.Framework;
import org.plenum.assessment.Question;
import org.plenum.assessment.Scoring;
import org.plenum.assessment.published.PublishedFigures;
import org.plenum.assessment.results.AssessmentResults;
import org.plenum.assessment.results.Grouping;
import org.plenum.assessment.results.ResultTables;
import org.plenum.assessment.scoring.ScoreCalculator;
import org.plenum.registry.EntityRecord;
import org.plenum.registry.EntityRef;
import org.plenum.registry.FieldCatalogue;
import org.plenum.registry.PublishedRegistry;
import org.plenum.web.BadPageRequestException;
import org.plenum.web.PageContext;
import org.plenum.web.PageController;
import org.plenum.web.PageNotFoundException;
import org.plenum.web.chart.BarChart;
import org.plenum.web.chart.RenderedChart;
import org.plenum.web.chart.ValueFormat;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The digital-maturity pages (decision 0050): the landing page with IPU's published figures beside Plenum's index,
 * a framework's ranking, breakdown and practices, one respondent's explained score with its peer benchmark, and the
 * what-if (a GET form: nothing is saved).
 */
@PageController
class MaturityPagesController {

    private final Scoring scoring;
    private final AssessmentResults results;
    private final PublishedFigures published;
    private final FieldCatalogue catalogue;
    private final PublishedRegistry registry;

    MaturityPagesController(Scoring scoring, AssessmentResults results, PublishedFigures published,
                            FieldCatalogue catalogue, PublishedRegistry registry) {
        this.scoring = scoring;
        this.results = results;
        this.published = published;
        this.catalogue = catalogue;
        this.registry = registry;
    }

    @GetMapping("/digital-maturity")
    String landing(Model model) {
        PageContext page = page(model);
        List<MaturityView.Landing> frameworks = new ArrayList<>();
        for (Framework framework : latestOfEach()) {
            if (results.isPrivate(framework)) {
                continue;
            }
            Optional<Edition> edition = results.edition(framework, Optional.empty());
            frameworks.add(new MaturityView.Landing(framework, edition.map(e -> results.results(framework, e))));
        }
        model.addAttribute("frameworks", frameworks);
        model.addAttribute("headlines", published.headlines());
        model.addAttribute("dmiScores", published.dmiScores());
        // IPU names the countries in English; the reader gets the registry's name in their language
        Map<String, String> countryNames = new LinkedHashMap<>();
        published.dmiScores().forEach(d -> d.country().ifPresent(code -> registry.current().get(EntityRef.country(code))
                .flatMap(c -> c.text("country_name", page.lang(), EntityRecord.LATEST))
                .ifPresent(name -> countryNames.put(code, name))));
        model.addAttribute("countryNames", countryNames);
        model.addAttribute("labels", MaturityLabels.of(page, catalogue));
        return "maturity/landing";
    }

    @GetMapping("/frameworks/{code}")
    String ranking(@PathVariable("code") String code, HttpServletRequest request, Model model) {
        PageContext page = page(model);
        MaturityView view = view(code, request, page);
        Optional<String> region = choice(request, "region", view.labels().regionCodes());
        Optional<String> income = choice(request, "income_group", view.labels().incomeCodes());
        List<Scoring.Ranked> rows = ResultTables.filter(view.results().ranking(), region, income);
        model.addAttribute("view", view);
        model.addAttribute("rows", rows);
        model.addAttribute("region", region.orElse(""));
        model.addAttribute("income", income.orElse(""));
        model.addAttribute("bandChart", bandChart(view, rows, page));
        return "maturity/ranking";
    }

    @GetMapping("/frameworks/{code}/breakdown")
    String breakdown(@PathVariable("code") String code, HttpServletRequest request, Model model) {
        PageContext page = page(model);
        MaturityView view = view(code, request, page);
        ResultTables.Breakdown regions = ResultTables.breakdown(view.framework(), view.results().cards(),
                Grouping.REGION, view.labels().regionCodes());
        ResultTables.Breakdown incomes = ResultTables.breakdown(view.framework(), view.results().cards(),
                Grouping.INCOME_GROUP, Grouping.INCOME_ORDER);
        model.addAttribute("view", view);
        model.addAttribute("breakdowns", List.of(regions, incomes));
        model.addAttribute("charts", List.of(meanChart(view, regions, page), meanChart(view, incomes, page)));
        model.addAttribute("trend", results.trend(view.framework()));
        return "maturity/breakdown";
    }

    @GetMapping("/frameworks/{code}/practices")
    String practices(@PathVariable("code") String code, HttpServletRequest request, Model model) {
        PageContext page = page(model);
        MaturityView view = view(code, request, page);
        List<ResultTables.PracticeShare> shares = ResultTables.practicesOf(view.framework(), view.results().accepted());
        model.addAttribute("view", view);
        model.addAttribute("practices", shares);
        List<BarChart.Bar> bars = shares.stream().filter(s -> s.share().isPresent())
                .map(s -> BarChart.Bar.of(s.practice().title().in(page.lang()), 100 * s.share().getAsDouble())).toList();
        model.addAttribute("chart", bars.isEmpty() ? Optional.empty() : Optional.of(new BarChart(
                page.t("maturity.practices.chart"), page.t("maturity.practices.chart.description"),
                ValueFormat.percent(0), bars).render(page.locale())));
        return "maturity/practices";
    }

    @GetMapping("/frameworks/{code}/scores/{key}")
    String score(@PathVariable("code") String code, @PathVariable("key") String key, HttpServletRequest request,
                 Model model) {
        PageContext page = page(model);
        MaturityView view = view(code, request, page);
        Scoring.Ranked ranked = view.results().of(key).orElseThrow(() -> new PageNotFoundException(
                "no accepted response of " + key));
        model.addAttribute("view", view);
        model.addAttribute("ranked", ranked);
        model.addAttribute("benchmark", ResultTables.benchmark(view.framework(), ranked.card(), view.results().cards()));
        return "maturity/score";
    }

    @GetMapping("/frameworks/{code}/scores/{key}/what-if")
    String whatIf(@PathVariable("code") String code, @PathVariable("key") String key, HttpServletRequest request,
                  Model model) {
        PageContext page = page(model);
        MaturityView view = view(code, request, page);
        if (view.results().of(key).isEmpty()) {
            throw new PageNotFoundException("no accepted response of " + key);
        }
        List<Question> questions = questions(view);
        Map<String, String> changes = new LinkedHashMap<>();
        boolean submitted = request.getParameter("w") != null;
        List<String> shown = questions.stream().flatMap(q -> q.rows().isEmpty() ? java.util.stream.Stream.of(q.name())
                : q.rows().stream().map(org.plenum.assessment.MatrixRow::name)).toList();
        for (String name : shown) {
            String[] values = request.getParameterValues(name);
            if (values != null) {
                changes.put(name, String.join(" ", values).strip());
            } else if (submitted) {
                changes.put(name, "");
            }
        }
        for (String name : request.getParameterMap().keySet()) {
            if (!name.equals("w") && !name.equals("edition") && !name.equals("lang") && !name.equals("known_at")
                    && !changes.containsKey(name)) {
                throw new BadPageRequestException(name, "the what-if changes only the answers to the questions the "
                        + "framework reads: " + String.join(", ", shown));
            }
        }
        AssessmentResults.WhatIf whatIf = results.whatIf(view.results(), key, changes);
        model.addAttribute("view", view);
        model.addAttribute("questions", questions);
        model.addAttribute("whatIf", whatIf);
        model.addAttribute("asked", !changes.isEmpty());
        return "maturity/what-if";
    }

    // ----

    private List<Framework> latestOfEach() {
        List<Framework> latest = new ArrayList<>();
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        for (Framework f : scoring.frameworks()) {
            if (seen.add(f.code())) {
                latest.add(f);
            }
        }
        return latest;
    }

    private MaturityView view(String code, HttpServletRequest request, PageContext page) {
        Framework framework = scoring.framework(code).orElseThrow(() -> new PageNotFoundException("no framework " + code));
        Optional<String> asked = Optional.ofNullable(request.getParameter("edition")).filter(s -> !s.isBlank());
        Edition edition;
        try {
            edition = results.edition(framework, asked).orElseThrow(() -> new PageNotFoundException(
                    "no edition of " + framework.questionnaire() + " that " + code + " can score"));
        } catch (AssessmentException e) {
            throw new BadPageRequestException("edition", e.getMessage());
        }
        return new MaturityView(results.results(framework, edition), results.editions(framework),
                MaturityLabels.of(page, catalogue));
    }

    /** The questions the framework's rules read, in the edition's order (a matrix once). */
    static List<Question> questions(MaturityView view) {
        List<String> names = questionNames(view);
        return view.results().edition().questions()
                .filter(q -> names.contains(q.name()) || q.rows().stream().anyMatch(r -> names.contains(r.name())))
                .toList();
    }

    static List<String> questionNames(MaturityView view) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        view.framework().areas().forEach(a -> a.indicators().forEach(i -> names.addAll(i.rule().questions())));
        return List.copyOf(names);
    }

    private static Optional<String> choice(HttpServletRequest request, String name, List<String> allowed) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (!allowed.contains(value)) {
            throw new BadPageRequestException(name, "not one of " + String.join(", ", allowed));
        }
        return Optional.of(value);
    }

    private static Optional<RenderedChart> bandChart(MaturityView view, List<Scoring.Ranked> rows, PageContext page) {
        List<BarChart.Bar> bars = new ArrayList<>();
        for (Framework.Band band : view.framework().bands()) {
            long n = rows.stream().filter(r -> r.card().band().equals(Optional.of(band))).count();
            bars.add(BarChart.Bar.of(band.label().in(page.lang()), n));
        }
        if (rows.stream().noneMatch(r -> r.rank().isPresent())) {
            return Optional.empty();
        }
        return Optional.of(new BarChart(page.t("maturity.ranking.bandChart"),
                page.t("maturity.ranking.bandChart.description"), ValueFormat.WHOLE_NUMBER, bars,
                page.t("maturity.band")).render(page.locale()));
    }

    private static Optional<RenderedChart> meanChart(MaturityView view, ResultTables.Breakdown breakdown, PageContext page) {
        List<BarChart.Bar> bars = breakdown.groups().stream().filter(g -> g.mean().isPresent())
                .map(g -> BarChart.Bar.of(view.labels().group(breakdown.by(), g.group()) + " (n = " + g.n() + ")",
                        g.mean().getAsDouble())).toList();
        if (bars.isEmpty()) {
            return Optional.empty();
        }
        String by = breakdown.by() == Grouping.REGION ? "region" : "income";
        return Optional.of(new BarChart(page.t("maturity.breakdown.chart." + by),
                page.t("maturity.breakdown.chart.description"), new ValueFormat("", 1), bars,
                page.t("maturity.breakdown." + by)).render(page.locale()));
    }

    static PageContext page(Model model) {
        return (PageContext) model.getAttribute("page");
    }
}
