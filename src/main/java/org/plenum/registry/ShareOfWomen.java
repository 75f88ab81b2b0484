package org.plenum.registry;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The share of women in a chamber, in percent, rounded as IPU publishes it. The one rounding of Plenum: the
 * computed field {@code current_women_percent}, the women ranking and the averages all use it.
 */
public final class ShareOfWomen {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ShareOfWomen() {
    }

    /**
     * women / members × 100, rounded half-up to two decimals, then half-up to one (61.25 → 61.3; 50 of 91 =
     * 54.945… → 54.95 → 55.0, where a single rounding gives 54.9). This two-step rounding reproduces every
     * percentage of IPU's November 2025 ranking (261 of 261; one rounding: 255).
     *
     * @throws IllegalArgumentException when {@code members} is not above 0 or {@code women} is negative
     */
    public static BigDecimal percent(long women, long members) {
        if (members <= 0 || women < 0) {
            throw new IllegalArgumentException("no share of " + women + " women in " + members + " members");
        }
        return BigDecimal.valueOf(women).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(members), 2, RoundingMode.HALF_UP)
                .setScale(1, RoundingMode.HALF_UP);
    }
}
