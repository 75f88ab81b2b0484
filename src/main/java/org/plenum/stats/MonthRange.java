package org.plenum.stats;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The months for which statistics can be computed: from the first month with data to the current month. */
public record MonthRange(YearMonth first, YearMonth last) {

    public MonthRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("the range ends (" + last + ") before it starts (" + first + ")");
        }
    }

    public boolean contains(YearMonth month) {
        return !month.isBefore(first) && !month.isAfter(last);
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    @Override
    public String toString() {
        return first + " to " + last;
    }
}
