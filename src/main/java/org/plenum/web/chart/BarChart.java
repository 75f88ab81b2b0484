package org.plenum.web.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Horizontal bars, one per labelled value, in the order given, each with its value written at its end; a highlighted
 * bar (the country of the page, say) has a darker colour and a bold label, so it stands out without colour too.
 *
 * @param title       the chart's title (its accessible name)
 * @param description what the chart shows; the values are in the table, the highest and lowest are added here
 * @param format      the values' unit and precision
 * @param bars        at least one bar; values may be negative
 * @param labelColumn the header of the table's column of bar labels ("Country", "Region"); empty for a generic one
 */
public record BarChart(String title, String description, ValueFormat format, List<Bar> bars, String labelColumn) {

    private static final double WIDTH = 640;
    private static final double ROW = 24;
    private static final double TOP = 8;
    private static final double AXIS = 26;
    private static final double GAP = 8;
    private static final String COLOUR = ChartPalette.MEN;
    private static final String HIGHLIGHT = "#D55E00";
    /** The widest the labels' column gets (a little over a third of the chart); longer labels are wrapped. */
    static final double LABEL_MAX = 250;
    /** The height each further line of a wrapped label adds to its row. */
    private static final double LINE = 15;
    /** A label is wrapped on at most this many lines; the rest is cut with "…" (the whole label is in the table). */
    static final int MAX_LINES = 3;

    /** Bars whose table names its label column generically. */
    public BarChart(String title, String description, ValueFormat format, List<Bar> bars) {
        this(title, description, format, bars, "");
    }

    public BarChart {
        bars = List.copyOf(bars);
        if (bars.isEmpty()) {
            throw new IllegalArgumentException("A bar chart needs at least one bar");
        }
        for (Bar b : bars) {
            if (!Double.isFinite(b.value())) {
                throw new IllegalArgumentException("Bar '" + b.label() + "' has no finite value: " + b.value());
            }
        }
    }

    /** A labelled value; {@code highlighted} marks the one the reader is looking at. */
    public record Bar(String label, double value, boolean highlighted) {
        public static Bar of(String label, double value) {
            return new Bar(label, value, false);
        }
    }

    public RenderedChart render(Locale locale) {
        ChartWords words = ChartWords.of(locale);
        List<DataTable.Row> rows = new ArrayList<>();
        Bar highest = bars.get(0);
        Bar lowest = bars.get(0);
        double max = 0;
        double min = 0;
        for (Bar b : bars) {
            rows.add(new DataTable.Row(b.label(), List.of(format.format(b.value(), locale))));
            highest = b.value() > highest.value() ? b : highest;
            lowest = b.value() < lowest.value() ? b : lowest;
            max = Math.max(max, b.value());
            min = Math.min(min, b.value());
        }
        List<String> summary = new ArrayList<>();
        summary.add(words.labelValue(highest.label(), format.format(highest.value(), locale)));
        if (lowest != highest) {
            summary.add(words.labelValue(lowest.label(), format.format(lowest.value(), locale)));
        }
        bars.stream().filter(Bar::highlighted).forEach(b -> summary.add(words.get("chart.highlighted", words.labelValue(b.label(), format.format(b.value(), locale)))));
        String desc = (description.isBlank() ? "" : description.strip() + " ") + Svg.joined(summary) + ".";
        DataTable table = new DataTable(title,
                List.of(labelColumn.isBlank() ? words.get("chart.label") : labelColumn, words.get("chart.value")), rows);

        List<List<String>> labels = bars.stream().map(b -> labelLines(b.label())).toList();
        double labelWidth = Math.min(LABEL_MAX, labels.stream().flatMap(List::stream)
                .mapToDouble(line -> Svg.textWidth(line, 13)).max().orElse(0) + 8);
        double valueRoom = bars.stream().mapToDouble(b -> Svg.textWidth(format.format(b.value(), locale), 12)).max().orElse(0) + 10;
        double left = labelWidth + GAP;
        double plotWidth = WIDTH - left - valueRoom;
        List<Double> ticks = AxisTicks.values(min, max, 5);
        double lo = ticks.get(0);
        double hi = ticks.get(ticks.size() - 1);
        java.util.function.DoubleUnaryOperator sx = v -> left + (v - lo) / (hi - lo) * plotWidth;
        double[] tops = new double[bars.size() + 1];
        tops[0] = TOP;
        for (int i = 0; i < bars.size(); i++) {
            tops[i + 1] = tops[i] + ROW + LINE * (labels.get(i).size() - 1);
        }
        double bottom = tops[bars.size()];
        double height = bottom + AXIS;

        Svg svg = new Svg(Svg.idFor("bars", this)).open(WIDTH, height, title, desc);
        svg.raw("<g fill=\"" + ChartPalette.MUTED_INK + "\" font-size=\"12\">");
        List<String> tickLabels = format.ticks(ticks, locale);
        for (int k = 0; k < ticks.size(); k++) {
            double t = ticks.get(k);
            double x = sx.applyAsDouble(t);
            svg.line(x, TOP, x, bottom, "stroke=\"" + (t == 0 ? ChartPalette.INK : ChartPalette.GRID) + "\"");
            svg.text(x, bottom + 17, "text-anchor=\"middle\"", tickLabels.get(k));
        }
        svg.raw("</g>");
        double zero = sx.applyAsDouble(0);
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            List<String> lines = labels.get(i);
            double y = tops[i] + LINE * (lines.size() - 1) / 2.0; // the bar in the middle of its label's lines
            double x = sx.applyAsDouble(b.value());
            String weight = b.highlighted() ? " font-weight=\"700\"" : "";
            svg.raw("<g><title>" + Svg.escape(words.labelValue(b.label(), format.format(b.value(), locale))) + "</title>");
            for (int line = 0; line < lines.size(); line++) {
                svg.text(labelWidth, tops[i] + ROW / 2 + 4.5 + line * LINE, "text-anchor=\"end\"" + weight, lines.get(line));
            }
            svg.rect(Math.min(x, zero), y + 4, Math.max(0.5, Math.abs(x - zero)), ROW - 8,
                    "fill=\"" + (b.highlighted() ? HIGHLIGHT : COLOUR) + "\"" + (b.highlighted() ? " stroke=\"" + ChartPalette.INK + "\" stroke-width=\"1.5\"" : ""));
            boolean negative = b.value() < 0;
            svg.text(negative ? Math.min(x, zero) - 4 : Math.max(x, zero) + 4, y + ROW / 2 + 4, (negative ? "text-anchor=\"end\" " : "")
                    + "font-size=\"12\"" + weight, format.format(b.value(), locale));
            svg.raw("</g>");
        }
        return new RenderedChart(svg.close(), title, desc, table);
    }

    /** A label's lines: wrapped at spaces to fit {@link #LABEL_MAX}, at most {@link #MAX_LINES} (see {@link Svg#wrap}). */
    static List<String> labelLines(String label) {
        return Svg.wrap(label, 13, LABEL_MAX - 8, MAX_LINES);
    }
}
