package org.plenum.stats.youth;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The figures of several chambers together, from counts, never as an average of percentages: a share is the sum
 * of the members in the bracket over the sum of the members whose age is known, the mean the sum of the ages over
 * that number. A computed chamber brings its counts. A reported chamber brings its share (or mean) times its
 * {@code current_members_number} on the date, which is its count as far as the reported figure says; without a
 * number of members it cannot be weighed and is left out, and listed in {@link #notAggregated()}.
 *
 * @param measures      by field id ({@code total_younger_30_percentage}, …, {@code age_average})
 * @param notAggregated chamber code → why it is left out
 */
public record AgeAggregate(Map<String, Measure> measures, List<String> chambers, Map<String, String> notAggregated) {

    /** One aggregated figure, the number of members it is of, and the number of chambers that gave them. */
    public record Measure(Optional<BigDecimal> value, long members, int chambers) {
    }

    public static final String UP_TO_30 = "total_younger_30_percentage";
    public static final String UP_TO_40 = "total_younger_40_percentage";
    public static final String UP_TO_45 = "total_younger_45_percentage";
    public static final String MEAN = "age_average";

    static AgeAggregate of(List<ChamberAges> rows) {
        Map<String, String> notAggregated = new TreeMap<>();
        Map<String, Measure> measures = new java.util.LinkedHashMap<>();
        measures.put(UP_TO_30, measure(rows, ChamberAges::upTo30, ChamberAges::shareUpTo30, false));
        measures.put(UP_TO_40, measure(rows, ChamberAges::upTo40, ChamberAges::shareUpTo40, false));
        measures.put(UP_TO_45, measure(rows, ChamberAges::upTo45, ChamberAges::shareUpTo45, false));
        measures.put(MEAN, measure(rows, r -> OptionalInt.empty(), ChamberAges::meanAge, true));
        List<String> chambers = new ArrayList<>();
        for (ChamberAges row : rows) {
            if (row.method() == ChamberAges.Method.COMPUTED) {
                if (row.knownAge().orElse(0) > 0) {
                    chambers.add(row.chamber());
                } else {
                    notAggregated.put(row.chamber(), "no member's age is known on the date");
                }
            } else if (row.members().isEmpty() || row.members().getAsInt() == 0) {
                notAggregated.put(row.chamber(), "reported figures without a number of members on the date to weigh them by");
            } else {
                chambers.add(row.chamber());
            }
        }
        return new AgeAggregate(measures, List.copyOf(chambers), notAggregated);
    }

    private static Measure measure(List<ChamberAges> rows, Function<ChamberAges, OptionalInt> count,
                                   Function<ChamberAges, Optional<BigDecimal>> reported, boolean mean) {
        BigDecimal part = BigDecimal.ZERO;
        long whole = 0;
        int chambers = 0;
        for (ChamberAges row : rows) {
            if (row.method() == ChamberAges.Method.COMPUTED) {
                int known = row.knownAge().orElse(0);
                if (known == 0) {
                    continue;
                }
                part = part.add(mean ? BigDecimal.valueOf(row.ageSum()) : BigDecimal.valueOf(count.apply(row).getAsInt()));
                whole += known;
                chambers++;
            } else if (row.members().orElse(0) > 0 && reported.apply(row).isPresent()) {
                BigDecimal members = BigDecimal.valueOf(row.members().getAsInt());
                BigDecimal figure = reported.apply(row).get();
                part = part.add(mean ? figure.multiply(members) : figure.multiply(members).movePointLeft(2));
                whole += row.members().getAsInt();
                chambers++;
            }
        }
        BigDecimal members = BigDecimal.valueOf(whole);
        Optional<BigDecimal> value = mean ? ChamberAges.mean(part, members) : ChamberAges.share(part, members);
        return new Measure(value, whole, chambers);
    }
}
