package org.plenum.aiwatch.readiness;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.plenum.assessment.Edition;
import org.plenum.assessment.Framework;
import org.plenum.assessment.ScoreCard;

/**
 * A chamber's AI readiness profile (decision 0069): its completed self-assessment scored by the {@code ai-readiness}
 * framework, with the level of each dimension, the gaps and the recommended next steps.
 *
 * @param chamber     the chamber's code
 * @param edition     the questionnaire's edition answered
 * @param framework   the framework version that scored it
 * @param card        the score card (every dimension and indicator with the answers it read)
 * @param completedAt when the self-assessment was last completed
 * @param published   whether the chamber has published its profile
 * @param dimensions  the four dimensions, in the framework's order
 * @param gaps        the indicators scoring lowest (less than half their points), the largest loss first
 * @param steps       the recommended steps of each dimension, by dimension code
 */
public record ReadinessProfile(String chamber, Edition edition, Framework framework, ScoreCard card,
                               Instant completedAt, boolean published, List<Dimension> dimensions, List<Gap> gaps,
                               Map<String, List<ReadinessRecommendations.Step>> steps) {

    public ReadinessProfile {
        dimensions = List.copyOf(dimensions);
        gaps = List.copyOf(gaps);
        steps = Map.copyOf(steps);
    }

    /** A dimension (a framework area): its score on 1–10 and its level (band). */
    public record Dimension(Framework.Area area, OptionalDouble score, Optional<Framework.Band> level) {
    }

    /**
     * An indicator that scores less than half of its maximum: {@code loss} = weight × (1 − points ÷ maximum) ÷ the
     * dimension's indicator weight, the part of the dimension's score range it costs.
     */
    public record Gap(Framework.Area area, Framework.Indicator indicator, ScoreCard.IndicatorScore score, double loss) {

        public double share() {
            return score.max() == 0 ? 0 : score.points() / score.max();
        }
    }

    public OptionalDouble overall() {
        return card.score();
    }

    public Optional<Framework.Band> overallLevel() {
        return card.band();
    }
}
