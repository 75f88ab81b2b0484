package org.plenum.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Query parameter values every endpoint reads the same way; a bad value is a 400 naming the parameter. */
public final class QueryValues {

    private QueryValues() {
    }

    /**
     * A record time ({@code known_at}): a date means the end of that day (UTC), so everything published on or before
     * it; otherwise an ISO instant with offset, e.g. {@code 2025-12-01T12:00:00Z}.
     */
    public static Instant recordTime(String name, String value) {
        String v = value.trim();
        try {
            if (v.length() == 10) {
                return LocalDate.parse(v).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1000);
            }
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeException e) {
            throw ApiException.badParameter(name, "invalid_date", "'" + name + "' must be a date YYYY-MM-DD or a time such as "
                    + "2025-12-01T12:00:00Z; it is '" + value + "'.");
        }
    }

    /** A whole number from {@code min} to {@code max}. */
    public static int wholeNumber(String name, String value, int min, int max) {
        int n;
        try {
            n = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badParameter(name, "not_a_number", "'" + name + "' must be a whole number; it is '" + value + "'.");
        }
        if (n < min || n > max) {
            throw ApiException.badParameter(name, "out_of_range", "'" + name + "' must be between " + min + " and " + max
                    + "; it is " + n + ".");
        }
        return n;
    }
}
