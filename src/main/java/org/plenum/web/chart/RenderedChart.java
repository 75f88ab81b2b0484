package org.plenum.web.chart;

/**
 * A rendered chart: the SVG document (self-contained; inline it in a page or serve it as {@code image/svg+xml}), its
 * text alternative (the SVG's {@code <title>} and {@code <desc>}, also given here for the page), and its data table.
 */
public record RenderedChart(String svg, String title, String description, DataTable table) {
}
