package org.plenum.exchange.ipu.historical;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the Month cell of a row into the first day of its valid time, with a remark for the annotation
 * when that day is not simply the first of the month written.
 *
 * <ul>
 *   <li>One month: {@code November}, {@code january }, {@code MARCH}, in any case and spacing; also the
 *       English three-letter abbreviations, the French month names ({@code Janvier}) and the two
 *       misspellings found in the workbook ({@code Janauary}, {@code Febrruary}), all listed here, not
 *       guessed. The valid time starts on its first day, in the row's year.</li>
 *   <li>Two months ({@code May- September}, {@code October -november}, {@code Jan Feb},
 *       {@code Dec 2014-Jan 2015}): in the workbook, rows of one chamber often share the first month
 *       and differ in the second, with changing counts (Algeria 2007: {@code May- June} 28 women,
 *       {@code May- September} 30; Estonia 2007: {@code March-March}, {@code March- April},
 *       {@code March- December}). So the first month is the election or renewal and the second is
 *       the month the figures describe: the valid time starts on the first day of the second month,
 *       in the row's year, and the annotation says how the cell was read. A month followed by a year
 *       must be in the row's year.</li>
 *   <li>Empty: the valid time starts on January 1st of the year, and the annotation says so
 *       ({@value #NOT_GIVEN}). Unreadable text does the same, quoting the cell. Nothing is guessed.</li>
 * </ul>
 */
final class MonthCell {

    static final String NOT_GIVEN = "month not given; valid from the start of the year";

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-\u2013\u2014]+");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Map<String, Month> NAMES = names();

    private MonthCell() {
    }

    /** The first day of valid time, and the remark to add to the annotation, if any. */
    record ValidFrom(LocalDate date, Optional<String> remark) {
    }

    static ValidFrom of(CellValue cell, int year) {
        if (cell.isBlank()) {
            return startOfYear(year, NOT_GIVEN);
        }
        String written = cell.trimmedText();
        if (!(cell instanceof CellValue.Text)) {
            return unreadable(cell.quoted(), year);
        }
        List<MonthOfYear> months = new ArrayList<>();
        for (String token : SEPARATORS.split(written.toLowerCase(Locale.ROOT))) {
            if (token.isEmpty()) {
                continue;
            }
            Month month = NAMES.get(token);
            if (month != null) {
                months.add(new MonthOfYear(month, Optional.empty()));
            } else if (YEAR.matcher(token).matches() && !months.isEmpty()
                    && months.get(months.size() - 1).year().isEmpty()) {
                MonthOfYear last = months.remove(months.size() - 1);
                months.add(new MonthOfYear(last.month(), Optional.of(Integer.parseInt(token))));
            } else {
                return unreadable(cell.quoted(), year);
            }
        }
        if (months.isEmpty() || months.size() > 2) {
            return unreadable(cell.quoted(), year);
        }
        MonthOfYear figures = months.get(months.size() - 1);
        if (figures.year().isPresent() && figures.year().get() != year) {
            return unreadable(cell.quoted(), year);
        }
        LocalDate date = LocalDate.of(year, figures.month(), 1);
        if (months.size() == 1) {
            return new ValidFrom(date, Optional.empty());
        }
        return new ValidFrom(date, Optional.of("month '" + written + "' read as: election or renewal in "
                + months.get(0).text() + ", figures as of " + figures.month().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                + " " + year + " (valid from then)"));
    }

    private static ValidFrom unreadable(String quoted, int year) {
        return startOfYear(year, "month " + quoted + " not readable; valid from the start of the year");
    }

    private static ValidFrom startOfYear(int year, String remark) {
        return new ValidFrom(LocalDate.of(year, 1, 1), Optional.of(remark));
    }

    private record MonthOfYear(Month month, Optional<Integer> year) {
        String text() {
            return month.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + year.map(y -> " " + y).orElse("");
        }
    }

    private static Map<String, Month> names() {
        Map<String, Month> names = new HashMap<>();
        for (Month month : Month.values()) {
            names.put(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), month);
            names.put(month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT), month);
        }
        names.put("sept", Month.SEPTEMBER);
        List<String> french = List.of("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                "septembre", "octobre", "novembre", "décembre");
        for (int i = 0; i < french.size(); i++) {
            names.put(french.get(i), Month.of(i + 1));
        }
        names.put("fevrier", Month.FEBRUARY);
        names.put("aout", Month.AUGUST);
        names.put("decembre", Month.DECEMBER);
        // misspellings found in IPU's workbook, written out one by one
        names.put("janauary", Month.JANUARY);
        names.put("febrruary", Month.FEBRUARY);
        return Map.copyOf(names);
    }
}
