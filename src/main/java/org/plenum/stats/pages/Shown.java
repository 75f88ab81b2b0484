package org.plenum.stats.pages;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.plenum.stats.Headcount;
import org.plenum.web.PageContext;

/** How the statistics pages write their values, for the reader's language; a dash for what is not known. */
public final class Shown {

    public static final String NONE = "\u2014";

    private Shown() {
    }

    public static String percent(PageContext page, Optional<BigDecimal> value) {
        return value.map(v -> page.percent(v.doubleValue(), 1)).orElse(NONE);
    }

    public static String percent(PageContext page, Optional<BigDecimal> value, int digits) {
        return value.map(v -> page.percent(v.doubleValue(), digits)).orElse(NONE);
    }

    public static String decimal(PageContext page, Optional<BigDecimal> value, int digits) {
        return value.map(v -> page.decimal(v.doubleValue(), digits)).orElse(NONE);
    }

    public static String number(PageContext page, OptionalInt value) {
        return value.isPresent() ? page.number(value.getAsInt()) : NONE;
    }

    public static String count(PageContext page, Headcount count) {
        return count.value().isPresent() ? page.number(count.value().getAsLong()) : NONE;
    }

    /** A change in percentage points with its sign: +1.2 / −0.4 / 0.0. */
    public static String points(PageContext page, BigDecimal points) {
        String magnitude = page.decimal(points.abs().doubleValue(), 1);
        return points.signum() > 0 ? "+" + magnitude : points.signum() < 0 ? "\u2212" + magnitude : magnitude;
    }

    /** Ranks gained (positive: moved up) with its sign. */
    public static String ranks(int gained) {
        return gained > 0 ? "+" + gained : gained < 0 ? "\u2212" + (-gained) : "0";
    }

    /** A text by language: the reader's, else English. */
    public static String in(PageContext page, Map<String, String> byLanguage) {
        return byLanguage.getOrDefault(page.lang(), byLanguage.getOrDefault("en", ""));
    }
}
