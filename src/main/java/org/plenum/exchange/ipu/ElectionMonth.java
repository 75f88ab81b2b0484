package org.plenum.exchange.ipu;

import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenum.exchange.csv.InvalidCell;

/**
 * Decodes the month of an election as IPU's ranking writes it: {@code MM.YYYY} ({@code 07.2024} =
 * July 2024).
 *
 * <p>Some exports went through a spreadsheet that read the cell as a decimal number and wrote it back,
 * which drops the month's leading zero and the year's trailing zeros. The rule:
 * <ul>
 *   <li>the cell is {@code M.Y}: one or two digits, a dot, one to four digits; anything else is refused;</li>
 *   <li>the month is 1 to 12, with or without its leading zero: {@code 07.2024} and {@code 7.2024} are
 *       July 2024, {@code 1.2015} is January 2015;</li>
 *   <li>four year digits are the year as written ({@code 10.2020});</li>
 *   <li>three year digits are a year that lost its one trailing zero: {@code 10.202} is October 2020,
 *       {@code 7.201} is July 2010, {@code 3.199} is March 1990. Three digits ending in zero cannot come
 *       out of that number form ({@code 2000} loses all three zeros) and are refused;</li>
 *   <li>one or two year digits are refused as ambiguous: {@code 10.2} could be October 2000 with three
 *       zeros lost, but it is also what a spreadsheet shows for any {@code 10.2xxx} displayed with one
 *       decimal, so the year cannot be known;</li>
 *   <li>the year must be 1900 or later, and the month must not be after the ranking's reference month.</li>
 * </ul>
 */
final class ElectionMonth {

    private static final Pattern MONTH_DOT_YEAR = Pattern.compile("(\\d{1,2})\\.(\\d{1,4})");

    private ElectionMonth() {
    }

    /**
     * The month of the cell.
     *
     * @throws InvalidCell naming {@code column} when the cell cannot be decoded with certainty
     */
    static YearMonth decode(String cell, YearMonth referenceMonth, String column) {
        String text = cell.strip();
        Matcher m = MONTH_DOT_YEAR.matcher(text);
        if (!m.matches()) {
            throw new InvalidCell(column, "'" + text + "' is not an election month (expected MM.YYYY, e.g. 07.2024)");
        }
        int month = Integer.parseInt(m.group(1));
        if (month < 1 || month > 12) {
            throw new InvalidCell(column, "'" + text + "': month " + month + " is not between 1 and 12");
        }
        String digits = m.group(2);
        int year = switch (digits.length()) {
            case 4 -> Integer.parseInt(digits);
            case 3 -> {
                if (digits.endsWith("0")) {
                    throw new InvalidCell(column, "'" + text + "' is not an election month: three year digits"
                            + " ending in 0 cannot come from a year that lost its trailing zeros");
                }
                yield Integer.parseInt(digits) * 10;
            }
            default -> throw new InvalidCell(column, "'" + text + "' is ambiguous: the year has only "
                    + digits.length() + " digit(s) (trailing zeros lost, or a number shown rounded)");
        };
        if (year < 1900) {
            throw new InvalidCell(column, "'" + text + "': year " + year + " is before 1900");
        }
        YearMonth result = YearMonth.of(year, month);
        if (result.isAfter(referenceMonth)) {
            throw new InvalidCell(column, "'" + text + "': election month " + result
                    + " is after the reference month " + referenceMonth);
        }
        return result;
    }
}
