package org.plenum.exchange.popolo;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Popolo date as precise as the source gives it: a day ({@code 1971-01-21}), a month ({@code 1971-01}) or a
 * year ({@code 1971}). {@link #first()} and {@link #last()} are the first and last days it can mean; for a day
 * they are the same.
 *
 * @param text the date as written, which is also Plenum's canonical value of a date with that precision
 */
record PartialDate(String text, LocalDate first, LocalDate last) {

    private static final Pattern SHAPE = Pattern.compile("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?");

    /** The date, or empty when {@code text} is not {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}. */
    static Optional<PartialDate> parse(String text) {
        if (!SHAPE.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(switch (text.length()) {
                case 4 -> {
                    Year year = Year.parse(text);
                    yield new PartialDate(text, year.atDay(1), year.atMonth(12).atEndOfMonth());
                }
                case 7 -> {
                    YearMonth month = YearMonth.parse(text);
                    yield new PartialDate(text, month.atDay(1), month.atEndOfMonth());
                }
                default -> {
                    LocalDate day = LocalDate.parse(text);
                    yield new PartialDate(text, day, day);
                }
            });
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    boolean isDay() {
        return first.equals(last);
    }

    /** The smallest age in whole years that someone born on this date can have on {@code day}. */
    int youngestAgeOn(LocalDate day) {
        return java.time.Period.between(last, day).getYears();
    }

    /** The largest age in whole years that someone born on this date can have on {@code day}. */
    int oldestAgeOn(LocalDate day) {
        return java.time.Period.between(first, day).getYears();
    }

    @Override
    public String toString() {
        return text;
    }
}
