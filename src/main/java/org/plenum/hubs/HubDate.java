package org.plenum.hubs;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A date as precise as its source gives it: a year ({@code 2019}), a month ({@code 2019-10}) or a day
 * ({@code 2019-03-28}). Written and read in that form; empty where the source says nothing (an {@code Optional}).
 */
public record HubDate(int year, int month, int day) implements Comparable<HubDate> {

    public HubDate {
        if (year < 1800 || year > 2200) {
            throw new IllegalArgumentException("year " + year + " is out of range");
        }
        if (month < 0 || month > 12 || day < 0 || (month == 0 && day != 0)) {
            throw new IllegalArgumentException("month " + month + ", day " + day);
        }
        if (day > 0) {
            LocalDate.of(year, month, day);
        }
    }

    /**
     * The date of {@code text} ({@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}); empty for an empty text.
     *
     * @throws IllegalArgumentException naming the text and the forms expected
     */
    public static Optional<HubDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        try {
            if (t.matches("\\d{4}")) {
                return Optional.of(new HubDate(Integer.parseInt(t), 0, 0));
            }
            if (t.matches("\\d{4}-\\d{2}")) {
                YearMonth m = YearMonth.parse(t);
                return Optional.of(new HubDate(m.getYear(), m.getMonthValue(), 0));
            }
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate d = LocalDate.parse(t);
                return Optional.of(new HubDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth()));
            }
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + t + "\" is not a date of the calendar");
        }
        throw new IllegalArgumentException("\"" + t + "\" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD");
    }

    /** The first day the date may mean (1 January for a year). */
    public LocalDate firstDay() {
        return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    }

    /** The last day the date may mean (31 December for a year). */
    public LocalDate lastDay() {
        if (day > 0) {
            return LocalDate.of(year, month, day);
        }
        return month > 0 ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, 12, 31);
    }

    public boolean hasMonth() {
        return month > 0;
    }

    public boolean hasDay() {
        return day > 0;
    }

    /** {@code 2019}, {@code 2019-10} or {@code 2019-03-28}. */
    @Override
    public String toString() {
        return day > 0 ? firstDay().toString() : month > 0 ? YearMonth.of(year, month).toString() : String.valueOf(year);
    }

    @Override
    public int compareTo(HubDate other) {
        int byFirst = firstDay().compareTo(other.firstDay());
        return byFirst != 0 ? byFirst : lastDay().compareTo(other.lastDay());
    }
}
