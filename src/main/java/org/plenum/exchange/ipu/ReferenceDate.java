package org.plenum.exchange.ipu;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenum.exchange.UnusableFileException;
import org.plenum.exchange.csv.CsvRecord;

/**
 * The date a ranking describes, read from the rows above its table:
 * <ul>
 *   <li>current exports: a {@code Reference period} row, {@code November 2025} (or {@code 2025-11}),
 *       which gives the first day of that month;</li>
 *   <li>older exports: a line {@code Ranking as of 1st March 2023} or {@code Situation as of 1st January
 *       2019}, which gives that day.</li>
 * </ul>
 * The {@code Date:} line of older exports is the day the file was produced, not the reference date, and
 * is not used. No reference date, an unreadable one, or two different ones make the file unusable.
 */
final class ReferenceDate {

    private static final Pattern AS_OF = Pattern.compile(
            "(?i)\\bas of\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+([a-z]+)\\s*,?\\s+(\\d{4})\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("([A-Za-z]+)\\s+(\\d{4})");
    private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    private ReferenceDate() {
    }

    static LocalDate find(String fileName, List<CsvRecord> rowsAboveTable) {
        Optional<LocalDate> found = Optional.empty();
        int foundRow = 0;
        for (CsvRecord row : rowsAboveTable) {
            Optional<LocalDate> date = fromRow(fileName, row);
            if (date.isEmpty()) {
                continue;
            }
            if (found.isPresent() && !found.get().equals(date.get())) {
                throw new UnusableFileException(fileName, "row " + row.number() + " gives the reference date "
                        + date.get() + " but row " + foundRow + " gave " + found.get());
            }
            found = date;
            foundRow = row.number();
        }
        return found.orElseThrow(() -> new UnusableFileException(fileName, "no reference date: neither a"
                + " 'Reference period' row nor a 'Ranking as of <day> <month> <year>' line above the table"));
    }

    private static Optional<LocalDate> fromRow(String fileName, CsvRecord row) {
        String key = row.cell(0).strip();
        if (key.equalsIgnoreCase("Reference period")) {
            String value = row.cell(1).strip();
            return Optional.of(referencePeriod(value).orElseThrow(() -> new UnusableFileException(fileName,
                    "row " + row.number() + ": Reference period '" + value + "' is not a month (e.g. November 2025)")));
        }
        Matcher asOf = AS_OF.matcher(String.join(",", row.cells()));
        if (asOf.find()) {
            Optional<Month> month = month(asOf.group(2));
            try {
                if (month.isPresent()) {
                    return Optional.of(LocalDate.of(Integer.parseInt(asOf.group(3)), month.get(),
                            Integer.parseInt(asOf.group(1))));
                }
            } catch (DateTimeException e) {
                // falls through to the error below
            }
            throw new UnusableFileException(fileName, "row " + row.number() + ": '" + asOf.group()
                    + "' is not a date");
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> referencePeriod(String value) {
        Matcher named = MONTH_YEAR.matcher(value);
        if (named.matches()) {
            return month(named.group(1)).map(m -> LocalDate.of(Integer.parseInt(named.group(2)), m, 1));
        }
        Matcher iso = ISO_MONTH.matcher(value);
        if (iso.matches()) {
            try {
                return Optional.of(YearMonth.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2))).atDay(1));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<Month> month(String englishName) {
        try {
            return Optional.of(Month.valueOf(englishName.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
