package org.plenum.assessment.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.plenum.assessment.Answers;
import org.plenum.assessment.Framework;
import org.plenum.assessment.Response;
import org.plenum.assessment.ScoreCard;
import org.plenum.assessment.Scoring;
import org.plenum.assessment.scoring.ScoreCalculator;

/**
 * The results computed from score cards (pure functions; the definitions are in docs/assessment-method.md,
 * "Results"). Only respondents with a score count; every summary states its n.
 */
public final class ResultTables {

    private ResultTables() {
    }

    /** Mean, median and n of the overall score and of each area's score. */
    public record Summary(String group, int n, OptionalDouble mean, OptionalDouble median, List<AreaSummary> areas) {
    }

    public record AreaSummary(String area, int n, OptionalDouble mean, OptionalDouble median) {
    }

    /**
     * Scores by group. {@code gradient} only by income group: Pearson's and Spearman's correlation of the score with
     * the income group's ordinal (1 low … 4 high) and the least-squares slope (points per income step), over {@code n}.
     */
    public record Breakdown(Grouping by, List<Summary> groups, Summary all, int withoutGroup,
                            Optional<IncomeGradient> gradient) {
    }

    public record IncomeGradient(int n, OptionalDouble pearson, OptionalDouble spearman, OptionalDouble slope) {
    }

    /** A practice: among those who answered its questions ({@code answered}), how many have it. */
    public record PracticeShare(Framework.Practice practice, int holding, int answered, OptionalDouble share) {
    }

    /** One respondent against a group: per row (the overall score, then each area). */
    public record BenchmarkGroup(String kind, Optional<String> group, int n, List<BenchmarkRow> rows) {
    }

    /** {@code area} is empty for the overall score. */
    public record BenchmarkRow(Optional<String> area, OptionalDouble own, OptionalDouble mean, OptionalDouble median,
                               OptionalDouble percentile, int n) {
    }

    public static Summary summary(String group, Framework framework, List<ScoreCard> cards) {
        List<ScoreCard> scored = cards.stream().filter(c -> c.score().isPresent()).toList();
        List<Double> scores = scored.stream().map(c -> c.score().getAsDouble()).toList();
        List<AreaSummary> areas = new ArrayList<>();
        for (int a = 0; a < framework.areas().size(); a++) {
            int index = a;
            List<Double> values = scored.stream().map(c -> c.areas().get(index).score())
                    .filter(OptionalDouble::isPresent).map(OptionalDouble::getAsDouble).toList();
            areas.add(new AreaSummary(framework.areas().get(a).code(), values.size(), Statistics.mean(values),
                    Statistics.median(values)));
        }
        return new Summary(group, scores.size(), Statistics.mean(scores), Statistics.median(scores), areas);
    }

    /** Groups in {@code order} (groups with no respondent are left out; codes not in the order come last). */
    public static Breakdown breakdown(Framework framework, List<ScoreCard> cards, Grouping by, List<String> order) {
        List<ScoreCard> scored = cards.stream().filter(c -> c.score().isPresent()).toList();
        Map<String, List<ScoreCard>> groups = new LinkedHashMap<>();
        order.forEach(code -> groups.put(code, new ArrayList<>()));
        int without = 0;
        for (ScoreCard card : scored) {
            Optional<String> group = by.of(card.respondent());
            if (group.isEmpty()) {
                without++;
            } else {
                groups.computeIfAbsent(group.get(), g -> new ArrayList<>()).add(card);
            }
        }
        List<Summary> summaries = new ArrayList<>();
        groups.forEach((code, members) -> {
            if (!members.isEmpty()) {
                summaries.add(summary(code, framework, members));
            }
        });
        Optional<IncomeGradient> gradient = by == Grouping.INCOME_GROUP ? Optional.of(gradient(scored)) : Optional.empty();
        return new Breakdown(by, summaries, summary("all", framework, scored), without, gradient);
    }

    static IncomeGradient gradient(List<ScoreCard> scored) {
        List<ScoreCard> known = scored.stream()
                .filter(c -> c.respondent().incomeGroup().flatMap(Grouping::incomeOrdinal).isPresent()).toList();
        double[] income = known.stream()
                .mapToDouble(c -> c.respondent().incomeGroup().flatMap(Grouping::incomeOrdinal).orElseThrow()).toArray();
        double[] score = known.stream().mapToDouble(c -> c.score().getAsDouble()).toArray();
        return new IncomeGradient(known.size(), Statistics.pearson(income, score), Statistics.spearman(income, score),
                Statistics.slope(income, score));
    }

    public static List<PracticeShare> practices(Framework framework, List<Answers> answers) {
        List<PracticeShare> shares = new ArrayList<>();
        for (Framework.Practice practice : framework.practices()) {
            int answered = 0;
            int holding = 0;
            for (Answers a : answers) {
                OptionalDouble points = ScoreCalculator.points(practice.condition(), a);
                if (points.isPresent()) {
                    answered++;
                    if (points.getAsDouble() > 0) {
                        holding++;
                    }
                }
            }
            shares.add(new PracticeShare(practice, holding, answered,
                    answered == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) holding / answered)));
        }
        return shares;
    }

    /** The practice shares of accepted responses. */
    public static List<PracticeShare> practicesOf(Framework framework, List<Response> responses) {
        return practices(framework, responses.stream().map(Response::answers).toList());
    }

    /**
     * {@code card} against all respondents, those of its region and those of its income group: for the overall score
     * and each area, its own score, the group's mean, median, n and its percentile rank in the group.
     */
    public static List<BenchmarkGroup> benchmark(Framework framework, ScoreCard card, List<ScoreCard> everyone) {
        List<ScoreCard> scored = everyone.stream().filter(c -> c.score().isPresent()).toList();
        List<BenchmarkGroup> groups = new ArrayList<>();
        card.respondent().region().ifPresent(region -> groups.add(group(framework, card, "region", Optional.of(region),
                scored.stream().filter(c -> c.respondent().region().equals(Optional.of(region))).toList())));
        card.respondent().incomeGroup().ifPresent(income -> groups.add(group(framework, card, "income_group",
                Optional.of(income), scored.stream()
                        .filter(c -> c.respondent().incomeGroup().equals(Optional.of(income))).toList())));
        groups.add(group(framework, card, "all", Optional.empty(), scored));
        return groups;
    }

    private static BenchmarkGroup group(Framework framework, ScoreCard card, String kind, Optional<String> group,
                                        List<ScoreCard> members) {
        List<BenchmarkRow> rows = new ArrayList<>();
        rows.add(row(Optional.empty(), card.score(), members, ScoreCard::score));
        for (int a = 0; a < framework.areas().size(); a++) {
            int index = a;
            rows.add(row(Optional.of(framework.areas().get(a).code()), card.areas().get(a).score(), members,
                    c -> c.areas().get(index).score()));
        }
        return new BenchmarkGroup(kind, group, members.size(), rows);
    }

    private static BenchmarkRow row(Optional<String> area, OptionalDouble own, List<ScoreCard> members,
                                    Function<ScoreCard, OptionalDouble> value) {
        List<Double> values = members.stream().map(value).filter(OptionalDouble::isPresent)
                .map(OptionalDouble::getAsDouble).toList();
        OptionalDouble percentile = own.isPresent() && !values.isEmpty()
                ? Statistics.percentile(own.getAsDouble(), values) : OptionalDouble.empty();
        return new BenchmarkRow(area, own, Statistics.mean(values), Statistics.median(values), percentile,
                values.size());
    }

    /** The rows of a ranking that are in {@code region} and {@code incomeGroup} (each when given). */
    public static List<Scoring.Ranked> filter(List<Scoring.Ranked> ranking, Optional<String> region,
                                              Optional<String> incomeGroup) {
        return ranking.stream()
                .filter(r -> region.isEmpty() || r.card().respondent().region().equals(region))
                .filter(r -> incomeGroup.isEmpty() || r.card().respondent().incomeGroup().equals(incomeGroup))
                .toList();
    }
}
