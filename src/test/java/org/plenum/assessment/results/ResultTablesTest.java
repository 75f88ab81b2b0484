package org.plenum.assessment.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.plenum.assessment.Framework;
import org.plenum.assessment.Responses;
import org.plenum.assessment.ScoreCard;
import org.plenum.assessment.Scoring;
import org.plenum.assessment.scoring.FrameworkDocumentReader;
import org.plenum.assessment.scoring.Ranker;
import org.plenum.assessment.scoring.ScoreCalculator;
import org.plenum.assessment.scoring.SmallFramework;

/** Ranking, breakdown, correlation, practices and benchmark of the six respondents of {@link SmallFramework}, by hand. */
class ResultTablesTest {

    private static final double EXACT = 1e-9;
    private final Framework framework = FrameworkDocumentReader.read(SmallFramework.json("zero", 0.5), "small-1.0.json");
    private final List<Responses.ImportedResponse> respondents = SmallFramework.respondents();
    private final List<ScoreCard> cards = respondents.stream()
            .map(r -> ScoreCalculator.score(framework, "2024", r.respondent(), r.answers())).toList();

    @Test
    void rankingWithATieAndAnUnscoredRespondent() {
        List<Scoring.Ranked> ranking = Ranker.rank(cards);
        assertThat(ranking).extracting(r -> r.card().respondent().key()).containsExactly("r1", "r5", "r2", "r4", "r3", "r6");
        assertThat(ranking).extracting(Scoring.Ranked::rank).containsExactly(Optional.of(1), Optional.of(2),
                Optional.of(3), Optional.of(3), Optional.of(5), Optional.empty());
        assertThat(ranking).extracting(r -> r.card().score().orElse(-1)).containsExactly(10.0, 9.25, 4.75, 4.75, 1.0, -1.0);
        assertThat(ResultTables.filter(ranking, Optional.of("europe"), Optional.empty()))
                .extracting(r -> r.card().respondent().key()).containsExactly("r1", "r2");
        assertThat(ResultTables.filter(ranking, Optional.empty(), Optional.of("high_income")))
                .extracting(r -> r.card().respondent().key()).containsExactly("r1", "r5");
    }

    @Test
    void breakdownByRegion() {
        ResultTables.Breakdown b = ResultTables.breakdown(framework, cards, Grouping.REGION,
                List.of("americas", "asia", "europe", "sub_saharan_africa"));
        assertThat(b.groups()).extracting(ResultTables.Summary::group).containsExactly("americas", "europe", "sub_saharan_africa");
        assertThat(b.groups()).extracting(ResultTables.Summary::n).containsExactly(1, 2, 2);
        assertThat(b.groups().get(1).mean().getAsDouble()).isCloseTo(7.375, within(EXACT));
        assertThat(b.groups().get(2).median().getAsDouble()).isCloseTo(2.875, within(EXACT));
        // Europe's infrastructure: r1 10, r2 1 + 9 × (0.5 + 0) / 2 = 3.25 → mean 6.625
        assertThat(b.groups().get(1).areas().get(1).mean().getAsDouble()).isCloseTo(6.625, within(EXACT));
        assertThat(b.all().n()).isEqualTo(5);
        assertThat(b.all().mean().getAsDouble()).isCloseTo((10 + 9.25 + 4.75 + 4.75 + 1) / 5, within(EXACT));
        assertThat(b.all().median().getAsDouble()).isCloseTo(4.75, within(EXACT));
        assertThat(b.gradient()).isEmpty();
    }

    @Test
    void breakdownByIncomeWithPearsonAndSpearmanComputedByHand() {
        ResultTables.Breakdown b = ResultTables.breakdown(framework, cards, Grouping.INCOME_GROUP, Grouping.INCOME_ORDER);
        assertThat(b.groups()).extracting(ResultTables.Summary::group)
                .containsExactly("low_income", "lower_middle_income", "upper_middle_income", "high_income");
        assertThat(b.groups().get(3).mean().getAsDouble()).isCloseTo(9.625, within(EXACT));
        ResultTables.IncomeGradient g = b.gradient().orElseThrow();
        // income ordinals 4, 3, 1, 2, 4 against scores 10, 4.75, 1, 4.75, 9.25 (r6 has no score)
        assertThat(g.n()).isEqualTo(5);
        // Pearson: Sxy = 18.45, Sxx = 6.8, Syy = 54.675 → 18.45 / √(6.8 × 54.675)
        assertThat(g.pearson().getAsDouble()).isCloseTo(18.45 / Math.sqrt(6.8 * 54.675), within(EXACT));
        assertThat(g.pearson().getAsDouble()).isCloseTo(0.956858, within(1e-6));
        // Spearman: ranks 4.5, 3, 1, 2, 4.5 against 5, 2.5, 1, 2.5, 4 → 18/19
        assertThat(g.spearman().getAsDouble()).isCloseTo(18.0 / 19, within(EXACT));
        // slope: 18.45 / 6.8 points per income step
        assertThat(g.slope().getAsDouble()).isCloseTo(18.45 / 6.8, within(EXACT));
    }

    @Test
    void practiceSharesAmongThoseWhoAnswered() {
        List<ResultTables.PracticeShare> shares = ResultTables.practices(framework,
                respondents.stream().map(Responses.ImportedResponse::answers).toList());
        // multi-year strategy: r1, r5, r6 of the six who answered
        assertThat(shares).singleElement().satisfies(s -> {
            assertThat(s.holding()).isEqualTo(3);
            assertThat(s.answered()).isEqualTo(6);
            assertThat(s.share().getAsDouble()).isEqualTo(0.5);
        });
    }

    @Test
    void peerBenchmarkWithPercentiles() {
        ScoreCard r2 = cards.get(1);
        List<ResultTables.BenchmarkGroup> groups = ResultTables.benchmark(framework, r2, cards);
        assertThat(groups).extracting(ResultTables.BenchmarkGroup::kind).containsExactly("region", "income_group", "all");
        ResultTables.BenchmarkRow europe = groups.get(0).rows().get(0);
        assertThat(europe.n()).isEqualTo(2);
        assertThat(europe.mean().getAsDouble()).isCloseTo(7.375, within(EXACT));
        assertThat(europe.percentile().getAsDouble()).isCloseTo(25, within(EXACT)); // 0 below, itself equal: 0.5 / 2
        ResultTables.BenchmarkRow all = groups.get(2).rows().get(0);
        assertThat(all.n()).isEqualTo(5);
        assertThat(all.percentile().getAsDouble()).isCloseTo(40, within(EXACT)); // 1 below, 2 equal: (1 + 1) / 5
        assertThat(all.median().getAsDouble()).isCloseTo(4.75, within(EXACT));
        // upper-middle income: r2 alone scored (r6 has no score)
        assertThat(groups.get(1).n()).isEqualTo(1);
        assertThat(groups.get(1).rows().get(0).percentile().getAsDouble()).isEqualTo(50);
        // per area: governance of r2 is 5.5
        assertThat(groups.get(2).rows().get(1).own().getAsDouble()).isCloseTo(5.5, within(EXACT));
    }
}
