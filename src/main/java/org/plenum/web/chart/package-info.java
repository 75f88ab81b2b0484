/**
 * Server-side SVG charts: hemicycle, line chart, horizontal bar chart and a choropleth world map. Each renders a
 * self-contained SVG string (no script, no external reference, a viewBox so it scales with its container, presentation
 * attributes only so a page's Content-Security-Policy need not allow inline styles), with {@code role="img"}, a
 * {@code <title>} and a {@code <desc>} as its text alternative, and the same data as a {@link org.plenum.web.chart.DataTable}
 * that a page renders as a {@code <table>}. Colours come from colour-blind-safe palettes and are never the only cue
 * (marker shapes, dash patterns, labels, a hatched "no data" pattern). Numbers are formatted for the given
 * {@link java.util.Locale}.
 *
 * <p>Exposed as the named interface {@code chart}: the modules that own the data (registry, stats) render their
 * charts with it and serve them (see {@link org.plenum.web.chart.ChartEmbedding} and docs/web-pages.md, "Charts").
 */
@NamedInterface("chart")
package org.plenum.web.chart;

import org.springframework.modulith.NamedInterface;
