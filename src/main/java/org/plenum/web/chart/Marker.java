package org.plenum.web.chart;

/** Marker shapes that tell groups and series apart without colour, as SVG path data of about the area of a circle. */
enum Marker {
    CIRCLE, SQUARE, DIAMOND, TRIANGLE, TRIANGLE_DOWN;

    static Marker of(int index) {
        return values()[Math.floorMod(index, values().length)];
    }

    /** Appends this marker centred on (x, y) with "radius" {@code r} to path data {@code d}. */
    void append(StringBuilder d, double x, double y, double r) {
        switch (this) {
            case CIRCLE -> d.append('M').append(Svg.n(x - r)).append(' ').append(Svg.n(y))
                    .append('a').append(Svg.n(r)).append(' ').append(Svg.n(r)).append(" 0 1 0 ").append(Svg.n(2 * r)).append(" 0")
                    .append('a').append(Svg.n(r)).append(' ').append(Svg.n(r)).append(" 0 1 0 ").append(Svg.n(-2 * r)).append(" 0z");
            case SQUARE -> {
                double h = r * 0.88;
                d.append('M').append(Svg.n(x - h)).append(' ').append(Svg.n(y - h)).append('h').append(Svg.n(2 * h))
                        .append('v').append(Svg.n(2 * h)).append('h').append(Svg.n(-2 * h)).append('z');
            }
            case DIAMOND -> {
                double h = r * 1.25;
                d.append('M').append(Svg.n(x)).append(' ').append(Svg.n(y - h)).append('l').append(Svg.n(h)).append(' ').append(Svg.n(h))
                        .append('l').append(Svg.n(-h)).append(' ').append(Svg.n(h)).append('l').append(Svg.n(-h)).append(' ').append(Svg.n(-h)).append('z');
            }
            case TRIANGLE, TRIANGLE_DOWN -> {
                double h = r * 1.3;
                double sign = this == TRIANGLE ? 1 : -1;
                d.append('M').append(Svg.n(x)).append(' ').append(Svg.n(y - sign * h))
                        .append('L').append(Svg.n(x + h)).append(' ').append(Svg.n(y + sign * h * 0.75))
                        .append('L').append(Svg.n(x - h)).append(' ').append(Svg.n(y + sign * h * 0.75)).append('z');
            }
        }
    }
}
