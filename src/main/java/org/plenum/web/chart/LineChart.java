package org.plenum.web.chart;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One or more series of values over dates (the share of women in a chamber since its first data, say), on a time
 * axis in years and a value axis from zero. A point without a value is a gap: the line stops there and starts again
 * at the next value. Series differ in colour, dash pattern and marker shape, and are named in a legend.
 *
 * @param title       the chart's title (its accessible name)
 * @param description what the chart shows; each series' first and last values are added to it
 * @param valueAxis   the value axis' title, e.g. "Share of women" (the unit is added)
 * @param format      the values' unit and precision
 * @param series      at least one series with at least one value
 * @param shape       {@link Shape#STEP} for values that hold until the next one (a chamber's composition between
 *                    elections), {@link Shape#LINEAR} for measurements joined by straight lines
 */
public record LineChart(String title, String description, String valueAxis, ValueFormat format, List<Series> series, Shape shape) {

    /** How the points of a series are joined. */
    public enum Shape {
        /** Straight lines from point to point. */
        LINEAR,
        /** Each value holds until the next point (a step function: Plenum's facts with valid time), then jumps. */
        STEP
    }

    /** Points joined by straight lines. */
    public LineChart(String title, String description, String valueAxis, ValueFormat format, List<Series> series) {
        this(title, description, valueAxis, format, series, Shape.LINEAR);
    }

    private static final double WIDTH = 640;
    /** The plot's height; the chart is as high as the plot, its legend (one or more rows) and its axis. */
    private static final double PLOT_HEIGHT = 250;
    private static final double LEFT = 56;
    private static final double RIGHT = 20;
    private static final double BOTTOM = 30;
    private static final String[] DASHES = {"", "7 4", "2 3", "10 3 2 3"};

    public LineChart {
        series = List.copyOf(series);
        if (series.stream().allMatch(s -> s.points().stream().noneMatch(p -> p.value().isPresent()))) {
            throw new IllegalArgumentException("A line chart needs at least one value in one series");
        }
    }

    /** A named series of dated points, in date order. */
    public record Series(String label, List<Point> points) {
        public Series {
            points = List.copyOf(points);
            for (int i = 1; i < points.size(); i++) {
                if (points.get(i).date().isBefore(points.get(i - 1).date())) {
                    throw new IllegalArgumentException("Points of '" + label + "' out of date order at " + points.get(i).date());
                }
            }
        }
    }

    /** A date and its value; an empty value is "no data" (a gap). */
    public record Point(LocalDate date, OptionalDouble value) {
        public static Point of(LocalDate date, double value) {
            return new Point(date, OptionalDouble.of(value));
        }

        public static Point gap(LocalDate date) {
            return new Point(date, OptionalDouble.empty());
        }
    }

    public RenderedChart render(Locale locale) {
        ChartWords words = ChartWords.of(locale);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        String axisTitle = valueAxis + (format.unit().isEmpty() ? "" : " (" + format.unit() + ")");

        List<String> summary = new ArrayList<>();
        TreeSet<LocalDate> allDates = new TreeSet<>();
        double max = 0;
        double min = 0;
        for (Series s : series) {
            List<Point> present = s.points().stream().filter(p -> p.value().isPresent()).toList();
            s.points().forEach(p -> allDates.add(p.date()));
            if (present.isEmpty()) {
                summary.add(words.labelValue(s.label(), words.get("chart.noData")));
                continue;
            }
            Point first = present.get(0);
            Point last = present.get(present.size() - 1);
            summary.add(words.labelValue(s.label(), format.format(first.value().getAsDouble(), locale) + " (" + dates.format(first.date()) + ")"
                    + (present.size() > 1 ? " – " + format.format(last.value().getAsDouble(), locale) + " (" + dates.format(last.date()) + ")" : "")));
            for (Point p : present) {
                max = Math.max(max, p.value().getAsDouble());
                min = Math.min(min, p.value().getAsDouble());
            }
        }
        String desc = (description.isBlank() ? "" : description.strip() + " ") + Svg.joined(summary) + ".";

        List<String> columns = new ArrayList<>();
        columns.add(words.get("chart.date"));
        series.forEach(s -> columns.add(s.label()));
        Map<LocalDate, DataTable.Row> byDate = new TreeMap<>();
        for (LocalDate d : allDates) {
            List<String> cells = new ArrayList<>();
            for (Series s : series) {
                cells.add(s.points().stream().filter(p -> p.date().equals(d)).reduce((a, b) -> b)
                        .flatMap(p -> p.value().isPresent() ? java.util.Optional.of(format.format(p.value().getAsDouble(), locale)) : java.util.Optional.empty())
                        .orElse(words.get("chart.noData")));
            }
            byDate.put(d, new DataTable.Row(dates.format(d), cells));
        }
        DataTable table = new DataTable(title, columns, List.copyOf(byDate.values()));

        // legend above the plot, wrapping
        double legendY = 14;
        double x = LEFT;
        List<double[]> legendPositions = new ArrayList<>();
        for (Series s : series) {
            double w = 34 + Svg.textWidth(s.label(), 13) + 18;
            if (x + w > WIDTH - RIGHT && x > LEFT) {
                x = LEFT;
                legendY += 20;
            }
            legendPositions.add(new double[] {x, legendY});
            x += w;
        }
        double top = legendY + 28;
        double plotHeight = PLOT_HEIGHT;
        double height = top + plotHeight + BOTTOM;
        double plotWidth = WIDTH - LEFT - RIGHT;

        List<Double> yTicks = AxisTicks.values(min, max, 5);
        double yLo = yTicks.get(0);
        double yHi = yTicks.get(yTicks.size() - 1);
        LocalDate firstDate = allDates.first();
        LocalDate lastDate = allDates.last();
        List<LocalDate> xTicks = AxisTicks.years(firstDate, lastDate, 8);
        LocalDate xLo = xTicks.get(0).isAfter(firstDate) ? firstDate : xTicks.get(0);
        LocalDate xHi = xTicks.get(xTicks.size() - 1).isBefore(lastDate) ? lastDate : xTicks.get(xTicks.size() - 1);
        double dayLo = xLo.toEpochDay();
        double daySpan = Math.max(1, xHi.toEpochDay() - dayLo);

        java.util.function.DoubleUnaryOperator sx = day -> LEFT + (day - dayLo) / daySpan * plotWidth;
        java.util.function.DoubleUnaryOperator sy = v -> top + plotHeight - (v - yLo) / (yHi - yLo) * plotHeight;

        Svg svg = new Svg(Svg.idFor("line", this)).open(WIDTH, height, title, desc);
        // grid and value axis
        svg.raw("<g fill=\"" + ChartPalette.MUTED_INK + "\" font-size=\"12\">");
        List<String> tickLabels = format.ticks(yTicks, locale);
        for (int k = 0; k < yTicks.size(); k++) {
            double t = yTicks.get(k);
            double y = sy.applyAsDouble(t);
            svg.line(LEFT, y, WIDTH - RIGHT, y, "stroke=\"" + (t == 0 ? ChartPalette.INK : ChartPalette.GRID) + "\"");
            svg.text(LEFT - 6, y + 4, "text-anchor=\"end\"", tickLabels.get(k));
        }
        for (LocalDate t : xTicks) {
            double xx = sx.applyAsDouble(t.toEpochDay());
            svg.line(xx, top + plotHeight, xx, top + plotHeight + 5, "stroke=\"" + ChartPalette.INK + "\"");
            svg.text(xx, top + plotHeight + 19, "text-anchor=\"middle\"", Integer.toString(t.getYear()));
        }
        svg.raw("</g>");
        svg.text(LEFT, top - 8, "font-size=\"12\" fill=\"" + ChartPalette.MUTED_INK + "\"", axisTitle);

        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            String colour = ChartPalette.categorical(i);
            // the dash pattern shifts at each round of colours, so colour and dash together differ for 32 series
            String dash = DASHES[(i + i / ChartPalette.CATEGORICAL.size()) % DASHES.length];
            svg.raw("<g><title>" + Svg.escape(summary.get(i)) + "</title>");
            StringBuilder line = new StringBuilder();
            boolean penDown = false;
            double lastY = 0;
            for (Point p : s.points()) {
                double px = sx.applyAsDouble(p.date().toEpochDay());
                if (p.value().isEmpty()) {
                    if (penDown && shape == Shape.STEP) {
                        line.append('H').append(Svg.n(px));
                    }
                    penDown = false;
                    continue;
                }
                double py = sy.applyAsDouble(p.value().getAsDouble());
                if (penDown && shape == Shape.STEP) {
                    line.append('H').append(Svg.n(px));
                    if (py != lastY) {
                        line.append('V').append(Svg.n(py));
                    }
                } else {
                    line.append(penDown ? 'L' : 'M').append(Svg.n(px)).append(' ').append(Svg.n(py));
                }
                penDown = true;
                lastY = py;
            }
            svg.raw("<path d=\"" + line + "\" fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"2.5\" stroke-linejoin=\"round\""
                    + (dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"") + "/>");
            long present = s.points().stream().filter(p -> p.value().isPresent()).count();
            if (present <= 80) {
                StringBuilder marks = new StringBuilder();
                for (Point p : s.points()) {
                    if (p.value().isPresent()) {
                        Marker.of(i).append(marks, sx.applyAsDouble(p.date().toEpochDay()), sy.applyAsDouble(p.value().getAsDouble()), 3.5);
                    }
                }
                svg.raw("<path d=\"" + marks + "\" fill=\"" + colour + "\" stroke=\"#FFFFFF\" stroke-width=\"1\"/>");
            }
            svg.raw("</g>");
            double[] at = legendPositions.get(i);
            svg.line(at[0], at[1], at[0] + 28, at[1], "stroke=\"" + colour + "\" stroke-width=\"2.5\""
                    + (dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\""));
            StringBuilder mark = new StringBuilder();
            Marker.of(i).append(mark, at[0] + 14, at[1], 4);
            svg.raw("<path d=\"" + mark + "\" fill=\"" + colour + "\" stroke=\"#FFFFFF\"/>");
            svg.text(at[0] + 34, at[1] + 4.5, "", s.label());
        }
        return new RenderedChart(svg.close(), title, desc, table);
    }
}
