package org.plenum.aiwatch;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the year, the month or the day, as sources give them ({@code 2023}, {@code 2024-07},
 * {@code 2025-02-25}). Written back exactly as read.
 *
 * @param month 1–12, or 0 when only the year is known
 * @param day   1–31, or 0 when only the year or the month is known
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        if (day > 0) {
            LocalDate.of(year, month, day);
        } else if (month > 0) {
            YearMonth.of(year, month);
        } else if (month < 0 || day < 0 || year < 1000 || year > 9999) {
            throw new IllegalArgumentException("not a date: " + year + "-" + month + "-" + day);
        }
    }

    /** Reads {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; refuses anything else, naming the text. */
    public static PartialDate parse(String text) {
        Matcher m = FORM.matcher(Objects.requireNonNull(text, "text").strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
        }
        try {
            return new PartialDate(Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date: " + e.getMessage(), e);
        }
    }

    /** The first day the date may mean (for sorting and for "in year Y" filters). */
    public LocalDate earliest() {
        return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    }

    @Override
    public int compareTo(PartialDate other) {
        int byDay = earliest().compareTo(other.earliest());
        return byDay != 0 ? byDay : Integer.compare((month > 0 ? 1 : 0) + (day > 0 ? 1 : 0),
                (other.month > 0 ? 1 : 0) + (other.day > 0 ? 1 : 0));
    }

    @Override
    public String toString() {
        return day > 0 ? String.format("%04d-%02d-%02d", year, month, day)
                : month > 0 ? String.format("%04d-%02d", year, month) : String.format("%04d", year);
    }
}
