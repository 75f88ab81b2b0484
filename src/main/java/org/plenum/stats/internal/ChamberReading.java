package org.plenum.stats.internal;

import static org.plenum.stats.internal.Fields.LAST_ELECTION;
import static org.plenum.stats.internal.Fields.MEMBERS;
import static org.plenum.stats.internal.Fields.SEAT_BASIS_NOTE;
import static org.plenum.stats.internal.Fields.SUSPENDED;
import static org.plenum.stats.internal.Fields.WOMEN;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.plenum.registry.EntityRecord;
import org.plenum.registry.FactValue;
import org.plenum.registry.ShareOfWomen;
import org.plenum.registry.StoredFact;
import org.plenum.registry.TimedValue;
import org.plenum.stats.ChamberFigures;
import org.plenum.stats.Headcount;

/** Reads one chamber's figures on a date, as recorded at a record time. */
final class ChamberReading {

    private ChamberReading() {
    }

    /**
     * The chamber's figures on {@code date}, when it has a number of members, a number of women or a suspension
     * flag true on that date (a value or a documented absence); otherwise empty.
     */
    static Optional<ChamberFigures> at(EntityRecord chamber, LocalDate date, Instant knownAt) {
        Optional<TimedValue> members = chamber.valueAt(MEMBERS, date, knownAt);
        Optional<TimedValue> women = chamber.valueAt(WOMEN, date, knownAt);
        boolean suspended = chamber.valueAt(SUSPENDED, date, knownAt).map(ChamberReading::isTrue).orElse(false);
        if (members.isEmpty() && women.isEmpty() && !suspended) {
            return Optional.empty();
        }
        Headcount memberCount = headcount(members);
        Headcount womenCount = headcount(women);
        Optional<BigDecimal> percent = Optional.empty();
        if (memberCount.known() && womenCount.known()) {
            long m = memberCount.value().getAsLong();
            long w = womenCount.value().getAsLong();
            if (m > 0 && w <= m) {
                percent = Optional.of(ShareOfWomen.rankingCell(w, m));
            }
        }
        Optional<LocalDate> countedSince = Stream.of(members, women).flatMap(Optional::stream)
                .map(TimedValue::from).flatMap(Optional::stream).max(Comparator.naturalOrder());
        // a suspended chamber has no election in force: IPU's table prints "-" (an earlier file's election would
        // otherwise carry on: Bangladesh's of 2018 from the ranking of March 2023)
        Optional<String> lastElection = suspended ? Optional.empty() : text(chamber.valueAt(LAST_ELECTION, date, knownAt));
        return Optional.of(new ChamberFigures(chamber.code(), lastElection,
                memberCount, womenCount, percent, text(chamber.valueAt(SEAT_BASIS_NOTE, date, knownAt)), suspended,
                countedSince));
    }

    /**
     * When the value of {@code field} true on {@code date} was stated to start: the start of the latest fact
     * (visible at {@code knownAt}) starting on or before the date; {@link LocalDate#MIN} for a fact true "since
     * always"; empty when no fact starts by then. A repeated value counts from its latest statement.
     */
    static Optional<LocalDate> statedSince(EntityRecord entity, String field, LocalDate date, Instant knownAt) {
        LocalDate latest = null;
        for (StoredFact fact : entity.facts(field)) {
            if (!fact.knownAt(knownAt)) {
                continue;
            }
            LocalDate from = fact.validFrom().orElse(LocalDate.MIN);
            if (!from.isAfter(date) && (latest == null || from.isAfter(latest))) {
                latest = from;
            }
        }
        return Optional.ofNullable(latest);
    }

    static boolean isTrue(TimedValue value) {
        return value.value() instanceof FactValue.Present present && present.value().equals("true");
    }

    private static Headcount headcount(Optional<TimedValue> step) {
        if (step.isEmpty()) {
            return Headcount.none();
        }
        FactValue value = step.get().value();
        if (value instanceof FactValue.Missing missing) {
            return Headcount.missing(missing.reason());
        }
        return Headcount.of(Long.parseLong(((FactValue.Present) value).value()));
    }

    private static Optional<String> text(Optional<TimedValue> step) {
        return step.map(TimedValue::value).filter(FactValue.Present.class::isInstance)
                .map(v -> ((FactValue.Present) v).value());
    }
}
