package org.plenum.web.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Bar charts of the bundled ranking of November 2025. */
class BarChartTest {

    @Test
    void theTwentyHighestSharesWithOneHighlighted() {
        List<BarChart.Bar> bars = RealChartData.womenShares(false).stream()
                .sorted(Comparator.comparingDouble(WorldMap.CountryValue::value).reversed()).limit(20)
                .map(v -> new BarChart.Bar(v.name(), v.value(), v.code().equals("MX")))
                .toList();
        RenderedChart chart = new BarChart("The 20 highest shares of women", "Lower or single chambers, November 2025.",
                ValueFormat.percent(1), bars, "Country").render(Locale.ENGLISH);
        assertThat(chart.table().columns()).containsExactly("Country", "Value");
        SvgDocument.save("bars-top20", chart.svg());
        SvgDocument doc = SvgDocument.checked(chart);
        List<Element> rects = doc.elements("rect");
        assertThat(rects).hasSize(20);
        // bar lengths follow the values: the first (Rwanda) is the longest
        double first = Double.parseDouble(rects.get(0).getAttribute("width"));
        assertThat(rects).allSatisfy(r -> assertThat(Double.parseDouble(r.getAttribute("width"))).isLessThanOrEqualTo(first));
        assertThat(doc.texts()).contains("Rwanda", "63.8%", "Mexico");
        // the highlighted bar has a bold label, not only another colour
        assertThat(doc.elements("text")).filteredOn(t -> t.getTextContent().equals("Mexico"))
                .allSatisfy(t -> assertThat(t.getAttribute("font-weight")).isEqualTo("700"));
        assertThat(chart.description()).contains("Rwanda: 63.8%").contains("Highlighted: Mexico: 50.2%");
        assertThat(chart.table().rows()).hasSize(20);
        assertThat(chart.table().rows().get(0)).isEqualTo(new DataTable.Row("Rwanda", List.of("63.8%")));
    }

    @Test
    void frenchNamesWithAmpersandsAndNegativeValues() {
        List<BarChart.Bar> bars = List.of(BarChart.Bar.of(RealChartData.name("TT", false), 1.5), BarChart.Bar.of("Sao Tomé-et-Principe", -2.25));
        RenderedChart chart = new BarChart("Évolution <en points>", "", new ValueFormat("points", 2), bars).render(Locale.FRENCH);
        assertThat(chart.table().columns()).containsExactly("Libellé", "Valeur");
        SvgDocument doc = SvgDocument.checked(chart);
        assertThat(doc.texts()).contains("Trinidad & Tobago", "1,50\u00a0points", "-2,25\u00a0points");
        assertThat(chart.svg()).contains("Évolution &lt;en points&gt;");
    }

    @Test
    void longLabelsAreWrappedInsideTheChartNotClipped() {
        List<BarChart.Bar> bars = List.of(BarChart.Bar.of("United Kingdom of Great Britain and Northern Ireland", 40.5),
                BarChart.Bar.of("Saint Vincent and the Grenadines", 18.2),
                new BarChart.Bar("Bolivia (Plurinational State of)", 48.2, true), BarChart.Bar.of("Chad", 32.6),
                BarChart.Bar.of("Conseil national de transition de la République de Guinée, chambre unique provisoire", 29.6));
        RenderedChart chart = new BarChart("Long names", "Real names of the ranking.", ValueFormat.percent(1), bars, "Country")
                .render(Locale.ENGLISH);
        SvgDocument.save("bars-long-labels", chart.svg());
        SvgDocument doc = SvgDocument.checked(chart);
        List<Element> labels = doc.elements("text").stream().filter(t -> "end".equals(t.getAttribute("text-anchor"))).toList();
        // every line of a label starts inside the chart (its right end is the column's edge)
        for (Element label : labels) {
            double right = Double.parseDouble(label.getAttribute("x"));
            assertThat(right - Svg.textWidth(label.getTextContent(), 13)).as(label.getTextContent()).isGreaterThanOrEqualTo(0);
        }
        String lines = String.join(" ", labels.stream().map(Element::getTextContent).toList());
        assertThat(lines).contains("United Kingdom of Great Britain", "and Northern Ireland", "Chad")
                .contains("Bolivia (Plurinational State of)");
        assertThat(BarChart.labelLines("Conseil national de transition de la République de Guinée, chambre unique provisoire"))
                .hasSizeLessThanOrEqualTo(BarChart.MAX_LINES);
        // the whole names stay in the table
        assertThat(chart.table().rows().get(0).header()).isEqualTo("United Kingdom of Great Britain and Northern Ireland");
        // five bars, one per row, none overlapping the next row's label
        assertThat(doc.elements("rect")).hasSize(5);
    }
}
