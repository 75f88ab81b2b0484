package org.plenum.exchange.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.plenum.exchange.RejectedRow;

/**
 * Reads typed values out of the cells of one row, strictly: a count is digits only (no sign, no
 * thousands separator, no decimals), a decimal is digits with an optional point, a date is
 * {@code yyyy-MM-dd}. A blank cell is "no value" ({@link Optional#empty()}), never zero.
 *
 * <p>The {@code required...} methods throw {@link InvalidCell} (the caller rejects the whole row);
 * the others add a {@link RejectedRow} for the cell to the list given at construction and return
 * empty, so that the rest of the row can still be used.
 */
public final class Cells {

    private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final int MAX_DIGITS = 18;

    private final CsvRow row;
    private final List<RejectedRow> rejected;

    public Cells(CsvRow row, List<RejectedRow> rejected) {
        this.row = row;
        this.rejected = rejected;
    }

    public CsvRow row() {
        return row;
    }

    public String text(String column) {
        return row.get(column);
    }

    public Optional<String> optionalText(String column) {
        String text = row.get(column);
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** Rejects the cell of {@code column} with a reason. */
    public void reject(String column, String reason) {
        rejected.add(row.reject(column, reason));
    }

    /** A whole number of zero or more (seats, votes, persons, years); blank gives empty. */
    public Optional<Long> count(String column) {
        return orRejected(column, Cells::countOrNull);
    }

    /** A whole number of one or more; zero is rejected with {@code zeroReason}. */
    public Optional<Long> positiveCount(String column, String zeroReason) {
        Optional<Long> count = count(column);
        if (count.isPresent() && count.get() == 0) {
            reject(column, zeroReason);
            return Optional.empty();
        }
        return count;
    }

    /** A decimal between {@code min} and {@code max} inclusive; blank gives empty. */
    public Optional<BigDecimal> decimal(String column, BigDecimal min, BigDecimal max) {
        String text = row.get(column);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (!DECIMAL.matcher(text).matches()) {
            reject(column, "'" + text + "' is not a decimal number (digits with an optional decimal point)");
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(text);
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            reject(column, text + " is outside the range " + min.toPlainString() + " to " + max.toPlainString());
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** A date written {@code yyyy-MM-dd}; blank gives empty. */
    public Optional<LocalDate> date(String column) {
        return orRejected(column, Cells::dateOrNull);
    }

    /** A date written {@code yyyy-MM-dd} that must be there. */
    public LocalDate requiredDate(String column) throws InvalidCell {
        LocalDate date = dateOrNull(column, row.get(column));
        if (date == null) {
            throw new InvalidCell(column, "the date is missing");
        }
        return date;
    }

    /** A whole number of zero or more that must be there (an identifier, a year). */
    public long requiredCount(String column) throws InvalidCell {
        Long count = countOrNull(column, row.get(column));
        if (count == null) {
            throw new InvalidCell(column, "the value is missing");
        }
        return count;
    }

    /** Text that must be there. */
    public String requiredText(String column) throws InvalidCell {
        String text = row.get(column);
        if (text.isEmpty()) {
            throw new InvalidCell(column, "the value is missing");
        }
        return text;
    }

    /**
     * A date written {@code yyyy-MM-dd}, from a cell's text without surrounding spaces; for readers that
     * do not read their rows through {@code Cells}.
     */
    public static LocalDate parseDate(String column, String text) throws InvalidCell {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidCell(column, "'" + text + "' is not a date written yyyy-MM-dd");
        }
    }

    /** The value {@code parse} reads from the cell of {@code column}; empty, with the cell rejected, when it cannot. */
    private <T> Optional<T> orRejected(String column, BiFunction<String, String, T> parse) {
        try {
            return Optional.ofNullable(parse.apply(column, row.get(column)));
        } catch (InvalidCell e) {
            rejected.add(row.reject(e));
            return Optional.empty();
        }
    }

    private static Long countOrNull(String column, String text) throws InvalidCell {
        if (text.isEmpty()) {
            return null;
        }
        if (!INTEGER.matcher(text).matches()) {
            throw new InvalidCell(column, "'" + text + "' is not a whole number (digits only)");
        }
        if (text.startsWith("-")) {
            throw new InvalidCell(column, "negative number " + text + ": the value cannot be below zero");
        }
        if (text.length() > MAX_DIGITS) {
            throw new InvalidCell(column, "the number " + text + " is too large");
        }
        return Long.parseLong(text);
    }

    private static LocalDate dateOrNull(String column, String text) throws InvalidCell {
        return text.isEmpty() ? null : parseDate(column, text);
    }
}
