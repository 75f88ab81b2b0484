package org.plenum.assessment.results;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The few statistics the results report, written out so that their definitions are the documented ones
 * (docs/assessment-method.md, "Results"): mean, median (the mean of the two middle values for an even count),
 * Pearson's correlation, Spearman's (Pearson's on ranks, ties given their average rank), the least-squares slope and a
 * percentile rank.
 */
public final class Statistics {

    private Statistics() {
    }

    public static OptionalDouble mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average();
    }

    public static OptionalDouble median(List<Double> values) {
        if (values.isEmpty()) {
            return OptionalDouble.empty();
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return OptionalDouble.of(sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2);
    }

    /** Pearson's r; empty with fewer than 3 pairs or when either variable does not vary. */
    public static OptionalDouble pearson(double[] x, double[] y) {
        int n = x.length;
        if (n < 3 || y.length != n) {
            return OptionalDouble.empty();
        }
        double mx = Arrays.stream(x).average().orElse(0);
        double my = Arrays.stream(y).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        if (sxx == 0 || syy == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(sxy / Math.sqrt(sxx * syy));
    }

    /** Spearman's ρ: Pearson's r of the ranks, tied values sharing their average rank. */
    public static OptionalDouble spearman(double[] x, double[] y) {
        return pearson(ranks(x), ranks(y));
    }

    /** The least-squares slope of y on x; empty when x does not vary or with fewer than 2 pairs. */
    public static OptionalDouble slope(double[] x, double[] y) {
        int n = x.length;
        if (n < 2) {
            return OptionalDouble.empty();
        }
        double mx = Arrays.stream(x).average().orElse(0);
        double my = Arrays.stream(y).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        return sxx == 0 ? OptionalDouble.empty() : OptionalDouble.of(sxy / sxx);
    }

    /** Ranks from 1 (smallest), ties given the average of the ranks they span. */
    static double[] ranks(double[] values) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double[] ranks = new double[values.length];
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && values[order[j + 1]] == values[order[i]]) {
                j++;
            }
            double average = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = average;
            }
            i = j + 1;
        }
        return ranks;
    }

    /**
     * The percentile rank of {@code value} in {@code group} (which includes it): the percentage of the group below it
     * plus half of those equal to it, 0–100.
     */
    public static OptionalDouble percentile(double value, List<Double> group) {
        if (group.isEmpty()) {
            return OptionalDouble.empty();
        }
        long below = group.stream().filter(v -> v < value).count();
        long equal = group.stream().filter(v -> v == value).count();
        return OptionalDouble.of(100.0 * (below + 0.5 * equal) / group.size());
    }
}
