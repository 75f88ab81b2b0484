package org.plenum.registry;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The chamber fields Plenum computes rather than stores (their formulas are in the field catalogue):
 * {@code current_women_percent} = women / current members × 100, rounded as IPU does (see {@link #percent}), and
 * {@code current_men_number} = current members − women. Where the counts are not known but a
 * percentage was imported as observed (IPU's compare exports), the observed percentage is shown; and it is shown
 * too where it was stated for a later day than the counts in force (see {@link #statedLater}).
 */
final class ComputedFields {

    static final String WOMEN_PERCENT = "current_women_percent";
    static final String MEN = "current_men_number";
    private static final String MEMBERS = "current_members_number";
    private static final String WOMEN = "current_women_number";

    private ComputedFields() {
    }

    static boolean isComputed(String field) {
        return field.equals(WOMEN_PERCENT) || field.equals(MEN);
    }

    /** Share of women in percent as IPU publishes it: see {@link ShareOfWomen#percent}. */
    static BigDecimal percent(long women, long members) {
        return ShareOfWomen.percent(women, members);
    }

    static List<TimedValue> timeline(EntityRecord entity, String field, Instant knownAt) {
        List<TimedValue> members = entity.recordedTimeline(MEMBERS, knownAt);
        List<TimedValue> women = entity.recordedTimeline(WOMEN, knownAt);
        List<TimedValue> observed = field.equals(WOMEN_PERCENT) ? entity.recordedTimeline(WOMEN_PERCENT, knownAt) : List.of();

        TreeSet<LocalDate> breakpoints = new TreeSet<>();
        for (List<TimedValue> steps : List.of(members, women, observed)) {
            for (TimedValue step : steps) {
                breakpoints.add(step.from().orElse(LocalDate.MIN));
                step.to().ifPresent(to -> breakpoints.add(to.plusDays(1)));
            }
        }
        List<TimedValue> result = new ArrayList<>();
        TimedValue open = null;
        for (LocalDate at : breakpoints) {
            Optional<TimedValue> value = valueAt(field, at, members, women, observed);
            if (open != null && value.isPresent() && sameValue(open, value.get())) {
                continue;
            }
            if (open != null) {
                result.add(close(open, at.minusDays(1)));
            }
            open = value.map(v -> new TimedValue(Optional.of(at).filter(d -> !d.equals(LocalDate.MIN)), Optional.empty(),
                    v.value(), v.annotation(), v.source())).orElse(null);
        }
        if (open != null) {
            result.add(open);
        }
        return List.copyOf(result);
    }

    private static Optional<TimedValue> valueAt(String field, LocalDate at, List<TimedValue> members,
                                                List<TimedValue> women, List<TimedValue> observed) {
        Optional<TimedValue> m = at(members, at);
        Optional<TimedValue> w = at(women, at);
        Optional<TimedValue> o = at(observed, at);
        if (m.isPresent() && w.isPresent() && o.isPresent() && statedLater(o.get(), m.get(), w.get())) {
            return o;
        }
        if (m.isPresent() && w.isPresent()) {
            String source = "computed from " + WOMEN + " (" + w.get().source() + ") and " + MEMBERS + " (" + m.get().source() + ")";
            if (w.get().value() instanceof FactValue.Missing missing) {
                return Optional.of(new TimedValue(Optional.empty(), Optional.empty(), missing, w.get().annotation(), source));
            }
            if (m.get().value() instanceof FactValue.Missing missing) {
                return Optional.of(new TimedValue(Optional.empty(), Optional.empty(), missing, m.get().annotation(), source));
            }
            long membersCount = Long.parseLong(((FactValue.Present) m.get().value()).value());
            long womenCount = Long.parseLong(((FactValue.Present) w.get().value()).value());
            String value = field.equals(MEN)
                    ? Long.toString(membersCount - womenCount)
                    : membersCount == 0 ? null : percent(womenCount, membersCount).toPlainString();
            if (value == null) {
                return Optional.of(new TimedValue(Optional.empty(), Optional.empty(),
                        FactValue.missing(FactValue.NOT_APPLICABLE), "no members", source));
            }
            return Optional.of(new TimedValue(Optional.empty(), Optional.empty(), FactValue.of(value), w.get().annotation(), source));
        }
        return o;
    }

    /**
     * Whether a reported percentage was stated for a later day than the counts it competes with: the counts
     * are then carried forward from an older date, and the newer reported figure is the better one (IPU's 2020
     * compare export against counts of the 2018 workbook). At the same start day, the counts win.
     */
    private static boolean statedLater(TimedValue observed, TimedValue members, TimedValue women) {
        LocalDate countsFrom = later(members.from().orElse(LocalDate.MIN), women.from().orElse(LocalDate.MIN));
        return observed.from().orElse(LocalDate.MIN).isAfter(countsFrom);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static Optional<TimedValue> at(List<TimedValue> steps, LocalDate date) {
        for (TimedValue step : steps) {
            if (step.covers(date)) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }

    private static boolean sameValue(TimedValue a, TimedValue b) {
        return a.value().equals(b.value()) && a.annotation().equals(b.annotation()) && Objects.equals(a.source(), b.source());
    }

    private static TimedValue close(TimedValue open, LocalDate to) {
        return new TimedValue(open.from(), Optional.of(to), open.value(), open.annotation(), open.source());
    }
}
