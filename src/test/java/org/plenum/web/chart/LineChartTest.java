package org.plenum.web.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Line charts of real chambers' history from IPU's historical workbook 1945–2018 (bundled). */
class LineChartTest {

    @Test
    void theHouseOfCommonsSince1945() {
        List<LineChart.Point> points = RealChartData.history("GB-LC01");
        assertThat(points).hasSizeGreaterThan(15);
        LineChart chart = new LineChart("Women in the House of Commons", "Share of women after each election.", "Share of women",
                ValueFormat.percent(1), List.of(new LineChart.Series("House of Commons", points)));
        RenderedChart rendered = chart.render(Locale.ENGLISH);
        SvgDocument.save("line-gb", rendered.svg());
        SvgDocument doc = SvgDocument.checked(rendered);

        long values = points.stream().filter(p -> p.value().isPresent()).count();
        Element line = doc.elements("path").stream().filter(p -> p.getAttribute("fill").equals("none")).findFirst().orElseThrow();
        long gaps = points.stream().filter(p -> p.value().isEmpty()).count();
        // one vertex per value; a new subpath only after a gap
        assertThat(line.getAttribute("d").chars().filter(c -> c == 'M' || c == 'L').count()).isEqualTo(values);
        assertThat(line.getAttribute("d").chars().filter(c -> c == 'M').count()).isBetween(1L, 1 + gaps);
        // the year ticks span the data: 1940 or 1945 to 2020
        assertThat(doc.texts()).contains("2020", "Share of women (%)");
        assertThat(rendered.table().rows()).hasSize(points.size());
        assertThat(rendered.table().columns()).containsExactly("Date", "House of Commons");
        assertThat(rendered.description()).startsWith("Share of women after each election. House of Commons: ")
                .contains("(" + "Jul 1, 1945".substring(0, 3));
    }

    @Test
    void twoChambersWithGapsInFrench() {
        List<LineChart.Point> lower = RealChartData.history("FR-LC01");
        List<LineChart.Point> upper = RealChartData.history("FR-UC02");
        assertThat(upper).isNotEmpty();
        LocalDate gapDate = lower.get(lower.size() / 2).date();
        List<LineChart.Point> withGap = lower.stream().map(p -> p.date().equals(gapDate) ? LineChart.Point.gap(p.date()) : p).toList();
        LineChart chart = new LineChart("Femmes au Parlement français", "", "Part des femmes", ValueFormat.percent(1),
                List.of(new LineChart.Series("Assemblée nationale", withGap), new LineChart.Series("Sénat", upper)), LineChart.Shape.STEP);
        RenderedChart rendered = chart.render(Locale.FRENCH);
        SvgDocument.save("line-fr", rendered.svg());
        SvgDocument doc = SvgDocument.checked(rendered);
        List<Element> lines = doc.elements("path").stream().filter(p -> p.getAttribute("fill").equals("none")).toList();
        assertThat(lines).hasSize(2);
        // the gap splits the line of the Assemblée in two subpaths
        assertThat(lines.get(0).getAttribute("d").chars().filter(c -> c == 'M').count()).isGreaterThanOrEqualTo(2);
        // the two series differ in more than colour: the second is dashed
        assertThat(lines.get(0).getAttribute("stroke-dasharray")).isEmpty();
        assertThat(lines.get(1).getAttribute("stroke-dasharray")).isNotEmpty();
        assertThat(doc.texts()).contains("Assemblée nationale", "Sénat", "Part des femmes (%)");
        DataTable.Row gapRow = rendered.table().rows().stream().filter(r -> r.cells().get(0).equals("Pas de données")).findFirst().orElseThrow();
        assertThat(gapRow.header()).isNotBlank();
        assertThat(rendered.table().rows().stream().flatMap(r -> r.cells().stream()).filter(c -> c.contains(","))).isNotEmpty();
    }

    @Test
    void twelveChambersInACompareChartKeepTheirPlotBelowTheLegend() {
        List<String> chambers = List.of("SE-LC01", "NO-LC01", "FI-LC01", "DK-LC01", "IS-LC01", "NL-LC01", "DE-LC01", "ES-LC01",
                "IT-LC01", "GB-LC01", "FR-LC01", "US-LC01");
        List<LineChart.Series> series = chambers.stream().map(c -> new LineChart.Series(RealChartData.name(c.substring(0, 2), false)
                + " \u00b7 " + c, RealChartData.history(c))).toList();
        assertThat(series).allSatisfy(s -> assertThat(s.points()).isNotEmpty());
        RenderedChart rendered = new LineChart("Women in twelve lower chambers", "", "Share of women", ValueFormat.percent(1), series,
                LineChart.Shape.STEP).render(Locale.ENGLISH);
        SvgDocument.save("line-twelve", rendered.svg());
        SvgDocument doc = SvgDocument.checked(rendered);
        double lastLegendRow = doc.elements("text").stream().filter(t -> chambers.stream().anyMatch(c -> t.getTextContent().endsWith(c)))
                .mapToDouble(t -> Double.parseDouble(t.getAttribute("y"))).max().orElseThrow();
        // the highest tick (the top grid line) lies below the legend's last row, the lowest at the plot's bottom
        List<Element> grid = doc.elements("line").stream().filter(l -> l.getAttribute("x1").equals("56") && l.getAttribute("x2").equals("620")).toList();
        double top = grid.stream().mapToDouble(l -> Double.parseDouble(l.getAttribute("y1"))).min().orElseThrow();
        double bottom = grid.stream().mapToDouble(l -> Double.parseDouble(l.getAttribute("y1"))).max().orElseThrow();
        assertThat(top).isGreaterThan(lastLegendRow + 10);
        assertThat(bottom - top).isEqualTo(250.0);
        assertThat(rendered.size()[1]).isEqualTo(bottom + 30);
        // twelve series: four dash patterns, five marker shapes and eight colours, so no two series look the same
        List<Element> lines = doc.elements("path").stream().filter(p -> p.getAttribute("fill").equals("none")).toList();
        assertThat(lines).hasSize(12);
        assertThat(lines.stream().map(l -> l.getAttribute("stroke") + l.getAttribute("stroke-dasharray")).distinct()).hasSize(12);
    }

    @Test
    void stepsHoldEachValueUntilTheNextAndStopAtAGap() {
        LocalDate d1 = LocalDate.of(2000, 1, 1);
        LocalDate d2 = LocalDate.of(2005, 1, 1);
        LocalDate d3 = LocalDate.of(2010, 1, 1);
        LocalDate d4 = LocalDate.of(2015, 1, 1);
        List<LineChart.Point> points = List.of(LineChart.Point.of(d1, 10), LineChart.Point.of(d2, 20), LineChart.Point.gap(d3),
                LineChart.Point.of(d4, 20));
        RenderedChart rendered = new LineChart("Steps", "Synthetic values.", "Share", ValueFormat.percent(0),
                List.of(new LineChart.Series("s", points)), LineChart.Shape.STEP).render(Locale.ENGLISH);
        SvgDocument doc = SvgDocument.checked(rendered);
        String d = doc.elements("path").stream().filter(p -> p.getAttribute("fill").equals("none")).findFirst().orElseThrow().getAttribute("d");
        // move to 2000 at 10, along to 2005, up to 20, along to the gap in 2010; then a lone point in 2015
        assertThat(d).matches("M[0-9.]+ [0-9.]+H[0-9.]+V[0-9.]+H[0-9.]+M[0-9.]+ [0-9.]+");
        assertThat(rendered.table().rows()).extracting(r -> r.cells().get(0)).containsExactly("10%", "20%", "No data", "20%");
    }

    @Test
    void escapesSeriesNamesAndRefusesNoData() {
        LineChart chart = new LineChart("A <b> & c", "", "x", ValueFormat.WHOLE_NUMBER,
                List.of(new LineChart.Series("<script>alert(1)</script>", List.of(LineChart.Point.of(LocalDate.of(2020, 1, 1), 3)))));
        RenderedChart rendered = chart.render(Locale.ENGLISH);
        SvgDocument doc = SvgDocument.checked(rendered);
        assertThat(doc.texts()).contains("<script>alert(1)</script>");
        assertThat(doc.elements("script")).isEmpty();
        assertThatThrownBy(() -> new LineChart("t", "", "x", ValueFormat.WHOLE_NUMBER,
                List.of(new LineChart.Series("s", List.of(LineChart.Point.gap(LocalDate.of(2020, 1, 1)))))))
                .hasMessageContaining("at least one value");
        assertThatThrownBy(() -> new LineChart.Series("s", List.of(LineChart.Point.of(LocalDate.of(2021, 1, 1), 1),
                LineChart.Point.of(LocalDate.of(2020, 1, 1), 1)))).hasMessageContaining("out of date order");
    }

    @Test
    void niceTicks() {
        assertThat(AxisTicks.values(0, 63.8, 5)).containsExactly(0.0, 20.0, 40.0, 60.0, 80.0);
        assertThat(AxisTicks.values(0, 40.5, 5)).containsExactly(0.0, 10.0, 20.0, 30.0, 40.0, 50.0);
        assertThat(AxisTicks.years(LocalDate.of(1945, 7, 1), LocalDate.of(2017, 6, 8), 8))
                .extracting(LocalDate::getYear).containsExactly(1940, 1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020);
    }
}
