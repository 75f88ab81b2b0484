package org.plenum.exchange.ipu;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.plenum.exchange.csv.InvalidCell;

/**
 * Checks the "% W" column of the ranking, which Plenum does not store (it computes the share itself)
 * but uses to catch inconsistent rows.
 *
 * <p>The expected value is women / seats × 100 rounded half up to one decimal; a file value more than
 * 0.05 away from it is refused. One further value is accepted: IPU's own rounding in two steps, first to
 * two decimals and then to one (women / seats = 54.545…% is published as 54.6, through 54.55, where one
 * rounding gives 54.5). The November 2025 ranking rounds that way in six rows (Nicaragua, Bosnia and
 * Herzegovina, Bahamas, Ghana, Sao Tome and Principe, Saint Lucia) whose counts are consistent; refusing
 * them would drop good counts because of the derived column. Any other difference is refused.
 */
final class WomenPercent {

    private static final BigDecimal TOLERANCE = new BigDecimal("0.05");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private WomenPercent() {
    }

    /** women / seats × 100, rounded half up to one decimal. */
    static BigDecimal expected(long women, long seats) {
        return BigDecimal.valueOf(women).multiply(HUNDRED).divide(BigDecimal.valueOf(seats), 1, RoundingMode.HALF_UP);
    }

    /** The value IPU's two-step rounding gives (to two decimals, then to one). */
    static BigDecimal roundedTwice(long women, long seats) {
        return BigDecimal.valueOf(women).multiply(HUNDRED).divide(BigDecimal.valueOf(seats), 2, RoundingMode.HALF_UP)
                .setScale(1, RoundingMode.HALF_UP);
    }

    static void check(BigDecimal published, long women, long seats, String column) {
        BigDecimal expected = expected(women, seats);
        if (published.subtract(expected).abs().compareTo(TOLERANCE) <= 0
                || published.compareTo(roundedTwice(women, seats)) == 0) {
            return;
        }
        throw new InvalidCell(column, "% W is " + published.toPlainString() + " but " + women + " women of "
                + seats + " seats is " + expected.toPlainString() + "%");
    }
}
