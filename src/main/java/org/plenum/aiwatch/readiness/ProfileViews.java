package org.plenum.aiwatch.readiness;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.plenum.aiwatch.UseCase;
import org.plenum.aiwatch.UseCases;
import org.plenum.assessment.Edition;
import org.plenum.assessment.Framework;
import org.plenum.assessment.Question;
import org.plenum.assessment.QuestionType;
import org.plenum.assessment.ScoreCard;
import org.plenum.web.PageContext;
import org.plenum.web.chart.BarChart;
import org.plenum.web.chart.ValueFormat;
import org.springframework.stereotype.Component;

/** Builds the pages' views of readiness profiles: texts in the reader's language, answers in words, use cases linked. */
@Component
class ProfileViews {

    private final ReadinessProfiles profiles;
    private final ReadinessRecommendations recommendations;
    private final UseCases useCases;

    ProfileViews(ReadinessProfiles profiles, ReadinessRecommendations recommendations, UseCases useCases) {
        this.profiles = profiles;
        this.recommendations = recommendations;
        this.useCases = useCases;
    }

    ProfileView of(ReadinessProfile profile, PeerAggregate peers, PageContext page) {
        String lang = page.lang();
        List<ProfileView.DimensionRow> dimensions = new ArrayList<>();
        List<BarChart.Bar> bars = new ArrayList<>();
        for (int i = 0; i < profile.dimensions().size(); i++) {
            ReadinessProfile.Dimension d = profile.dimensions().get(i);
            String level = d.level().map(b -> b.label().in(lang)).orElse("—");
            dimensions.add(new ProfileView.DimensionRow(d.area().code(), d.area().title().in(lang),
                    score(d.score(), page), level, d.level().map(Framework.Band::code).orElse(""),
                    d.level().flatMap(b -> recommendations.level(b.code())).map(l -> l.meaning().in(lang)).orElse(""),
                    peers(peers, i, page)));
            if (d.score().isPresent()) {
                bars.add(BarChart.Bar.of(d.area().title().in(lang) + " (" + level + ")", round(d.score().getAsDouble())));
            }
        }
        String chamberName = profiles.chamberName(profile.chamber(), lang);
        Optional<org.plenum.web.chart.RenderedChart> chart = bars.isEmpty() ? Optional.empty()
                : Optional.of(new BarChart(page.t("readiness.chart.title", chamberName),
                page.t("readiness.chart.description"), new ValueFormat("", 1), bars,
                page.t("readiness.dimension")).render(page.locale()));
        List<ProfileView.GapRow> gaps = new ArrayList<>();
        for (ReadinessProfile.Gap gap : profile.gaps()) {
            gaps.add(new ProfileView.GapRow(gap.area().title().in(lang), gap.indicator().title().in(lang),
                    page.t("readiness.gap.points", page.decimal(gap.score().points(), points(gap.score().points())),
                            page.decimal(gap.score().max(), points(gap.score().max()))),
                    answers(profile.edition(), gap.score(), page)));
        }
        List<ProfileView.DimensionSteps> steps = new ArrayList<>();
        for (ReadinessProfile.Dimension d : profile.dimensions()) {
            List<ProfileView.StepRow> rows = new ArrayList<>();
            for (ReadinessRecommendations.Step step : profile.steps().getOrDefault(d.area().code(), List.of())) {
                List<String> addresses = new ArrayList<>();
                for (ReadinessProfile.Gap gap : profile.gaps()) {
                    if (step.indicators().contains(gap.indicator().code())) {
                        addresses.add(gap.indicator().title().in(lang));
                    }
                }
                rows.add(new ProfileView.StepRow(step.code(), step.title().in(lang), step.text().in(lang), addresses,
                        step.useCases().stream().map(id -> useCase(id, page)).toList()));
            }
            steps.add(new ProfileView.DimensionSteps(d.area().code(), d.area().title().in(lang),
                    d.level().map(b -> b.label().in(lang)).orElse("—"), rows));
        }
        return new ProfileView(profile.chamber(), chamberName, score(profile.overall(), page),
                profile.overallLevel().map(b -> b.label().in(lang)).orElse("—"),
                profile.overallLevel().map(Framework.Band::code).orElse(""), dimensions, chart, gaps, steps,
                page.date(profile.completedAt().atZone(ZoneOffset.UTC).toLocalDate()), profile.edition().edition(),
                profile.framework().version(), profile.published());
    }

    ProfileView.UseCaseLink useCase(String id, PageContext page) {
        Optional<UseCase> found = useCases.find(id);
        return new ProfileView.UseCaseLink(id, found.map(u -> u.text(page.locale()).title())
                .orElse(page.t("readiness.useCase.number", id)), "/ai/use-cases/" + PageContext.encode(id), found.isPresent());
    }

    /** "n = 7 · quartiles 3.1 – 5.2 · median 4.0" for the dimension, or why it is not shown. */
    static String peers(PeerAggregate peers, int dimension, PageContext page) {
        if (!peers.shown() || dimension >= peers.dimensions().size()) {
            return "";
        }
        PeerAggregate.DimensionSpread s = peers.dimensions().get(dimension);
        if (s.median().isEmpty()) {
            return "";
        }
        return page.t("readiness.peers.spread", s.n(), page.decimal(s.median().getAsDouble(), 1),
                page.decimal(s.lowerQuartile().getAsDouble(), 1), page.decimal(s.upperQuartile().getAsDouble(), 1));
    }

    /** The answers an indicator read, in words: "Question: answer"; "not answered" when there is none. */
    static String answers(Edition edition, ScoreCard.IndicatorScore score, PageContext page) {
        String lang = page.lang();
        if (score.answers().isEmpty()) {
            return page.t("readiness.gap.unanswered");
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, String> answer : score.answers().entrySet()) {
            Optional<Question> question = edition.question(answer.getKey());
            if (question.isEmpty()) {
                parts.add(answer.getKey() + ": " + answer.getValue());
                continue;
            }
            Question q = question.get();
            String label = q.type() == QuestionType.MATRIX ? q.rows().stream()
                    .filter(r -> r.name().equals(answer.getKey())).findFirst().map(r -> r.label().in(lang))
                    .orElse(answer.getKey()) : q.label().in(lang);
            List<String> words = new ArrayList<>();
            for (String value : answer.getValue().split(" ")) {
                words.add(q.choices().stream().filter(c -> c.name().equals(value)).findFirst()
                        .map(c -> c.label().in(lang)).orElse(value));
            }
            parts.add(label + " — " + String.join(", ", words));
        }
        return String.join(" · ", parts);
    }

    static String score(OptionalDouble score, PageContext page) {
        return score.isPresent() ? page.decimal(round(score.getAsDouble()), 1) : "—";
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static int points(double value) {
        return value == Math.rint(value) ? 0 : 1;
    }
}
