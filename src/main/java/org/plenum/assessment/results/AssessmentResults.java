package org.plenum.assessment.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.plenum.assessment.AnswerProblem;
import org.plenum.assessment.Answers;
import org.plenum.assessment.AssessmentException;
import org.plenum.assessment.Edition;
import org.plenum.assessment.Framework;
import org.plenum.assessment.Questionnaires;
import org.plenum.assessment.Response;
import org.plenum.assessment.ResponseState;
import org.plenum.assessment.Responses;
import org.plenum.assessment.ScoreCard;
import org.plenum.assessment.Scoring;
import org.plenum.assessment.scoring.FrameworkDocumentReader;
import org.plenum.assessment.scoring.Ranker;
import org.springframework.stereotype.Service;

/** The results of a framework over the accepted responses to an edition: what the pages, API and files show. */
@Service
public class AssessmentResults {

    private final Scoring scoring;
    private final Questionnaires questionnaires;
    private final Responses responses;

    AssessmentResults(Scoring scoring, Questionnaires questionnaires, Responses responses) {
        this.scoring = scoring;
        this.questionnaires = questionnaires;
        this.responses = responses;
    }

    /** One framework's results for one edition: its scored responses and their ranking. */
    public record Results(Framework framework, Edition edition, List<Response> accepted, List<Scoring.Ranked> ranking) {

        public List<ScoreCard> cards() {
            return ranking.stream().map(Scoring.Ranked::card).toList();
        }

        public Optional<Scoring.Ranked> of(String key) {
            return ranking.stream().filter(r -> r.card().respondent().key().equals(key)).findFirst();
        }

        public boolean anySynthetic() {
            return accepted.stream().anyMatch(r -> r.respondent().synthetic());
        }
    }

    /**
     * Whether the framework scores a self-assessment (decision 0069): its respondents' results are private to each of
     * them, so the public pages, API and files neither rank nor show them.
     */
    public boolean isPrivate(Framework framework) {
        return questionnaires.editions().stream()
                .anyMatch(e -> e.questionnaire().equals(framework.questionnaire()) && e.selfAssessment());
    }

    /**
     * The editions of the framework's questionnaire whose questions it has, newest first; never a self-assessment's
     * (its results are not public: decision 0069).
     */
    public List<Edition> editions(Framework framework) {
        return questionnaires.editions().stream()
                .filter(e -> e.questionnaire().equals(framework.questionnaire()))
                .filter(e -> !e.selfAssessment())
                .filter(e -> FrameworkDocumentReader.problemsWith(framework, e).isEmpty())
                .sorted(Comparator.comparing(Edition::edition).reversed()).toList();
    }

    /**
     * The edition asked for, else the newest scorable edition with accepted responses, else the newest scorable one.
     *
     * @throws AssessmentException when the questionnaire has no such edition, the framework cannot score it, or it is
     *                             a self-assessment
     */
    public Optional<Edition> edition(Framework framework, Optional<String> asked) {
        if (asked.isPresent()) {
            Edition edition = questionnaires.edition(framework.questionnaire(), asked.get()).orElseThrow(() ->
                    new AssessmentException("questionnaire " + framework.questionnaire() + " has no edition "
                            + asked.get()));
            if (edition.selfAssessment()) {
                throw new AssessmentException("questionnaire " + framework.questionnaire() + " " + asked.get()
                        + " is a self-assessment: each parliament's result is private unless it publishes it, and"
                        + " results are not ranked (see /ai/readiness)");
            }
            List<String> problems = FrameworkDocumentReader.problemsWith(framework, edition);
            if (!problems.isEmpty()) {
                throw new AssessmentException(String.join("; ", problems), problems);
            }
            return Optional.of(edition);
        }
        List<Edition> editions = editions(framework);
        Map<String, Long> accepted = responses.counts(Set.of(ResponseState.ACCEPTED));
        return editions.stream()
                .filter(e -> accepted.containsKey(e.questionnaire() + "/" + e.edition()))
                .findFirst().or(() -> editions.stream().findFirst());
    }

    public Results results(Framework framework, Edition edition) {
        if (edition.selfAssessment()) {
            throw new AssessmentException("questionnaire " + edition.questionnaire() + " " + edition.edition()
                    + " is a self-assessment: its results are not ranked");
        }
        List<Response> accepted = responses.list(framework.questionnaire(), edition.edition(),
                Set.of(ResponseState.ACCEPTED));
        return new Results(framework, edition, accepted, scoring.ranking(framework, edition, accepted));
    }

    /** The mean, median and n of each scorable edition with responses, oldest first. */
    public List<ResultTables.Summary> trend(Framework framework) {
        List<ResultTables.Summary> points = new ArrayList<>();
        List<Edition> oldestFirst = new ArrayList<>(editions(framework));
        java.util.Collections.reverse(oldestFirst);
        for (Edition edition : oldestFirst) {
            Results results = results(framework, edition);
            if (!results.accepted().isEmpty()) {
                points.add(ResultTables.summary(edition.edition(), framework, results.cards()));
            }
        }
        return points;
    }

    /**
     * A what-if: the respondent's accepted answers with {@code changes} applied (a blank value removes an answer),
     * scored and ranked among the others' unchanged scores. Nothing is saved.
     */
    public WhatIf whatIf(Results results, String key, Map<String, String> changes) {
        Scoring.Ranked before = results.of(key).orElseThrow(() ->
                new AssessmentException("no accepted response of " + key + " to " + results.edition().questionnaire()
                        + " " + results.edition().edition()));
        Response response = results.accepted().stream().filter(r -> r.respondent().key().equals(key)).findFirst()
                .orElseThrow();
        Answers changed = response.answers().with(changes);
        List<AnswerProblem> problems = questionnaires.check(results.edition(), changed, false);
        ScoreCard after = scoring.score(results.framework(), results.edition(), response.respondent(), changed);
        List<ScoreCard> cards = new ArrayList<>(results.cards().stream()
                .filter(c -> !c.respondent().key().equals(key)).toList());
        cards.add(after);
        Optional<Integer> rankAfter = Ranker.rank(cards).stream().filter(r -> r.card() == after).findFirst()
                .flatMap(Scoring.Ranked::rank);
        return new WhatIf(response.answers(), changed, before, new Scoring.Ranked(rankAfter, after), problems,
                results.ranking().size());
    }

    /**
     * @param out of how many respondents the ranks are
     */
    public record WhatIf(Answers answersBefore, Answers answersAfter, Scoring.Ranked before, Scoring.Ranked after,
                         List<AnswerProblem> problems, int outOf) {

        /** The indicators whose points changed: (area code, indicator before, indicator after). */
        public List<Changed> changed() {
            List<Changed> changed = new ArrayList<>();
            List<ScoreCard.AreaScore> a = before.card().areas();
            List<ScoreCard.AreaScore> b = after.card().areas();
            for (int i = 0; i < a.size(); i++) {
                for (int j = 0; j < a.get(i).indicators().size(); j++) {
                    ScoreCard.IndicatorScore x = a.get(i).indicators().get(j);
                    ScoreCard.IndicatorScore y = b.get(i).indicators().get(j);
                    if (x.points() != y.points() || x.missing() != y.missing() || !x.answers().equals(y.answers())) {
                        changed.add(new Changed(a.get(i).area(), x, y));
                    }
                }
            }
            return changed;
        }
    }

    public record Changed(String area, ScoreCard.IndicatorScore before, ScoreCard.IndicatorScore after) {
    }
}
