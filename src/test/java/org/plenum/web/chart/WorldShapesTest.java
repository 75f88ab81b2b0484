package org.plenum.web.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/** The committed world map resource against the bundled list of countries. */
class WorldShapesTest {

    @Test
    void everyIndependentCountryIsAShapeOrADotExceptTheListedOnes() throws IOException {
        List<String> independent = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/dataset/reference/country-codes.csv");
             MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                     .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
            while (rows.hasNext()) {
                Map<String, String> row = rows.next();
                if ("Yes".equals(row.get("is_independent"))) {
                    independent.add(row.get("ISO3166-1-Alpha-2"));
                }
            }
        }
        assertThat(independent).hasSizeGreaterThan(190);
        WorldShapes shapes = WorldShapes.get();
        TreeSet<String> notDrawn = new TreeSet<>(independent);
        notDrawn.removeIf(shapes::drawn);
        // Tuvalu has no shape even at 1:50m (docs/decisions/0033-server-side-svg-charts-and-world-map.md)
        assertThat(notDrawn).containsExactly("TV");
        assertThat(shapes.drawn("XK")).as("Kosovo").isTrue();
        assertThat(shapes.path("AQ")).as("Antarctica left out").isEmpty();
        assertThat(shapes.shapeCodes()).hasSize(174);
        assertThat(shapes.source()).contains("Natural Earth").contains("world-atlas").contains("ISC");
    }

    @Test
    void pathsAndPointsLieInTheFrame() {
        WorldShapes shapes = WorldShapes.get();
        for (String code : shapes.pointCodes()) {
            double[] p = shapes.point(code).orElseThrow();
            assertThat(p[0]).as(code).isBetween(0.0, shapes.width());
            assertThat(p[1]).as(code).isBetween(0.0, shapes.height());
        }
        for (String code : shapes.shapeCodes()) {
            String d = shapes.path(code).orElseThrow();
            assertThat(d).as(code).matches("M[-0-9. mlz]+z");
            String[] start = d.substring(1).split("[mlz]")[0].split(" ");
            assertThat(Double.parseDouble(start[0])).as(code).isBetween(0.0, shapes.width());
            assertThat(Double.parseDouble(start[1])).as(code).isBetween(0.0, shapes.height());
        }
    }
}
