package org.plenum.assessment.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.plenum.assessment.ScoreCard;
import org.plenum.assessment.Scoring;

/**
 * Ranks score cards (decision 0050): highest score first; scores equal to one decimal share a rank and the next rank
 * skips (1, 2, 2, 4); respondents without a score last and unranked. Equal places are listed by label, then key.
 */
public final class Ranker {

    private Ranker() {
    }

    public static List<Scoring.Ranked> rank(List<ScoreCard> cards) {
        List<ScoreCard> scored = new ArrayList<>(cards.stream().filter(c -> c.score().isPresent()).toList());
        scored.sort(Comparator.comparingDouble((ScoreCard c) -> -ScoreCalculator.rounded(c.score().getAsDouble()))
                .thenComparing(c -> c.respondent().label()).thenComparing(c -> c.respondent().key()));
        List<Scoring.Ranked> ranked = new ArrayList<>();
        double previous = Double.NaN;
        int rank = 0;
        for (int i = 0; i < scored.size(); i++) {
            double shown = ScoreCalculator.rounded(scored.get(i).score().getAsDouble());
            if (shown != previous) {
                rank = i + 1;
                previous = shown;
            }
            ranked.add(new Scoring.Ranked(Optional.of(rank), scored.get(i)));
        }
        cards.stream().filter(c -> c.score().isEmpty())
                .sorted(Comparator.comparing((ScoreCard c) -> c.respondent().label()).thenComparing(c -> c.respondent().key()))
                .forEach(c -> ranked.add(new Scoring.Ranked(Optional.empty(), c)));
        return List.copyOf(ranked);
    }
}
