package org.plenum.stats.pages;

import java.util.List;
import org.plenum.stats.MonthRange;
import org.plenum.stats.WomenAverage;
import org.plenum.stats.WomenAverages;

/**
 * The world and regional averages page of one month: the world, the regions and the sub-regions, each for lower
 * and single, upper and all chambers.
 */
public record AveragesPage(WomenAverages averages, MonthRange months) {

    public List<WomenAverage> of(org.plenum.stats.Area.Kind kind, org.plenum.stats.ChamberGroup group) {
        return averages.averages().stream().filter(a -> a.area().kind() == kind && a.chambers() == group).toList();
    }
}
