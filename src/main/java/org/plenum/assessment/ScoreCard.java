package org.plenum.assessment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One respondent's score under one framework version, with everything that explains it: per area, per indicator, the
 * answers read and the points they gave (decision 0050). Scores are on 1–10 and rounded to one decimal only when
 * shown.
 *
 * @param respondent       who
 * @param framework        the framework's code
 * @param frameworkVersion the framework's version
 * @param questionnaire    the questionnaire's code
 * @param edition          the edition whose answers were scored
 * @param score            the overall score (empty when an area has too few answers: see the missing policy)
 * @param band             the band of the overall score
 * @param areas            every area, in the framework's order
 */
public record ScoreCard(Respondent respondent, String framework, String frameworkVersion, String questionnaire,
                        String edition, OptionalDouble score, Optional<Framework.Band> band, List<AreaScore> areas) {

    public ScoreCard {
        areas = List.copyOf(areas);
    }

    /**
     * @param score         1 + 9 × (weighted share of the maximum points), empty when too few answers
     * @param answeredShare the share of the area's indicator weight that was answered
     */
    public record AreaScore(String area, OptionalDouble score, double weight, double answeredShare,
                            List<IndicatorScore> indicators) {
        public AreaScore {
            indicators = List.copyOf(indicators);
        }
    }

    /**
     * @param points  the points given (0 when missing under {@code ZERO})
     * @param max     the rule's maximum
     * @param missing whether its questions were unanswered or not asked
     * @param answers the answers the rule read (question name to answer), for the explanation
     */
    public record IndicatorScore(String indicator, double points, double max, double weight, boolean missing,
                                 Map<String, String> answers) {
        public IndicatorScore {
            answers = Map.copyOf(answers);
        }
    }
}
