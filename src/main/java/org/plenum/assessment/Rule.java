package org.plenum.assessment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How an indicator's points come from answers (decision 0050). An indicator whose questions are all unanswered (or
 * not asked, by skip logic) is missing, and counts as its framework's {@link Framework.MissingPolicy} says.
 */
public sealed interface Rule {

    /** The most points the rule can give: the indicator's score is its points divided by this. */
    double maxPoints();

    /** The questions (or matrix rows) whose answers the rule reads. */
    List<String> questions();

    /**
     * Points per chosen option of a single or multiple choice (or yes/no) question. For several chosen options the
     * points are added ({@code SUM}) or the best counts ({@code MAX}); the total is at most {@code cap} when given.
     */
    record ChoicePoints(String question, Map<String, Double> points, Combine combine, Optional<Double> cap)
            implements Rule {
        public enum Combine { SUM, MAX }

        public ChoicePoints {
            points = Map.copyOf(points);
        }

        @Override
        public double maxPoints() {
            double best = points.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
            double sum = points.values().stream().mapToDouble(Double::doubleValue).filter(p -> p > 0).sum();
            double max = combine == Combine.MAX ? best : sum;
            return cap.map(c -> Math.min(c, max)).orElse(max);
        }

        @Override
        public List<String> questions() {
            return List.of(question);
        }
    }

    /**
     * Points for a number: those of the highest step whose {@code atLeast} the answer reaches (0 below the first).
     */
    record Thresholds(String question, List<Step> steps) implements Rule {
        public record Step(double atLeast, double points) {
        }

        public Thresholds {
            steps = List.copyOf(steps);
        }

        @Override
        public double maxPoints() {
            return steps.stream().mapToDouble(Step::points).max().orElse(0);
        }

        @Override
        public List<String> questions() {
            return List.of(question);
        }
    }

    /**
     * {@code points} when any condition holds: the answer to its question is one of its choices (for a multiple
     * choice: any of them is selected); 0 otherwise.
     */
    record AnyOf(List<Condition> conditions, double points) implements Rule {
        public record Condition(String question, Set<String> choices) {
            public Condition {
                choices = Set.copyOf(choices);
            }
        }

        public AnyOf {
            conditions = List.copyOf(conditions);
        }

        @Override
        public double maxPoints() {
            return points;
        }

        @Override
        public List<String> questions() {
            return conditions.stream().map(Condition::question).distinct().toList();
        }
    }
}
