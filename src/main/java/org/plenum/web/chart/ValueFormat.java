package org.plenum.web.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * How a chart writes its values: a unit and a number of fraction digits. The unit {@code %} is written as the
 * locale writes percentages ({@code 40.5%} in English, {@code 40,5 %} in French); any other unit follows the number
 * after a no-break space ({@code 577 seats}); an empty unit writes the number alone. Values are rounded half up from
 * their decimal text, as Plenum rounds its published figures (decision 0010): 51 of 80 seats is 63.8%, not the 63.7%
 * that binary floating point and half-even rounding would give.
 */
public record ValueFormat(String unit, int fractionDigits) {

    public static final ValueFormat PERCENT_ONE_DECIMAL = new ValueFormat("%", 1);
    public static final ValueFormat WHOLE_NUMBER = new ValueFormat("", 0);

    public ValueFormat {
        if (unit == null) {
            throw new IllegalArgumentException("unit must not be null; use \"\" for none");
        }
        if (fractionDigits < 0 || fractionDigits > 6) {
            throw new IllegalArgumentException("fractionDigits must be 0 to 6, is " + fractionDigits);
        }
    }

    public static ValueFormat percent(int fractionDigits) {
        return new ValueFormat("%", fractionDigits);
    }

    /** The value with its unit, for {@code locale}. */
    public String format(double value, Locale locale) {
        if ("%".equals(unit)) {
            NumberFormat percent = NumberFormat.getPercentInstance(locale);
            percent.setMinimumFractionDigits(fractionDigits);
            percent.setMaximumFractionDigits(fractionDigits);
            Number rounded = rounded(value);
            return percent.format(rounded instanceof BigDecimal exact ? exact.movePointLeft(2) : value / 100);
        }
        String number = number(value, locale);
        return unit.isEmpty() ? number : number + '\u00a0' + unit;
    }

    /**
     * Axis ticks without their unit: as many fraction digits as the ticks need (0, 20, 40 or 0, 2.5, 5), never more
     * than this format's.
     */
    public List<String> ticks(List<Double> values, Locale locale) {
        int digits = 0;
        while (digits < fractionDigits && !allWhole(values, Math.pow(10, digits))) {
            digits++;
        }
        ValueFormat tickFormat = new ValueFormat("", digits);
        return values.stream().map(v -> tickFormat.number(v, locale)).toList();
    }

    private static boolean allWhole(List<Double> values, double scale) {
        return values.stream().allMatch(v -> Math.abs(v * scale - Math.rint(v * scale)) < 1e-6);
    }

    /** The value without its unit (axis ticks under a titled axis). */
    public String number(double value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(fractionDigits);
        format.setMaximumFractionDigits(fractionDigits);
        return format.format(rounded(value));
    }

    private Number rounded(double value) {
        return Double.isFinite(value) ? new BigDecimal(Double.toString(value)).setScale(fractionDigits, RoundingMode.HALF_UP)
                : value;
    }
}
