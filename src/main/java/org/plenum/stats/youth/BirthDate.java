package org.plenum.stats.youth;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A birth date as the registry stores it: to the day ({@code 1971-01-21}), the month ({@code 1971-01}) or the year
 * ({@code 1971}). The age on a day is known only when every day the date can mean gives the same age in whole years.
 */
record BirthDate(LocalDate earliest, LocalDate latest) {

    /** The birth date of a canonical date value, or empty when the value is not one. */
    static Optional<BirthDate> parse(String value) {
        try {
            return switch (value.length()) {
                case 4 -> {
                    Year year = Year.parse(value);
                    yield Optional.of(new BirthDate(year.atDay(1), year.atMonth(12).atEndOfMonth()));
                }
                case 7 -> {
                    YearMonth month = YearMonth.parse(value);
                    yield Optional.of(new BirthDate(month.atDay(1), month.atEndOfMonth()));
                }
                case 10 -> {
                    LocalDate day = LocalDate.parse(value);
                    yield Optional.of(new BirthDate(day, day));
                }
                default -> Optional.empty();
            };
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The age in whole years on {@code day}, or empty when the date is too imprecise to tell (born in 1971: 45 or 46
     * on 2017-06-01) or {@code day} is before the birth.
     */
    OptionalInt ageOn(LocalDate day) {
        if (latest.isAfter(day)) {
            return OptionalInt.empty();
        }
        int oldest = Period.between(earliest, day).getYears();
        int youngest = Period.between(latest, day).getYears();
        return oldest == youngest ? OptionalInt.of(oldest) : OptionalInt.empty();
    }
}
