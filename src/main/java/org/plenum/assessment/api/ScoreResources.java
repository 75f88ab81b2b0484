package org.plenum.assessment.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.plenum.assessment.Framework;
import org.plenum.assessment.Respondent;
import org.plenum.assessment.Rule;
import org.plenum.assessment.ScoreCard;
import org.plenum.assessment.Scoring;
import org.plenum.assessment.results.ResultTables;
import org.plenum.assessment.scoring.ScoreCalculator;

/**
 * The JSON shapes of scores, shared by the API and the JSON download: flat rows (one per respondent, naming framework
 * version and edition and whether the respondent is synthetic) and the explanation of one score.
 */
public final class ScoreResources {

    private ScoreResources() {
    }

    /** The columns of the ranking files (CSV, XLSX) in order; the areas' columns follow, one per area. */
    public static final List<String> COLUMNS = List.of("framework", "framework_version", "questionnaire", "edition",
            "rank", "respondent", "label", "chamber", "country", "region", "income_group", "synthetic", "score",
            "score_shown", "band");

    /** One ranking row: the columns of {@link #COLUMNS}, then {@code area_<code>} for each area. */
    public static Map<String, Object> row(Framework framework, Scoring.Ranked ranked) {
        ScoreCard card = ranked.card();
        Respondent r = card.respondent();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("framework", card.framework());
        row.put("framework_version", card.frameworkVersion());
        row.put("questionnaire", card.questionnaire());
        row.put("edition", card.edition());
        row.put("rank", ranked.rank().orElse(null));
        row.put("respondent", r.key());
        row.put("label", r.label());
        row.put("chamber", r.chamber().orElse(null));
        row.put("country", r.country().orElse(null));
        row.put("region", r.region().orElse(null));
        row.put("income_group", r.incomeGroup().orElse(null));
        row.put("synthetic", r.synthetic());
        row.put("score", value(card.score()));
        row.put("score_shown", card.score().isPresent() ? ScoreCalculator.rounded(card.score().getAsDouble()) : null);
        row.put("band", card.band().map(Framework.Band::code).orElse(null));
        for (int a = 0; a < framework.areas().size(); a++) {
            row.put("area_" + framework.areas().get(a).code(), value(card.areas().get(a).score()));
        }
        return row;
    }

    /** The explanation of a score: every area and indicator, the answers read, the points given, the policy. */
    public static Map<String, Object> explanation(Framework framework, ScoreCard card) {
        List<Object> areas = new ArrayList<>();
        for (int a = 0; a < framework.areas().size(); a++) {
            Framework.Area area = framework.areas().get(a);
            ScoreCard.AreaScore scored = card.areas().get(a);
            List<Object> indicators = new ArrayList<>();
            for (int i = 0; i < area.indicators().size(); i++) {
                Framework.Indicator indicator = area.indicators().get(i);
                ScoreCard.IndicatorScore s = scored.indicators().get(i);
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("code", indicator.code());
                item.put("title", indicator.title().byLanguage());
                item.put("weight", indicator.weight());
                item.put("rule", rule(indicator.rule()));
                item.put("questions", indicator.rule().questions());
                item.put("answers", s.answers());
                item.put("missing", s.missing());
                item.put("points", s.points());
                item.put("max_points", s.max());
                item.put("share", s.max() > 0 ? s.points() / s.max() : 0);
                indicators.add(item);
            }
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("code", area.code());
            item.put("title", area.title().byLanguage());
            item.put("weight", area.weight());
            item.put("score", value(scored.score()));
            item.put("answered_share", scored.answeredShare());
            item.put("indicators", indicators);
            areas.add(item);
        }
        Map<String, Object> missing = new LinkedHashMap<>();
        missing.put("treatment", framework.missing().treatment().name().toLowerCase(java.util.Locale.ROOT));
        missing.put("minimum_share_answered", framework.missing().minimumShareAnswered());
        missing.put("explanation", framework.missing().explanation().byLanguage());
        Map<String, Object> explanation = new LinkedHashMap<>();
        explanation.put("method", "Indicator share = points / the rule's maximum. Area score = 1 + 9 × Σ(weight × share)"
                + " / Σ(weight) over the area's counted indicators. Overall score = Σ(area weight × area score) / "
                + "Σ(area weight). Ranks compare scores rounded to one decimal; equal scores share a rank.");
        explanation.put("missing", missing);
        explanation.put("areas", areas);
        return explanation;
    }

    public static Map<String, Object> benchmark(List<ResultTables.BenchmarkGroup> groups) {
        List<Object> list = new ArrayList<>();
        for (ResultTables.BenchmarkGroup group : groups) {
            List<Object> rows = new ArrayList<>();
            for (ResultTables.BenchmarkRow row : group.rows()) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("area", row.area().orElse(null));
                item.put("score", value(row.own()));
                item.put("group_mean", value(row.mean()));
                item.put("group_median", value(row.median()));
                item.put("percentile", value(row.percentile()));
                item.put("n", row.n());
                rows.add(item);
            }
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("against", group.kind());
            item.put("group", group.group().orElse(null));
            item.put("n", group.n());
            item.put("rows", rows);
            list.add(item);
        }
        return Map.of("groups", list, "percentile", "the percentage of the group's scores below the respondent's plus "
                + "half of those equal to it");
    }

    static Object rule(Rule rule) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (rule instanceof Rule.ChoicePoints c) {
            body.put("question", c.question());
            body.put("points", c.points());
            body.put("combine", c.combine().name().toLowerCase(java.util.Locale.ROOT));
            c.cap().ifPresent(cap -> body.put("cap", cap));
            return Map.of("choice_points", body);
        }
        if (rule instanceof Rule.Thresholds t) {
            body.put("question", t.question());
            body.put("steps", t.steps().stream().map(s -> Map.of("at_least", s.atLeast(), "points", s.points())).toList());
            return Map.of("thresholds", body);
        }
        Rule.AnyOf any = (Rule.AnyOf) rule;
        body.put("conditions", any.conditions().stream().map(c -> Map.of("question", c.question(),
                "choices", c.choices().stream().sorted().toList())).toList());
        body.put("points", any.points());
        return Map.of("any_of", body);
    }

    static Object value(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    static Object value(Optional<?> value) {
        return value.orElse(null);
    }
}
