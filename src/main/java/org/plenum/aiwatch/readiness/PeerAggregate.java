package org.plenum.aiwatch.readiness;

import java.util.List;
import java.util.OptionalDouble;
import org.plenum.assessment.Framework;

/**
 * The peers of the AI readiness self-assessment, only in aggregate (decision 0069): per dimension, how many chambers
 * have a completed self-assessment with a score, and the median and quartiles of their scores. Shown only when at
 * least {@link #MINIMUM} chambers have completed it; never a chamber's own score.
 *
 * @param completed  how many chambers have completed the self-assessment
 * @param published  how many of them have published their profile
 * @param dimensions per dimension (empty when fewer than {@link #MINIMUM} completed)
 */
public record PeerAggregate(int completed, int published, List<DimensionSpread> dimensions) {

    /** The fewest completed self-assessments for which the aggregate is shown. */
    public static final int MINIMUM = 5;

    public PeerAggregate {
        dimensions = List.copyOf(dimensions);
    }

    public boolean shown() {
        return completed >= MINIMUM;
    }

    /** Scores of one dimension among the chambers: n, lower quartile, median, upper quartile. */
    public record DimensionSpread(Framework.Area area, int n, OptionalDouble lowerQuartile, OptionalDouble median,
                                  OptionalDouble upperQuartile) {
    }

    /**
     * The {@code p}-quantile (0–1) of sorted values by linear interpolation between closest ranks (Hyndman and Fan's
     * type 7: R's default, Excel's QUARTILE.INC): h = (n − 1) × p, x[⌊h⌋] + (h − ⌊h⌋) × (x[⌊h⌋ + 1] − x[⌊h⌋]).
     */
    static OptionalDouble quantile(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return OptionalDouble.empty();
        }
        double h = (sorted.size() - 1) * p;
        int lower = (int) Math.floor(h);
        int upper = Math.min(lower + 1, sorted.size() - 1);
        return OptionalDouble.of(sorted.get(lower) + (h - lower) * (sorted.get(upper) - sorted.get(lower)));
    }
}
