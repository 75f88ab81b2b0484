package org.plenum.stats.sdg;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.plenum.stats.SdgSeries;

/**
 * The day each year's SDG values describe.
 *
 * <p>5.5.1(a): IPU's extraction dates as the indicator's UN metadata lists them (SDG metadata 5.5.1(a), section
 * "Time series"): 1 January from 2020; 1 February for 2013-2019; for 1997-2012 the day IPU took its figures that year
 * (25, 29, 30 or 31 January, 4 or 5 February; 1 January 1997). Before 1997 the metadata says the date is unknown, so
 * Plenum makes no 5.5.1(a) values for those years rather than pick a day.
 *
 * <p>16.7.1(a): 1 January of the year; the indicator was first reported for 2020 (its UN metadata: "data as at 1
 * January 2020"), so earlier years have none.
 */
final class ReferenceDates {

    static final int FIRST_WOMEN_YEAR = 1997;
    static final int FIRST_REPRESENTATION_YEAR = 2020;

    private static final Map<Integer, LocalDate> BEFORE_2013 = Map.ofEntries(
            Map.entry(1997, LocalDate.of(1997, 1, 1)),
            Map.entry(1998, LocalDate.of(1998, 1, 25)),
            Map.entry(1999, LocalDate.of(1999, 2, 5)),
            Map.entry(2000, LocalDate.of(2000, 1, 25)),
            Map.entry(2001, LocalDate.of(2001, 1, 30)),
            Map.entry(2002, LocalDate.of(2002, 2, 4)),
            Map.entry(2003, LocalDate.of(2003, 1, 31)),
            Map.entry(2004, LocalDate.of(2004, 1, 30)),
            Map.entry(2005, LocalDate.of(2005, 1, 31)),
            Map.entry(2006, LocalDate.of(2006, 1, 31)),
            Map.entry(2007, LocalDate.of(2007, 1, 31)),
            Map.entry(2008, LocalDate.of(2008, 1, 29)),
            Map.entry(2009, LocalDate.of(2009, 1, 31)),
            Map.entry(2010, LocalDate.of(2010, 1, 31)),
            Map.entry(2011, LocalDate.of(2011, 1, 31)),
            Map.entry(2012, LocalDate.of(2012, 1, 31)));

    private ReferenceDates() {
    }

    static Optional<LocalDate> of(SdgSeries series, int year) {
        return switch (series.indicator()) {
            case WOMEN_IN_PARLIAMENT -> womenInParliament(year);
            case REPRESENTATION_IN_PARLIAMENT -> year >= FIRST_REPRESENTATION_YEAR
                    ? Optional.of(LocalDate.of(year, 1, 1)) : Optional.empty();
        };
    }

    private static Optional<LocalDate> womenInParliament(int year) {
        if (year >= 2020) {
            return Optional.of(LocalDate.of(year, 1, 1));
        }
        if (year >= 2013) {
            return Optional.of(LocalDate.of(year, 2, 1));
        }
        return Optional.ofNullable(BEFORE_2013.get(year));
    }

    /** Why {@code series} has no value for {@code year}. */
    static String whyNone(SdgSeries series, int year) {
        return switch (series.indicator()) {
            case WOMEN_IN_PARLIAMENT -> "SDG 5.5.1(a) (" + series.code() + ") has no reference date before "
                    + FIRST_WOMEN_YEAR + ": IPU's extraction dates are unknown before 1997 (UN SDG metadata 5.5.1(a)); "
                    + "the year asked is " + year + ".";
            case REPRESENTATION_IN_PARLIAMENT -> "SDG 16.7.1(a) (" + series.code() + ") is reported from "
                    + FIRST_REPRESENTATION_YEAR + " (values as at 1 January); the year asked is " + year + ".";
        };
    }
}
