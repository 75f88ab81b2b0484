package org.plenum.stats.pages;

import java.util.List;
import org.plenum.stats.SdgObservation;
import org.plenum.stats.SdgReport;
import org.plenum.stats.SdgSeries;

/**
 * The SDG page of one year: indicators 5.5.1(a) and 16.7.1(a), every series the year has, the world and the IPU
 * regions first, then the countries.
 *
 * @param years    the years one can ask for (with a reference date already passed), newest first
 * @param selected the series whose country values are listed ({@code series}; the others' are in the downloads)
 */
public record SdgPage(SdgReport report, List<Integer> years, SdgSeries selected) {

    /** The world and the regions, in the order of the report (the rows of the aggregates' table). */
    public List<org.plenum.stats.SdgArea> aggregateAreas() {
        return report.observations().stream().filter(o -> o.area().isAggregate()).map(SdgObservation::area).distinct().toList();
    }

    public java.util.Optional<SdgObservation> observation(SdgSeries series, String area) {
        return report.observations().stream().filter(o -> o.series() == series && o.area().code().equals(area)).findFirst();
    }


    public List<SdgObservation> aggregates(SdgSeries series) {
        return report.observations().stream().filter(o -> o.series() == series && o.area().isAggregate()).toList();
    }

    public List<SdgObservation> countries(SdgSeries series) {
        return report.observations().stream().filter(o -> o.series() == series && !o.area().isAggregate()).toList();
    }
}
