package org.plenum.assessment.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenum.assessment.AnswerProblem;
import org.plenum.assessment.AssessmentException;
import org.plenum.assessment.Edition;
import org.plenum.assessment.Framework;
import org.plenum.assessment.Scoring;
import org.plenum.assessment.published.PublishedFigure;
import org.plenum.assessment.published.PublishedFigures;
import org.plenum.assessment.results.AssessmentResults;
import org.plenum.assessment.results.Grouping;
import org.plenum.assessment.results.ResultTables;
import org.plenum.assessment.scoring.FrameworkCatalogue;
import org.plenum.web.ApiException;
import org.plenum.web.JsonApi;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scoring frameworks and their results under {@code /api/v1/} (decision 0050): the frameworks and their whole
 * documents, the scores of an edition (filtered by region and income group), one score with its explanation and peer
 * benchmark, breakdowns, practice shares, the what-if (nothing saved) and IPU's published figures.
 */
@RestController
@Tag(name = "Digital maturity", description = "Scoring frameworks, scores, breakdowns, what-if, IPU's published figures")
class FrameworksApiController {

    private final Scoring scoring;
    private final FrameworkCatalogue catalogue;
    private final AssessmentResults results;
    private final PublishedFigures published;
    private final JsonMapper json;

    FrameworksApiController(Scoring scoring, FrameworkCatalogue catalogue, AssessmentResults results,
                            PublishedFigures published, JsonMapper json) {
        this.scoring = scoring;
        this.catalogue = catalogue;
        this.results = results;
        this.published = published;
        this.json = json;
    }

    @Operation(summary = "The scoring frameworks, newest version of each")
    @GetMapping("/api/v1/frameworks")
    ResponseEntity<byte[]> frameworks(HttpServletRequest request) {
        ApiException.onlyParameters(request, List.of());
        List<Object> data = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (FrameworkCatalogue.Stored stored : catalogue.all()) {
            Framework f = stored.framework();
            if (seen.contains(f.code())) {
                continue;
            }
            seen.add(f.code());
            Map<String, Object> attributes = summary(f);
            attributes.put("versions", catalogue.all().stream().filter(s -> s.framework().code().equals(f.code()))
                    .map(s -> s.framework().version()).toList());
            data.add(JsonApi.resource("frameworks", f.code(), attributes, "/api/v1/frameworks/" + f.code()));
        }
        return send(JsonApi.document(data, "/api/v1/frameworks", Map.of("total", data.size())));
    }

    @Operation(summary = "A framework's whole document (the newest version, or ?version=)")
    @GetMapping("/api/v1/frameworks/{code}")
    ResponseEntity<byte[]> framework(@PathVariable("code") String code, HttpServletRequest request) {
        ApiException.onlyParameters(request, List.of("version"));
        Optional<String> version = Optional.ofNullable(request.getParameter("version"));
        FrameworkCatalogue.Stored stored = (version.isPresent() ? catalogue.find(code, version.get())
                : catalogue.newest(code)).orElseThrow(() -> ApiException.notFound("There is no framework " + code
                + version.map(v -> " version " + v).orElse("") + "; see /api/v1/frameworks."));
        Map<String, Object> attributes = summary(stored.framework());
        attributes.put("document", json.readValue(stored.document(), Map.class));
        attributes.put("source", stored.source());
        return send(JsonApi.document(JsonApi.resource("frameworks", code, attributes, "/api/v1/frameworks/" + code),
                "/api/v1/frameworks/" + code, Map.of()));
    }

    @Operation(summary = "The scores of an edition's accepted responses, ranked; filter by region and income group")
    @GetMapping("/api/v1/frameworks/{code}/scores")
    ResponseEntity<byte[]> scores(@PathVariable("code") String code, HttpServletRequest request) {
        ApiException.onlyParameters(request, List.of("edition", "region", "income_group"));
        AssessmentResults.Results r = results(code, request);
        Optional<String> region = Optional.ofNullable(request.getParameter("region")).filter(s -> !s.isBlank());
        Optional<String> income = Optional.ofNullable(request.getParameter("income_group")).filter(s -> !s.isBlank());
        List<Object> data = new ArrayList<>();
        for (Scoring.Ranked ranked : ResultTables.filter(r.ranking(), region, income)) {
            String key = ranked.card().respondent().key();
            data.add(JsonApi.resource("scores", key, ScoreResources.row(r.framework(), ranked),
                    "/api/v1/frameworks/" + code + "/scores/" + key + "?edition=" + r.edition().edition()));
        }
        Map<String, Object> meta = meta(r);
        meta.put("total", data.size());
        meta.put("respondents", r.ranking().size());
        return send(JsonApi.document(data, "/api/v1/frameworks/" + code + "/scores", meta));
    }

    @Operation(summary = "One respondent's score with its explanation (every indicator's answers and points) and peer benchmark")
    @GetMapping("/api/v1/frameworks/{code}/scores/{key}")
    ResponseEntity<byte[]> score(@PathVariable("code") String code, @PathVariable("key") String key,
                                 HttpServletRequest request) {
        ApiException.onlyParameters(request, List.of("edition"));
        AssessmentResults.Results r = results(code, request);
        Scoring.Ranked ranked = r.of(key).orElseThrow(() -> ApiException.notFound("There is no accepted response of "
                + key + " to " + r.edition().questionnaire() + " " + r.edition().edition() + "."));
        Map<String, Object> attributes = ScoreResources.row(r.framework(), ranked);
        attributes.put("explanation", ScoreResources.explanation(r.framework(), ranked.card()));
        attributes.put("benchmark", ScoreResources.benchmark(ResultTables.benchmark(r.framework(), ranked.card(), r.cards())));
        return send(JsonApi.document(JsonApi.resource("scores", key, attributes, "/api/v1/frameworks/" + code + "/scores/" + key),
                "/api/v1/frameworks/" + code + "/scores/" + key, meta(r)));
    }

    @Operation(summary = "Scores by IPU region or World Bank income group (mean, median, n, per area); by income group "
            + "with Pearson's and Spearman's correlation of score with income group (ordinal 1-4)")
    @GetMapping("/api/v1/frameworks/{code}/breakdowns")
    ResponseEntity<byte[]> breakdowns(@PathVariable("code") String code, HttpServletRequest request) {
        ApiException.onlyParameters(request, List.of("edition", "by"));
        String by = Optional.ofNullable(request.getParameter("by")).orElse("region");
        Grouping grouping = Grouping.parse(by).orElseThrow(() -> ApiException.badParameter("by", "invalid_parameter",
                "by must be region or income_group, not '" + by + "'."));
        AssessmentResults.Results r = results(code, request);
        ResultTables.Breakdown breakdown = ResultTables.breakdown(r.framework(), r.cards(), grouping,
                grouping == Grouping.INCOME_GROUP ? Grouping.INCOME_ORDER : List.of());
        List<Object> data = new ArrayList<>();
        for (ResultTables.Summary s : breakdown.groups()) {
            data.add(JsonApi.resource("breakdowns", grouping.parameter() + ":" + s.group(), summary(s, grouping), null));
        }
        Map<String, Object> meta = meta(r);
        meta.put("by", grouping.parameter());
        meta.put("all", summary(breakdown.all(), grouping));
        meta.put("without_group", breakdown.withoutGroup());
        breakdown.gradient().ifPresent(g -> {
            Map<String, Object> gradient = new LinkedHashMap<>();
            gradient.put("n", g.n());
            gradient.put("income_ordinal", "low_income 1, lower_middle_income 2, upper_middle_income 3, high_income 4");
            gradient.put("pearson", ScoreResources.value(g.pearson()));
            gradient.put("spearman", ScoreResources.value(g.spearman()));
            gradient.put("slope_per_income_step", ScoreResources.value(g.slope()));
            meta.put("income_gradient", gradient);
        });
        return send(JsonApi.document(data, "/api/v1/frameworks/" + code + "/breakdowns?by=" + grouping.parameter(), meta));
    }

    @Operation(summary = "The share of respondents with each of the framework's practices")
    @GetMapping("/api/v1/frameworks/{code}/practices")
    ResponseEntity<byte[]> practices(@PathVariable("code") String code, HttpServletRequest request) {
        ApiException.onlyParameters(request, List.of("edition"));
        AssessmentResults.Results r = results(code, request);
        List<Object> data = new ArrayList<>();
        for (ResultTables.PracticeShare p : ResultTables.practicesOf(r.framework(), r.accepted())) {
            Map<String, Object> attributes = new LinkedHashMap<>();
            attributes.put("title", p.practice().title().byLanguage());
            attributes.put("condition", ScoreResources.rule(p.practice().condition()));
            attributes.put("holding", p.holding());
            attributes.put("answered", p.answered());
            attributes.put("share", ScoreResources.value(p.share()));
            data.add(JsonApi.resource("practices", p.practice().code(), attributes, null));
        }
        return send(JsonApi.document(data, "/api/v1/frameworks/" + code + "/practices", meta(r)));
    }

    @Operation(summary = "What if a respondent had answered differently: ?respondent=KEY&answers[question]=value (a "
            + "blank value removes the answer); the new score, band and rank. Nothing is saved.")
    @GetMapping("/api/v1/frameworks/{code}/what-if")
    ResponseEntity<byte[]> whatIf(@PathVariable("code") String code, HttpServletRequest request) {
        Map<String, String> changes = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
            String name = p.getKey();
            if (name.startsWith("answers[") && name.endsWith("]")) {
                changes.put(name.substring(8, name.length() - 1), String.join(" ", p.getValue()));
            } else if (!List.of("respondent", "edition").contains(name)) {
                throw ApiException.badParameter(name, "unknown_parameter", "Unknown query parameter '" + name
                        + "'; this endpoint takes respondent, edition and answers[<question>].");
            }
        }
        String key = request.getParameter("respondent");
        if (key == null || key.isBlank()) {
            throw ApiException.badParameter("respondent", "missing_parameter", "respondent is required: the key of a "
                    + "respondent with an accepted response (see /api/v1/frameworks/" + code + "/scores).");
        }
        AssessmentResults.Results r = results(code, request);
        if (r.of(key).isEmpty()) {
            throw ApiException.notFound("There is no accepted response of " + key + " to "
                    + r.edition().questionnaire() + " " + r.edition().edition() + ".");
        }
        for (String question : changes.keySet()) {
            if (r.edition().question(question).isEmpty() && !question.endsWith("_other")) {
                throw ApiException.badParameter("answers[" + question + "]", "unknown_question", "The edition "
                        + r.edition().edition() + " has no question " + question + ".");
            }
        }
        AssessmentResults.WhatIf w = results.whatIf(r, key, changes);
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("respondent", key);
        attributes.put("synthetic", w.after().card().respondent().synthetic());
        attributes.put("changes", changes);
        attributes.put("before", side(w.before()));
        attributes.put("after", side(w.after()));
        attributes.put("out_of", w.outOf());
        Map<String, Framework.Indicator> indicators = new LinkedHashMap<>();
        r.framework().areas().forEach(a -> a.indicators().forEach(i -> indicators.put(i.code(), i)));
        attributes.put("changed_indicators", w.changed().stream().map(c -> Map.of("area", c.area(), "indicator",
                c.before().indicator(), "title", indicators.get(c.before().indicator()).title().byLanguage(),
                "points_before", c.before().points(), "points_after", c.after().points(),
                "max_points", c.after().max())).toList());
        attributes.put("problems", w.problems().stream().map(FrameworksApiController::problem).toList());
        attributes.put("explanation", ScoreResources.explanation(r.framework(), w.after().card()));
        Map<String, Object> meta = meta(r);
        meta.put("saved", false);
        return ResponseEntity.ok().contentType(JsonApi.MEDIA).cacheControl(CacheControl.noCache())
                .body(json.writeValueAsBytes(JsonApi.document(JsonApi.resource("what-if", key, attributes, null),
                        "/api/v1/frameworks/" + code + "/what-if", meta)));
    }

    @Operation(summary = "Figures published by IPU (World e-Parliament Report 2024): stored as IPU's with their source; "
            + "never Plenum's scores")
    @GetMapping("/api/v1/published-figures")
    ResponseEntity<byte[]> publishedFigures(HttpServletRequest request) {
        ApiException.onlyParameters(request, List.of());
        List<Object> data = new ArrayList<>();
        for (PublishedFigure f : published.all()) {
            Map<String, Object> attributes = new LinkedHashMap<>();
            attributes.put("publisher", f.publisher());
            attributes.put("edition", f.edition());
            attributes.put("indicator", f.indicator());
            attributes.put("value", f.value());
            attributes.put("unit", f.unit());
            attributes.put("subject", f.subject());
            attributes.put("country", f.country().orElse(null));
            attributes.put("global_rank", f.globalRank().isPresent() ? f.globalRank().getAsInt() : null);
            attributes.put("african_rank", f.regionalRank().isPresent() ? f.regionalRank().getAsInt() : null);
            attributes.put("source", f.source());
            attributes.put("source_url", f.sourceUrl().orElse(null));
            attributes.put("note", f.note().orElse(null));
            attributes.put("file", "dataset/" + f.dataset() + ", row " + (f.row() + 1));
            data.add(JsonApi.resource("published-figures", f.dataset().replaceAll(".*/|\\.csv$", "") + "-" + f.row(),
                    attributes, null));
        }
        return send(JsonApi.document(data, "/api/v1/published-figures", Map.of("total", data.size(), "note",
                "Figures published by IPU, as published; not computed by Plenum and never part of Plenum's rankings.")));
    }

    // ----

    private AssessmentResults.Results results(String code, HttpServletRequest request) {
        Framework framework = scoring.framework(code).orElseThrow(() -> ApiException.notFound("There is no framework "
                + code + "; see /api/v1/frameworks."));
        Optional<String> asked = Optional.ofNullable(request.getParameter("edition")).filter(s -> !s.isBlank());
        Edition edition;
        try {
            edition = results.edition(framework, asked).orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND,
                    "no_edition", "No edition", "The questionnaire " + framework.questionnaire()
                    + " has no edition that framework " + code + " can score.", "edition"));
        } catch (AssessmentException e) {
            throw ApiException.badParameter("edition", "invalid_parameter", e.getMessage());
        }
        return results.results(framework, edition);
    }

    private static Map<String, Object> side(Scoring.Ranked ranked) {
        Map<String, Object> side = new LinkedHashMap<>();
        side.put("score", ScoreResources.value(ranked.card().score()));
        side.put("score_shown", ranked.card().score().isPresent()
                ? org.plenum.assessment.scoring.ScoreCalculator.rounded(ranked.card().score().getAsDouble()) : null);
        side.put("band", ranked.card().band().map(Framework.Band::code).orElse(null));
        side.put("band_label", ranked.card().band().map(b -> b.label().byLanguage()).orElse(null));
        side.put("rank", ranked.rank().orElse(null));
        Map<String, Object> areas = new LinkedHashMap<>();
        ranked.card().areas().forEach(a -> areas.put(a.area(), ScoreResources.value(a.score())));
        side.put("areas", areas);
        return side;
    }

    private static Map<String, Object> problem(AnswerProblem p) {
        return Map.of("question", p.question(), "code", p.code(), "message", p.message().byLanguage());
    }

    private static Map<String, Object> summary(Framework f) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("code", f.code());
        attributes.put("version", f.version());
        attributes.put("questionnaire", f.questionnaire());
        attributes.put("title", f.title().byLanguage());
        attributes.put("description", f.description().byLanguage());
        attributes.put("areas", f.areas().stream().map(a -> Map.of("code", a.code(), "title", a.title().byLanguage(),
                "weight", a.weight())).toList());
        attributes.put("bands", f.bands().stream().map(b -> Map.of("from", b.from(), "code", b.code(),
                "label", b.label().byLanguage())).toList());
        return attributes;
    }

    private static Map<String, Object> summary(ResultTables.Summary s, Grouping grouping) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put(grouping.parameter(), s.group());
        attributes.put("n", s.n());
        attributes.put("mean", ScoreResources.value(s.mean()));
        attributes.put("median", ScoreResources.value(s.median()));
        Map<String, Object> areas = new LinkedHashMap<>();
        for (ResultTables.AreaSummary a : s.areas()) {
            Map<String, Object> area = new LinkedHashMap<>();
            area.put("n", a.n());
            area.put("mean", ScoreResources.value(a.mean()));
            area.put("median", ScoreResources.value(a.median()));
            areas.put(a.area(), area);
        }
        attributes.put("areas", areas);
        return attributes;
    }

    private static Map<String, Object> meta(AssessmentResults.Results r) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("framework", r.framework().code());
        meta.put("framework_version", r.framework().version());
        meta.put("questionnaire", r.edition().questionnaire());
        meta.put("edition", r.edition().edition());
        meta.put("synthetic_respondents", r.accepted().stream().filter(x -> x.respondent().synthetic()).count());
        return meta;
    }

    private ResponseEntity<byte[]> send(Map<String, Object> document) {
        return ResponseEntity.ok().contentType(JsonApi.MEDIA).cacheControl(CacheControl.noCache())
                .body(json.writeValueAsBytes(document));
    }

}
