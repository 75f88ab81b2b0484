package org.plenum.stats.sdg;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How SDG values are rounded. Percentages and ratios: half-up to two decimals, from exact quotients (shares are never
 * rounded before a ratio is taken). Two decimals is the first step of IPU's rounding of its ranking's percentages
 * (half-up to two decimals, then to one): the ranking's one-decimal figure is this value rounded half-up once more.
 */
final class Rounding {

    static final int DECIMALS = 2;
    private static final MathContext EXACT_ENOUGH = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Rounding() {
    }

    /** {@code part / whole}, unrounded (34 significant digits). */
    static BigDecimal share(BigDecimal part, BigDecimal whole) {
        return part.divide(whole, EXACT_ENOUGH);
    }

    /** {@code part / whole × 100}, rounded half-up to two decimals. */
    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return share(part, whole).multiply(HUNDRED).setScale(DECIMALS, RoundingMode.HALF_UP);
    }

    /** {@code shareA / shareB}, rounded half-up to two decimals. */
    static BigDecimal ratio(BigDecimal shareA, BigDecimal shareB) {
        return shareA.divide(shareB, EXACT_ENOUGH).setScale(DECIMALS, RoundingMode.HALF_UP);
    }
}
