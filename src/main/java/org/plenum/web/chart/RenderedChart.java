package org.plenum.web.chart;

/**
 * A rendered chart: the SVG document (self-contained; inline it in a page or serve it as {@code image/svg+xml}), its
 * text alternative (the SVG's {@code <title>} and {@code <desc>}, also given here for the page), and its data table.
 */
public record RenderedChart(String svg, String title, String description, DataTable table) {

    /** The width and height of the SVG's viewBox (for an {@code <iframe>}'s size, or a placeholder's aspect ratio). */
    public double[] size() {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("viewBox=\"0 0 ([0-9.]+) ([0-9.]+)\"").matcher(svg);
        if (!m.find()) {
            throw new IllegalStateException("The SVG has no viewBox");
        }
        return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))};
    }
}
