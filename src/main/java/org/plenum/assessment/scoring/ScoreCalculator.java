package org.plenum.assessment.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.plenum.assessment.Answers;
import org.plenum.assessment.Framework;
import org.plenum.assessment.Respondent;
import org.plenum.assessment.Rule;
import org.plenum.assessment.ScoreCard;

/**
 * The score of decision 0050, a pure computation. Indicator share = points / rule maximum. Area score = 1 + 9 ×
 * Σ(weight × share) / Σ(weight) over the area's counted indicators ({@code ZERO}: all; {@code SKIP}: the answered
 * ones); an area with less than the minimum share of its indicator weight answered has no score, and then neither has
 * the respondent. Overall = Σ(area weight × area score) / Σ(area weight). Band = the last band whose {@code from} ≤
 * score. Nothing is rounded here.
 */
public final class ScoreCalculator {

    private ScoreCalculator() {
    }

    public static ScoreCard score(Framework framework, String edition, Respondent respondent, Answers answers) {
        List<ScoreCard.AreaScore> areas = new ArrayList<>();
        boolean complete = true;
        double weighted = 0;
        double weights = 0;
        for (Framework.Area area : framework.areas()) {
            ScoreCard.AreaScore scored = area(framework.missing(), area, answers);
            areas.add(scored);
            if (scored.score().isEmpty()) {
                complete = false;
            } else {
                weighted += area.weight() * scored.score().getAsDouble();
                weights += area.weight();
            }
        }
        OptionalDouble score = complete && weights > 0 ? OptionalDouble.of(weighted / weights) : OptionalDouble.empty();
        Optional<Framework.Band> band = score.isPresent() ? band(framework, score.getAsDouble()) : Optional.empty();
        return new ScoreCard(respondent, framework.code(), framework.version(), framework.questionnaire(), edition, score,
                band, areas);
    }

    /** The last band whose {@code from} is at most {@code score}. */
    public static Optional<Framework.Band> band(Framework framework, double score) {
        Framework.Band found = null;
        for (Framework.Band band : framework.bands()) {
            if (band.from() <= score) {
                found = band;
            }
        }
        return Optional.ofNullable(found);
    }

    static ScoreCard.AreaScore area(Framework.MissingPolicy missing, Framework.Area area, Answers answers) {
        List<ScoreCard.IndicatorScore> indicators = new ArrayList<>();
        double answeredWeight = 0;
        double totalWeight = 0;
        double countedWeight = 0;
        double weightedShare = 0;
        for (Framework.Indicator indicator : area.indicators()) {
            ScoreCard.IndicatorScore scored = indicator(indicator, answers);
            indicators.add(scored);
            totalWeight += indicator.weight();
            if (!scored.missing()) {
                answeredWeight += indicator.weight();
            }
            if (!scored.missing() || missing.treatment() == Framework.MissingPolicy.Treatment.ZERO) {
                countedWeight += indicator.weight();
                weightedShare += indicator.weight() * (scored.max() > 0 ? scored.points() / scored.max() : 0);
            }
        }
        double answeredShare = totalWeight > 0 ? answeredWeight / totalWeight : 0;
        OptionalDouble score = answeredShare + 1e-12 >= missing.minimumShareAnswered() && countedWeight > 0
                ? OptionalDouble.of(1 + 9 * weightedShare / countedWeight) : OptionalDouble.empty();
        return new ScoreCard.AreaScore(area.code(), score, area.weight(), answeredShare, indicators);
    }

    static ScoreCard.IndicatorScore indicator(Framework.Indicator indicator, Answers answers) {
        Rule rule = indicator.rule();
        Map<String, String> read = new LinkedHashMap<>();
        for (String question : rule.questions()) {
            answers.get(question).ifPresent(answer -> read.put(question, answer));
        }
        OptionalDouble points = points(rule, answers);
        return new ScoreCard.IndicatorScore(indicator.code(), points.orElse(0), rule.maxPoints(), indicator.weight(),
                points.isEmpty(), read);
    }

    /** The points {@code rule} gives {@code answers}; empty when its questions are unanswered (missing). */
    public static OptionalDouble points(Rule rule, Answers answers) {
        if (rule instanceof Rule.ChoicePoints choice) {
            Set<String> selected = answers.selected(choice.question());
            if (selected.isEmpty()) {
                return OptionalDouble.empty();
            }
            double total = 0;
            for (String name : selected) {
                double p = choice.points().getOrDefault(name, 0.0);
                total = choice.combine() == Rule.ChoicePoints.Combine.MAX ? Math.max(total, p) : total + p;
            }
            double capped = choice.cap().isPresent() ? Math.min(choice.cap().get(), total) : total;
            return OptionalDouble.of(Math.min(capped, choice.maxPoints()));
        }
        if (rule instanceof Rule.Thresholds thresholds) {
            Optional<String> answer = answers.get(thresholds.question());
            if (answer.isEmpty()) {
                return OptionalDouble.empty();
            }
            double value;
            try {
                value = Double.parseDouble(answer.get());
            } catch (NumberFormatException e) {
                return OptionalDouble.empty();
            }
            double best = 0;
            for (Rule.Thresholds.Step step : thresholds.steps()) {
                if (value >= step.atLeast()) {
                    best = step.points();
                }
            }
            return OptionalDouble.of(best);
        }
        Rule.AnyOf any = (Rule.AnyOf) rule;
        boolean answered = false;
        for (Rule.AnyOf.Condition condition : any.conditions()) {
            Set<String> selected = answers.selected(condition.question());
            if (selected.isEmpty()) {
                continue;
            }
            answered = true;
            if (selected.stream().anyMatch(condition.choices()::contains)) {
                return OptionalDouble.of(any.points());
            }
        }
        return answered ? OptionalDouble.of(0) : OptionalDouble.empty();
    }

    /** A score rounded to one decimal as ranks compare it (half up). */
    public static double rounded(double score) {
        return java.math.BigDecimal.valueOf(score).setScale(1, java.math.RoundingMode.HALF_UP).doubleValue();
    }
}
