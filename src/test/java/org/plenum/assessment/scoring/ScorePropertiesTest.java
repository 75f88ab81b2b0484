package org.plenum.assessment.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.plenum.assessment.Answers;
import org.plenum.assessment.Framework;
import org.plenum.assessment.ScoreCard;

/** Properties of the score over {@link SmallFramework}, for random answers and both missing-answer policies. */
class ScorePropertiesTest {

    private static final List<String> STRATEGY = List.of("no", "yes_annual", "yes_multi");
    private static final List<String> CHANNELS = List.of("web", "social", "app");

    /** One respondent's answers as levels: -1 unanswered; strategy 0–2; a set of channels as bits; staff; open 0/1. */
    record Levels(int strategy, int channels, int staff, int open) {
        Answers answers() {
            Map<String, String> map = new LinkedHashMap<>();
            if (strategy >= 0) {
                map.put("strategy", STRATEGY.get(strategy));
            }
            if (channels >= 0) {
                StringBuilder names = new StringBuilder();
                for (int i = 0; i < 3; i++) {
                    if ((channels & (1 << i)) != 0) {
                        names.append(names.isEmpty() ? "" : " ").append(CHANNELS.get(i));
                    }
                }
                map.put("channels", names.isEmpty() ? "none" : names.toString());
            }
            if (staff >= 0) {
                map.put("it_staff", Integer.toString(staff));
            }
            if (open >= 0) {
                map.put("open_data", open == 1 ? "yes" : "no");
            }
            return new Answers(map);
        }
    }

    @Provide
    Arbitrary<Levels> levels() {
        return Combinators.combine(Arbitraries.integers().between(-1, 2), Arbitraries.integers().between(-1, 7),
                Arbitraries.integers().between(-1, 40), Arbitraries.integers().between(-1, 1)).as(Levels::new);
    }

    @Provide
    Arbitrary<String> treatments() {
        return Arbitraries.of("zero", "skip");
    }

    @Provide
    Arbitrary<Double> shares() {
        return Arbitraries.of(0.0, 0.25, 0.5, 1.0);
    }

    private static ScoreCard score(String treatment, double share, Answers answers) {
        Framework f = FrameworkDocumentReader.read(SmallFramework.json(treatment, share), "small-1.0.json");
        return ScoreCalculator.score(f, "2024", SmallFramework.respondent("r", null, null), answers);
    }

    @Property(tries = 300)
    void everyScoreIsBetweenOneAndTen(@ForAll("levels") Levels levels, @ForAll("treatments") String treatment,
                                      @ForAll("shares") double share) {
        ScoreCard card = score(treatment, share, levels.answers());
        card.score().ifPresent(s -> assertThat(s).isBetween(1.0, 10.0));
        card.areas().forEach(a -> a.score().ifPresent(s -> assertThat(s).isBetween(1.0, 10.0)));
        assertThat(card.band().isPresent()).isEqualTo(card.score().isPresent());
    }

    @Property(tries = 300)
    void morePointsNeverLowerTheScore(@ForAll("levels") Levels levels, @ForAll("treatments") String treatment,
                                      @ForAll("shares") double share, @ForAll("levels") Levels bump) {
        // the same questions answered, each answer at least as good: a better strategy, more channels, more staff,
        // open data yes instead of no
        Levels better = new Levels(
                levels.strategy() < 0 ? -1 : Math.max(levels.strategy(), bump.strategy()),
                levels.channels() < 0 ? -1 : levels.channels() | Math.max(0, bump.channels()),
                levels.staff() < 0 ? -1 : levels.staff() + Math.max(0, bump.staff()),
                levels.open() < 0 ? -1 : Math.max(levels.open(), bump.open()));
        ScoreCard before = score(treatment, share, levels.answers());
        ScoreCard after = score(treatment, share, better.answers());
        assertThat(after.score().isPresent()).isEqualTo(before.score().isPresent());
        if (before.score().isPresent()) {
            assertThat(after.score().getAsDouble()).isGreaterThanOrEqualTo(before.score().getAsDouble() - 1e-12);
        }
    }

    @Property(tries = 200)
    void answeringAQuestionNeverLowersAScoreWhenUnansweredCountsAsZero(@ForAll("levels") Levels levels,
                                                                       @ForAll("levels") Levels fill) {
        Levels answered = new Levels(levels.strategy() < 0 ? Math.max(0, fill.strategy()) : levels.strategy(),
                levels.channels() < 0 ? Math.max(0, fill.channels()) : levels.channels(),
                levels.staff() < 0 ? Math.max(0, fill.staff()) : levels.staff(),
                levels.open() < 0 ? Math.max(0, fill.open()) : levels.open());
        ScoreCard before = score("zero", 0, levels.answers());
        ScoreCard after = score("zero", 0, answered.answers());
        assertThat(after.score().getAsDouble()).isGreaterThanOrEqualTo(before.score().getAsDouble() - 1e-12);
    }
}
