package org.plenum.stats.pages;

import java.util.List;
import org.plenum.stats.SdgObservation;
import org.plenum.stats.SdgReport;
import org.plenum.stats.SdgSeries;

/**
 * The SDG page of one year: indicators 5.5.1(a) and 16.7.1(a), every series the year has, the world and the IPU
 * regions first, then the countries.
 *
 * @param years the years one can ask for (with a reference date already passed), newest first
 */
record SdgPage(SdgReport report, List<Integer> years) {

    List<SdgObservation> aggregates(SdgSeries series) {
        return report.observations().stream().filter(o -> o.series() == series && o.area().isAggregate()).toList();
    }

    List<SdgObservation> countries(SdgSeries series) {
        return report.observations().stream().filter(o -> o.series() == series && !o.area().isAggregate()).toList();
    }
}
