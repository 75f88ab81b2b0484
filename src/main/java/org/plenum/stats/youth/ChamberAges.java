package org.plenum.stats.youth;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The age figures of one chamber on the reference date.
 *
 * <p>Computed ({@link Method#COMPUTED}) from the birth dates of the persons whose {@code chamber_membership} covers
 * the date: {@code members} of them, of whom {@code withoutBirthDate} have none and {@code unusableBirthDate} one that
 * does not give their age in whole years on the date (a month or a year only, ambiguous on that date; or after the
 * date). Those are left out: the shares and the mean are of the {@code knownAge} others, never guessed.
 *
 * <p>Reported ({@link Method#REPORTED}): the chamber's own figures ({@code age_average},
 * {@code total_younger_30_percentage}, …) true on the date; {@code members} is then its {@code current_members_number}
 * on the date, when known, and the counts are empty.
 */
public record ChamberAges(String chamber, Method method, OptionalInt members, OptionalInt knownAge, OptionalInt withoutBirthDate,
                   OptionalInt unusableBirthDate, OptionalInt upTo30, OptionalInt upTo40, OptionalInt upTo45,
                   Optional<BigDecimal> shareUpTo30, Optional<BigDecimal> shareUpTo40, Optional<BigDecimal> shareUpTo45,
                   Optional<BigDecimal> meanAge, long ageSum) {

    public enum Method { REPORTED, COMPUTED }

    /** As the API writes it: {@code reported}, or {@code computed from N members' birth dates}. */
    String methodText() {
        return method == Method.REPORTED ? "reported" : "computed from " + knownAge.orElse(0) + " members' birth dates";
    }

    static ChamberAges computed(String chamber, int members, int withoutBirthDate, int unusableBirthDate, int knownAge,
                                int upTo30, int upTo40, int upTo45, long ageSum) {
        return new ChamberAges(chamber, Method.COMPUTED, OptionalInt.of(members), OptionalInt.of(knownAge),
                OptionalInt.of(withoutBirthDate), OptionalInt.of(unusableBirthDate), OptionalInt.of(upTo30),
                OptionalInt.of(upTo40), OptionalInt.of(upTo45), share(upTo30, knownAge), share(upTo40, knownAge),
                share(upTo45, knownAge), mean(BigDecimal.valueOf(ageSum), BigDecimal.valueOf(knownAge)), ageSum);
    }

    static ChamberAges reported(String chamber, OptionalInt members, Optional<BigDecimal> shareUpTo30,
                                Optional<BigDecimal> shareUpTo40, Optional<BigDecimal> shareUpTo45, Optional<BigDecimal> meanAge) {
        return new ChamberAges(chamber, Method.REPORTED, members, OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(),
                OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), shareUpTo30, shareUpTo40, shareUpTo45, meanAge, 0);
    }

    /** {@code part} of {@code whole} in percent, half up to two decimals; empty when {@code whole} is 0. */
    static Optional<BigDecimal> share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? Optional.empty()
                : Optional.of(part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP));
    }

    static Optional<BigDecimal> share(long part, long whole) {
        return share(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    /** A mean age, half up to one decimal (the precision of {@code age_average}); empty when {@code count} is 0. */
    static Optional<BigDecimal> mean(BigDecimal sum, BigDecimal count) {
        return count.signum() == 0 ? Optional.empty() : Optional.of(sum.divide(count, 1, RoundingMode.HALF_UP));
    }
}
