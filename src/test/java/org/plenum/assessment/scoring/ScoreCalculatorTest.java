package org.plenum.assessment.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.plenum.assessment.Answers;
import org.plenum.assessment.Framework;
import org.plenum.assessment.ScoreCard;
import org.plenum.assessment.Scoring;

/** The score of decision 0050 computed by hand on {@link SmallFramework}. */
class ScoreCalculatorTest {

    private static final double EXACT = 1e-9;

    private static ScoreCard score(String treatment, double minimum, String... answers) {
        Framework f = FrameworkDocumentReader.read(SmallFramework.json(treatment, minimum), "small-1.0.json");
        return ScoreCalculator.score(f, "2024", SmallFramework.respondent("r1", "europe", "high_income"),
                new Answers(SmallFramework.answers(answers)));
    }

    @Test
    void everyIndicatorAreaAndTheOverallScoreByHand() {
        ScoreCard card = score("zero", 0.5, "strategy", "yes_annual", "channels", "web app", "it_staff", "5",
                "open_data", "no");
        // governance: strategy 1/2 (weight 2), channels 2 of max 2 (web + app, capped at 2; weight 1)
        //   1 + 9 × (2 × 0.5 + 1 × 1) / 3 = 7
        ScoreCard.AreaScore governance = card.areas().get(0);
        assertThat(governance.indicators()).extracting(ScoreCard.IndicatorScore::points).containsExactly(1.0, 2.0);
        assertThat(governance.indicators()).extracting(ScoreCard.IndicatorScore::max).containsExactly(2.0, 2.0);
        assertThat(governance.indicators().get(1).answers()).isEqualTo(Map.of("channels", "web app"));
        assertThat(governance.score().getAsDouble()).isCloseTo(7.0, within(EXACT));
        assertThat(governance.answeredShare()).isEqualTo(1.0);
        // infrastructure: it_staff 5 → step 1 → 1/2; open_data no, but channels has app → 1/1
        //   1 + 9 × (0.5 + 1) / 2 = 7.75
        ScoreCard.AreaScore infrastructure = card.areas().get(1);
        assertThat(infrastructure.indicators()).extracting(ScoreCard.IndicatorScore::points).containsExactly(1.0, 1.0);
        assertThat(infrastructure.indicators().get(1).answers()).isEqualTo(Map.of("open_data", "no", "channels", "web app"));
        assertThat(infrastructure.score().getAsDouble()).isCloseTo(7.75, within(EXACT));
        // overall: (2 × 7 + 1 × 7.75) / 3 = 7.25, band "mid" (from 5)
        assertThat(card.score().getAsDouble()).isCloseTo(7.25, within(EXACT));
        assertThat(card.band().map(Framework.Band::code)).contains("mid");
        assertThat(card.framework()).isEqualTo("small");
        assertThat(card.frameworkVersion()).isEqualTo("1.0");
        assertThat(card.edition()).isEqualTo("2024");
    }

    @Test
    void unansweredCountsAsZeroOrIsSkippedAsThePolicySays() {
        // channels unanswered: ZERO counts it as 0 of 2, SKIP leaves it out
        ScoreCard zero = score("zero", 0.5, "strategy", "yes_multi", "it_staff", "12", "open_data", "yes");
        assertThat(zero.areas().get(0).indicators().get(1).missing()).isTrue();
        assertThat(zero.areas().get(0).indicators().get(1).points()).isZero();
        assertThat(zero.areas().get(0).answeredShare()).isCloseTo(2.0 / 3, within(EXACT));
        assertThat(zero.areas().get(0).score().getAsDouble()).isCloseTo(7.0, within(EXACT)); // 1 + 9 × 2/3
        assertThat(zero.areas().get(1).score().getAsDouble()).isCloseTo(10.0, within(EXACT));
        assertThat(zero.score().getAsDouble()).isCloseTo(8.0, within(EXACT)); // (2 × 7 + 10) / 3
        assertThat(zero.band().map(Framework.Band::code)).contains("high");

        ScoreCard skip = score("skip", 0.5, "strategy", "yes_multi", "it_staff", "12", "open_data", "yes");
        assertThat(skip.areas().get(0).score().getAsDouble()).isCloseTo(10.0, within(EXACT));
        assertThat(skip.score().getAsDouble()).isCloseTo(10.0, within(EXACT));
    }

    @Test
    void anAreaWithTooFewAnswersHasNoScoreAndNeitherHasTheRespondent() {
        ScoreCard card = score("zero", 0.5, "strategy", "yes_multi");
        assertThat(card.areas().get(0).score()).isPresent();
        assertThat(card.areas().get(1).score()).isEmpty();
        assertThat(card.areas().get(1).answeredShare()).isZero();
        assertThat(card.areas().get(1).indicators()).allMatch(ScoreCard.IndicatorScore::missing);
        assertThat(card.score()).isEmpty();
        assertThat(card.band()).isEmpty();
        // with half of the weight required, one of infrastructure's two equal indicators is enough
        ScoreCard half = score("zero", 0.5, "strategy", "yes_multi", "it_staff", "0");
        assertThat(half.areas().get(1).answeredShare()).isEqualTo(0.5);
        assertThat(half.areas().get(1).score().getAsDouble()).isCloseTo(1.0, within(EXACT));
    }

    @Test
    void maxCombinesTheBestChoiceOnly() {
        Framework f = FrameworkDocumentReader.read(SmallFramework.json("zero", 0)
                .replace("\"combine\": \"sum\", \"cap\": 2", "\"combine\": \"max\""), "small-1.0.json");
        ScoreCard card = ScoreCalculator.score(f, "2024", SmallFramework.respondent("r", null, null),
                new Answers(SmallFramework.answers("channels", "web social app")));
        assertThat(card.areas().get(0).indicators().get(1).points()).isEqualTo(1.0);
        assertThat(card.areas().get(0).indicators().get(1).max()).isEqualTo(1.0);
    }

    @Test
    void equalScoresToOneDecimalShareARank() {
        List<ScoreCard> cards = List.of(card("d", 6.5), card("b", 8.04), card("none", null), card("a", 7.96),
                card("c", 8.0), card("e", 6.44));
        List<Scoring.Ranked> ranked = Ranker.rank(cards);
        assertThat(ranked).extracting(r -> r.card().respondent().key()).containsExactly("a", "b", "c", "d", "e", "none");
        assertThat(ranked).extracting(Scoring.Ranked::rank).containsExactly(Optional.of(1), Optional.of(1),
                Optional.of(1), Optional.of(4), Optional.of(5), Optional.empty());
    }

    static ScoreCard card(String key, Double score) {
        return new ScoreCard(SmallFramework.respondent(key, "europe", "high_income"), "small", "1.0", "survey", "2024",
                score == null ? OptionalDouble.empty() : OptionalDouble.of(score), Optional.empty(), List.of());
    }
}
