package org.plenum.registry;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The share of women in a chamber, in percent, rounded as IPU publishes it in each output (decision 0010):
 * <ul>
 *   <li>{@link #percent}: once, women × 100 / members, half up to one decimal. IPU's database
 *       ({@code current_women_percent} on Parline, its compare exports) rounds so: 3 of 17 is 17.6, 1 of 87 is 1.1,
 *       3 of 69 is 4.3, 13 of 81 is 16.0, 7 of 136 is 5.1. Plenum's computed field and its averages use it.</li>
 *   <li>{@link #rankingCell}: in two steps, to two decimals then to one, as the % W cells of IPU's monthly
 *       ranking table are (261 of 261 cells of November 2025; a single rounding gives 255). Used for that table
 *       only.</li>
 * </ul>
 */
public final class ShareOfWomen {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ShareOfWomen() {
    }

    /**
     * women / members × 100, rounded once, half up, to one decimal (3 of 17 = 17.647… → 17.6).
     *
     * @throws IllegalArgumentException when {@code members} is not above 0 or {@code women} is negative
     */
    public static BigDecimal percent(long women, long members) {
        return exact(women, members, 1);
    }

    /**
     * The % W cell of IPU's monthly ranking: women / members × 100 rounded half up to two decimals, then half up
     * to one (61.25 → 61.3; 50 of 91 = 54.945… → 54.95 → 55.0, where a single rounding gives 54.9; 3 of 17 =
     * 17.647… → 17.65 → 17.7).
     *
     * @throws IllegalArgumentException when {@code members} is not above 0 or {@code women} is negative
     */
    public static BigDecimal rankingCell(long women, long members) {
        return exact(women, members, 2).setScale(1, RoundingMode.HALF_UP);
    }

    private static BigDecimal exact(long women, long members, int scale) {
        if (members <= 0 || women < 0) {
            throw new IllegalArgumentException("no share of " + women + " women in " + members + " members");
        }
        return BigDecimal.valueOf(women).multiply(HUNDRED).divide(BigDecimal.valueOf(members), scale, RoundingMode.HALF_UP);
    }
}
