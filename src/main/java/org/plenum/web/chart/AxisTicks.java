package org.plenum.web.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** "Nice" tick values for a value axis (1, 2, 2.5 or 5 times a power of ten) and for a time axis (whole years). */
final class AxisTicks {

    private AxisTicks() {
    }

    /** Ticks from 0 (or below, if {@code min} is negative) to at least {@code max}, at most about {@code count} of them. */
    static List<Double> values(double min, double max, int count) {
        double lo = Math.min(0, min);
        double hi = max <= lo ? lo + 1 : max;
        double raw = (hi - lo) / Math.max(1, count);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude * 10;
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * magnitude >= raw) {
                step = m * magnitude;
                break;
            }
        }
        List<Double> ticks = new ArrayList<>();
        double start = Math.floor(lo / step) * step;
        for (int i = 0; ; i++) {
            double t = start + i * step;
            ticks.add(Math.round(t / step * 1e6) / 1e6 * step);
            if (t >= hi - step * 1e-9) {
                break;
            }
        }
        return ticks;
    }

    /** 1 January of every {@code step}-th year from the first to after the last date, at most about {@code count}. */
    static List<LocalDate> years(LocalDate first, LocalDate last, int count) {
        int from = first.getYear();
        int to = last.getYear() + (last.getDayOfYear() > 1 ? 1 : 0);
        int span = Math.max(1, to - from);
        int step = 1;
        for (int s : new int[] {1, 2, 5, 10, 20, 25, 50, 100}) {
            step = s;
            if (span / s <= count) {
                break;
            }
        }
        int start = Math.floorDiv(from, step) * step;
        List<LocalDate> ticks = new ArrayList<>();
        for (int y = start; y <= to + step - 1; y += step) {
            ticks.add(LocalDate.of(y, 1, 1));
            if (y >= to) {
                break;
            }
        }
        return ticks;
    }
}
