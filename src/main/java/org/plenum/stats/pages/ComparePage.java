package org.plenum.stats.pages;

import java.util.List;
import java.util.Optional;
import org.plenum.registry.Field;
import org.plenum.registry.Taxonomy;
import org.plenum.stats.CompareResult;
import org.plenum.web.chart.RenderedChart;

/**
 * What the compare page shows: the result, the choices of its form, the chart (line or bar, drawn in the page) or the
 * map's title (the map is an image of {@code svgUrl}), how to embed it, and the query of its downloads.
 *
 * @param truncated whether the chart draws only part of the chambers (the table has them all)
 */
public record ComparePage(CompareResult result, List<Field> fields, List<Taxonomy.Term> regions,
                          List<Taxonomy.Term> subRegions, List<Taxonomy.Term> incomeGroups, List<String> structures,
                          Optional<RenderedChart> chart, Optional<String> mapTitle, boolean truncated,
                          String svgUrl, String iframe, String exportQuery) {
}
