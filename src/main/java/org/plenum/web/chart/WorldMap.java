package org.plenum.web.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A choropleth world map: each country's value sorted into classes, each class a colour of the sequential scale (low
 * light, high dark), countries without a value hatched as "no data", a legend with each class' range and count, and
 * optionally one country outlined. Countries too small for the 1:110m shapes are drawn as dots; those not drawn at
 * all are returned in {@link RenderedMap#notOnMap()} so that the page can name them (they are in the table as well).
 *
 * @param title       the chart's title (its accessible name)
 * @param description what the map shows; the number of countries per class is added
 * @param format      the values' unit and precision
 * @param values      one value per country (ISO 3166-1 alpha-2 code; name as the page writes it, in its language)
 * @param breaks      the class limits in increasing order (classes are [b0, b1), [b1, b2) … and the first below b0, the
 *                    last from the last break on); empty for five classes of equal width over the values' range
 * @param highlighted a country to outline (the country of the page), or empty
 */
public record WorldMap(String title, String description, ValueFormat format, List<CountryValue> values, List<Double> breaks,
                       Optional<String> highlighted) {

    private static final double LEGEND = 56;

    public WorldMap {
        values = List.copyOf(values);
        breaks = List.copyOf(breaks);
        for (int i = 1; i < breaks.size(); i++) {
            if (!(breaks.get(i) > breaks.get(i - 1))) {
                throw new IllegalArgumentException("Class breaks must increase: " + breaks);
            }
        }
        if (breaks.size() + 1 > ChartPalette.SEQUENTIAL.size()) {
            throw new IllegalArgumentException("At most " + (ChartPalette.SEQUENTIAL.size() - 1) + " class breaks: " + breaks);
        }
        long distinct = values.stream().map(CountryValue::code).distinct().count();
        if (distinct != values.size()) {
            throw new IllegalArgumentException("One value per country: some code occurs twice");
        }
    }

    /** A country's value; {@code name} is escaped when written. */
    public record CountryValue(String code, String name, double value) {
        public CountryValue {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("Value of " + code + " is not finite: " + value);
            }
        }
    }

    /** The map, and the countries with a value that it cannot draw (too small even for a dot at this scale). */
    public record RenderedMap(RenderedChart chart, List<CountryValue> notOnMap) {
        public RenderedMap {
            notOnMap = List.copyOf(notOnMap);
        }
    }

    /** The breaks of the share of women in parliament as the IPU's maps class it: under 10 %, 10–20 % … 40 % and more. */
    public static final List<Double> WOMEN_SHARE_BREAKS = List.of(10.0, 20.0, 30.0, 40.0, 50.0);

    public RenderedMap render(Locale locale) {
        ChartWords words = ChartWords.of(locale);
        WorldShapes shapes = WorldShapes.get();
        List<Double> limits = breaks.isEmpty() ? equalBreaks() : breaks;
        int classes = limits.size() + 1;
        List<String> colours = ChartPalette.sequential(classes);
        List<String> classLabels = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            classLabels.add(c == 0 ? words.get("chart.rangeUpTo", format.format(limits.get(0), locale))
                    : c == classes - 1 ? words.get("chart.rangeFrom", format.format(limits.get(c - 1), locale))
                    : words.get("chart.range", format.format(limits.get(c - 1), locale), format.format(limits.get(c), locale)));
        }
        Map<String, CountryValue> byCode = values.stream().collect(Collectors.toMap(CountryValue::code, Function.identity()));
        int[] counts = new int[classes];
        values.forEach(v -> counts[classOf(v.value(), limits)]++);

        List<String> summary = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            summary.add(words.labelValue(classLabels.get(c), Integer.toString(counts[c])));
        }
        highlighted.flatMap(h -> Optional.ofNullable(byCode.get(h)))
                .ifPresent(h -> summary.add(words.get("chart.highlighted", words.labelValue(h.name(), format.format(h.value(), locale)))));
        String desc = (description.isBlank() ? "" : description.strip() + " ") + Svg.joined(summary) + ".";

        List<CountryValue> notOnMap = values.stream().filter(v -> !shapes.drawn(v.code()))
                .sorted(Comparator.comparing(CountryValue::name)).toList();
        List<DataTable.Row> rows = values.stream()
                .sorted(Comparator.comparingDouble(CountryValue::value).reversed().thenComparing(CountryValue::name))
                .map(v -> new DataTable.Row(v.name(), List.of(format.format(v.value(), locale), classLabels.get(classOf(v.value(), limits)),
                        shapes.drawn(v.code()) ? "" : words.get("chart.notOnMap"))))
                .toList();
        DataTable table = new DataTable(title, List.of(words.get("chart.country"), words.get("chart.value"), words.get("chart.class"),
                words.get("chart.note")), rows);

        double width = shapes.width();
        double mapHeight = shapes.height();
        Svg svg = new Svg(Svg.idFor("map", this)).open(width, mapHeight + LEGEND, title, desc);
        String hatch = svg.id("nodata");
        svg.raw("<defs><pattern id=\"" + hatch + "\" width=\"4\" height=\"4\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
                + "<rect width=\"4\" height=\"4\" fill=\"" + ChartPalette.NO_DATA + "\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"4\" stroke=\""
                + ChartPalette.NO_DATA_HATCH + "\" stroke-width=\"1\"/></pattern></defs>");
        String noData = words.get("chart.noData");
        svg.raw("<g stroke=\"#FFFFFF\" stroke-width=\"0.5\" stroke-linejoin=\"round\">");
        for (String code : shapes.shapeCodes().stream().sorted().toList()) {
            CountryValue v = byCode.get(code);
            String fill = v == null ? "url(#" + hatch + ")" : colours.get(classOf(v.value(), limits));
            String label = v == null ? words.labelValue(code, noData) : words.labelValue(v.name(), format.format(v.value(), locale));
            svg.raw("<path d=\"" + shapes.path(code).orElseThrow() + "\" fill=\"" + fill + "\"><title>" + Svg.escape(label) + "</title></path>");
        }
        svg.raw("</g>");
        // small countries with a value: dots
        svg.raw("<g stroke=\"" + ChartPalette.INK + "\" stroke-width=\"0.6\">");
        for (CountryValue v : values.stream().sorted(Comparator.comparing(CountryValue::code)).toList()) {
            shapes.point(v.code()).ifPresent(p -> svg.raw("<circle cx=\"" + Svg.n(p[0]) + "\" cy=\"" + Svg.n(p[1]) + "\" r=\"3\" fill=\""
                    + colours.get(classOf(v.value(), limits)) + "\"><title>" + Svg.escape(words.labelValue(v.name(), format.format(v.value(), locale)))
                    + "</title></circle>"));
        }
        svg.raw("</g>");
        highlighted.ifPresent(code -> {
            Optional<String> path = shapes.path(code);
            Optional<double[]> point = shapes.point(code);
            if (path.isPresent()) {
                svg.raw("<path d=\"" + path.get() + "\" fill=\"none\" stroke=\"#FFFFFF\" stroke-width=\"3.5\" stroke-linejoin=\"round\"/>"
                        + "<path d=\"" + path.get() + "\" fill=\"none\" stroke=\"" + ChartPalette.INK + "\" stroke-width=\"1.8\" stroke-linejoin=\"round\"/>");
            } else if (point.isPresent()) {
                svg.raw("<circle cx=\"" + Svg.n(point.get()[0]) + "\" cy=\"" + Svg.n(point.get()[1]) + "\" r=\"7\" fill=\"none\" stroke=\""
                        + ChartPalette.INK + "\" stroke-width=\"2\"/>");
            }
        });
        // legend: class swatches with their ranges and counts, then "no data"
        double y = mapHeight + 14;
        double x = 10;
        for (int c = 0; c <= classes; c++) {
            boolean none = c == classes;
            String label = none ? noData : classLabels.get(c) + " (" + counts[c] + ")";
            double w = 22 + Svg.textWidth(label, 12) + 16;
            if (x + w > width - 10) {
                x = 10;
                y += 20;
            }
            svg.rect(x, y, 16, 12, "fill=\"" + (none ? "url(#" + hatch + ")" : colours.get(c)) + "\" stroke=\"" + ChartPalette.INK + "\" stroke-width=\"0.6\"");
            svg.text(x + 22, y + 10.5, "font-size=\"12\"", label);
            x += w;
        }
        svg.text(width - 8, mapHeight + LEGEND - 6, "text-anchor=\"end\" font-size=\"10\" fill=\"" + ChartPalette.MUTED_INK + "\"",
                words.get("chart.mapAttribution"));
        return new RenderedMap(new RenderedChart(svg.close(), title, desc, table), notOnMap);
    }

    static int classOf(double value, List<Double> limits) {
        int c = 0;
        while (c < limits.size() && value >= limits.get(c)) {
            c++;
        }
        return c;
    }

    /** Four breaks making five classes of equal width between the lowest and the highest value (rounded to nice numbers). */
    private List<Double> equalBreaks() {
        double lo = values.stream().mapToDouble(CountryValue::value).min().orElse(0);
        double hi = values.stream().mapToDouble(CountryValue::value).max().orElse(1);
        if (hi <= lo) {
            hi = lo + 1;
        }
        List<Double> out = new ArrayList<>();
        double step = (hi - lo) / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(step)));
        double nice = Math.ceil(step / magnitude) * magnitude;
        double start = Math.floor(lo / nice) * nice;
        for (int i = 1; i <= 4; i++) {
            out.add(start + i * nice);
        }
        return out;
    }
}
