package org.plenum.web.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A chamber's seats drawn as a hemicycle: one mark per seat in concentric arcs, groups (women and men, or parties)
 * as wedges from left to right in the order given, each with its colour and its own marker shape, and a legend with
 * each group's seats and share.
 *
 * @param title       the chart's title (its accessible name)
 * @param description a sentence that says what the chart shows; the seats of each group are added to it
 * @param groups      the groups, left to right; at least one seat in all
 */
public record Hemicycle(String title, String description, List<SeatGroup> groups) {

    /** The largest chamber drawn seat by seat (China's National People's Congress has 2,977 seats). */
    public static final int MAX_SEATS = 5000;

    private static final double RADIUS = 200;
    private static final double INNER = 0.38;
    private static final double PAD = 12;
    /** The height each further line of a wrapped legend entry adds. */
    private static final double LEGEND_LINE = 16;

    public Hemicycle {
        groups = List.copyOf(groups);
        int total = groups.stream().mapToInt(SeatGroup::seats).sum();
        if (total < 1 || total > MAX_SEATS) {
            throw new IllegalArgumentException("A hemicycle needs 1 to " + MAX_SEATS + " seats; these groups have " + total);
        }
    }

    /**
     * A group of seats.
     *
     * @param colour a CSS hex colour, e.g. {@link ChartPalette#WOMEN} or {@link ChartPalette#categorical(int)}
     */
    public record SeatGroup(String label, int seats, String colour) {
        public SeatGroup {
            if (seats < 0) {
                throw new IllegalArgumentException("Seats of '" + label + "' must not be negative: " + seats);
            }
            if (!colour.matches("#[0-9A-Fa-f]{6}")) {
                throw new IllegalArgumentException("Colour of '" + label + "' must be #RRGGBB: " + colour);
            }
        }
    }

    /** Women and men of a chamber, in the colours of {@link ChartPalette}. */
    public static Hemicycle womenAndMen(String title, String description, String womenLabel, int women, String menLabel, int men) {
        return new Hemicycle(title, description, List.of(
                new SeatGroup(womenLabel, women, ChartPalette.WOMEN), new SeatGroup(menLabel, men, ChartPalette.MEN)));
    }

    public int totalSeats() {
        return groups.stream().mapToInt(SeatGroup::seats).sum();
    }

    /** A seat's centre, in a frame whose origin is the hemicycle's centre (y up). */
    record Seat(double x, double y, double angle, int row) {
    }

    /** The layout of {@code total} seats: rows, seat radius and each seat, ordered from left to right. */
    record Layout(int rows, double seatRadius, List<Seat> seats) {
    }

    /**
     * Rows of evenly spaced arcs between the inner and the outer radius: the fewest rows whose arcs hold all seats,
     * the seats shared among rows in proportion to their length, then ordered by angle so groups form wedges.
     */
    static Layout layout(int total) {
        int rows = 1;
        while (capacity(rows) < total) {
            rows++;
        }
        double spacing = (1 - INNER) / rows;
        double[] radii = new double[rows];
        int[] capacity = new int[rows];
        double sumRadii = 0;
        for (int i = 0; i < rows; i++) {
            radii[i] = INNER + spacing * (i + 0.5);
            capacity[i] = rowCapacity(radii[i], spacing);
            sumRadii += radii[i];
        }
        int[] count = new int[rows];
        double[] remainder = new double[rows];
        int given = 0;
        for (int i = 0; i < rows; i++) {
            double share = total * radii[i] / sumRadii;
            count[i] = Math.min(capacity[i], (int) Math.floor(share));
            remainder[i] = share - count[i];
            given += count[i];
        }
        while (given < total) {
            int best = -1;
            for (int i = 0; i < rows; i++) {
                if (count[i] < capacity[i] && (best < 0 || remainder[i] > remainder[best])) {
                    best = i;
                }
            }
            count[best]++;
            remainder[best] -= 1;
            given++;
        }
        List<Seat> seats = new ArrayList<>(total);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < count[i]; j++) {
                double angle = count[i] == 1 ? Math.PI / 2 : Math.PI * (1 - j / (double) (count[i] - 1));
                seats.add(new Seat(radii[i] * Math.cos(angle), radii[i] * Math.sin(angle), angle, i));
            }
        }
        seats.sort(Comparator.comparingDouble((Seat s) -> -s.angle()).thenComparingInt(Seat::row));
        return new Layout(rows, Math.min(spacing * 0.42, 0.06), seats);
    }

    private static int capacity(int rows) {
        double spacing = (1 - INNER) / rows;
        int sum = 0;
        for (int i = 0; i < rows; i++) {
            sum += rowCapacity(INNER + spacing * (i + 0.5), spacing);
        }
        return sum;
    }

    private static int rowCapacity(double radius, double spacing) {
        return (int) Math.floor(Math.PI * radius / spacing) + 1;
    }

    /** The SVG, its text alternative and its table, with numbers written for {@code locale}. */
    public RenderedChart render(Locale locale) {
        ChartWords words = ChartWords.of(locale);
        int total = totalSeats();
        ValueFormat share = ValueFormat.percent(1);
        List<String> summary = new ArrayList<>();
        List<DataTable.Row> rows = new ArrayList<>();
        for (SeatGroup g : groups) {
            String seats = ValueFormat.WHOLE_NUMBER.format(g.seats(), locale);
            String pct = share.format(100.0 * g.seats() / total, locale);
            summary.add(words.labelValue(g.label(), seats + " (" + pct + ")"));
            rows.add(new DataTable.Row(g.label(), List.of(seats, pct)));
        }
        String totalText = words.get("chart.seatsTotal", ValueFormat.WHOLE_NUMBER.format(total, locale));
        String desc = (description.isBlank() ? "" : description.strip() + " ") + totalText + ". " + Svg.joined(summary) + ".";
        DataTable table = new DataTable(title, List.of(words.get("chart.group"), words.get("chart.seats"), words.get("chart.share")), rows);

        Layout layout = layout(total);
        double scale = RADIUS;
        double cx = PAD + RADIUS;
        double cy = PAD + RADIUS;
        double seatR = layout.seatRadius() * scale;
        double legendTop = cy + 24;
        double legendRow = 22;
        double width = 2 * (PAD + RADIUS);
        // more than four groups: two columns, when the longest entry fits in half the width
        double longest = summary.stream().mapToDouble(t -> Svg.textWidth(t, 13)).max().orElse(0) + 22;
        int columns = groups.size() > 4 && longest <= RADIUS - 4 ? 2 : 1;
        int perColumn = (groups.size() + columns - 1) / columns;
        // in one column, an entry too long for the width is wrapped (party names can be long)
        double room = width - 2 * PAD - 22;
        List<List<String>> entries = summary.stream().map(t -> columns == 2 ? List.of(t) : Svg.wrap(t, 13, room, 3)).toList();
        double[] entryTop = new double[groups.size()];
        double columnBottom = legendTop;
        double bottom = legendTop;
        for (int g = 0; g < groups.size(); g++) {
            if (g % perColumn == 0) {
                columnBottom = legendTop;
            }
            entryTop[g] = columnBottom;
            columnBottom += legendRow + LEGEND_LINE * (entries.get(g).size() - 1);
            bottom = Math.max(bottom, columnBottom);
        }
        double height = bottom + 6;

        Svg svg = new Svg(Svg.idFor("hemicycle", this)).open(width, height, title, desc);
        svg.raw("<g stroke=\"" + ChartPalette.INK + "\" stroke-width=\"" + Svg.n(Math.max(0.3, seatR * 0.15)) + "\">");
        int seatIndex = 0;
        for (int g = 0; g < groups.size(); g++) {
            SeatGroup group = groups.get(g);
            if (group.seats() == 0) {
                continue;
            }
            svg.raw("<g fill=\"" + group.colour() + "\"><title>" + Svg.escape(summary.get(g)) + "</title>");
            StringBuilder d = new StringBuilder();
            for (int k = 0; k < group.seats(); k++, seatIndex++) {
                Seat s = layout.seats().get(seatIndex);
                Marker.of(g).append(d, cx + s.x() * scale, cy - s.y() * scale, seatR);
            }
            svg.raw("<path d=\"" + d + "\"/></g>");
        }
        svg.raw("</g>");
        svg.text(cx, cy - 8, "text-anchor=\"middle\" font-size=\"30\" font-weight=\"700\"", ValueFormat.WHOLE_NUMBER.format(total, locale));
        svg.text(cx, cy + 10, "text-anchor=\"middle\" font-size=\"14\" fill=\"" + ChartPalette.MUTED_INK + "\"", words.get("chart.seats"));
        for (int g = 0; g < groups.size(); g++) {
            double y = entryTop[g];
            double x = PAD + (g / perColumn) * RADIUS;
            StringBuilder d = new StringBuilder();
            Marker.of(g).append(d, x + 8, y + 8, 6);
            svg.raw("<path d=\"" + d + "\" fill=\"" + groups.get(g).colour() + "\" stroke=\"" + ChartPalette.INK + "\"/>");
            List<String> lines = entries.get(g);
            for (int line = 0; line < lines.size(); line++) {
                svg.text(x + 22, y + 13 + line * LEGEND_LINE, "", lines.get(line));
            }
        }
        return new RenderedChart(svg.close(), title, desc, table);
    }
}
