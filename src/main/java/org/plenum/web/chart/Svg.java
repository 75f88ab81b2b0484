package org.plenum.web.chart;

import java.util.List;

/** Writes the SVG documents of the charts: escaping, coordinates, the root element with its text alternative. */
final class Svg {

    static final String FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

    private final StringBuilder out = new StringBuilder(4096);
    private final String id;

    /** A document with {@code id} as the prefix of its element ids (unique per chart content, see {@link #idFor}). */
    Svg(String id) {
        this.id = id;
    }

    /** A prefix for the ids of a chart's elements, from its content, so that several charts inline in one page differ. */
    static String idFor(String kind, Object content) {
        return kind + "-" + Integer.toHexString(content.hashCode());
    }

    String id(String local) {
        return id + "-" + local;
    }

    Svg open(double width, double height, String title, String description) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(n(width)).append(' ').append(n(height))
                .append("\" role=\"img\" aria-labelledby=\"").append(id("title")).append(' ').append(id("desc"))
                .append("\" class=\"plenum-chart\" font-family=\"").append(escape(FONT)).append("\" font-size=\"13\" fill=\"")
                .append(ChartPalette.INK).append("\">");
        out.append("<title id=\"").append(id("title")).append("\">").append(escape(title)).append("</title>");
        out.append("<desc id=\"").append(id("desc")).append("\">").append(escape(description)).append("</desc>");
        return this;
    }

    Svg raw(String markup) {
        out.append(markup);
        return this;
    }

    /** A text element; {@code attributes} are written as they are (built with {@link #n} and {@link #escape}). */
    Svg text(double x, double y, String attributes, String text) {
        out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append('"');
        if (!attributes.isEmpty()) {
            out.append(' ').append(attributes);
        }
        out.append('>').append(escape(text)).append("</text>");
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String attributes) {
        out.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" ").append(attributes).append("/>");
        return this;
    }

    Svg rect(double x, double y, double width, double height, String attributes) {
        out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(width))
                .append("\" height=\"").append(n(height)).append("\" ").append(attributes).append("/>");
        return this;
    }

    String close() {
        out.append("</svg>");
        return out.toString();
    }

    /** A coordinate: at most two decimals, no exponent, no trailing zeros. */
    static String n(double value) {
        long hundredths = Math.round(value * 100);
        long whole = Math.abs(hundredths) / 100;
        int fraction = (int) (Math.abs(hundredths) % 100);
        StringBuilder s = new StringBuilder(12);
        if (hundredths < 0) {
            s.append('-');
        }
        s.append(whole);
        if (fraction != 0) {
            s.append('.').append(fraction / 10);
            if (fraction % 10 != 0) {
                s.append(fraction % 10);
            }
        }
        return s.toString();
    }

    /** Text for XML content and attribute values: markup characters escaped, characters XML forbids dropped. */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        if (c != 0xFFFE && c != 0xFFFF) {
                            b.append(c);
                        }
                    }
                }
            }
        }
        return b.toString();
    }

    /** A rough width of {@code text} at {@code fontSize} in a sans-serif font (for layout; no font metrics on the server). */
    static double textWidth(String text, double fontSize) {
        double em = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            em += "il.,:;|!'’ ".indexOf(c) >= 0 ? 0.3 : "mwMW%".indexOf(c) >= 0 ? 0.85 : Character.isUpperCase(c) ? 0.65 : 0.55;
        }
        return em * fontSize;
    }

    /** Several words joined as a sentence list: "a; b; c". */
    static String joined(List<String> parts) {
        return String.join("; ", parts);
    }

    /**
     * A text's lines: one when it fits {@code room} (estimated, {@link #textWidth}), else wrapped at spaces (a word
     * longer than the room is cut), at most {@code maxLines}, the last one ending in "…" when something is left out.
     * The whole text belongs in the chart's table and text alternative.
     */
    static List<String> wrap(String text, double fontSize, double room, int maxLines) {
        if (textWidth(text, fontSize) <= room) {
            return List.of(text);
        }
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (textWidth(candidate, fontSize) <= room || line.length() == 0) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        lines.add(line.toString());
        List<String> kept = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size() && i < maxLines; i++) {
            boolean cut = i == maxLines - 1 && lines.size() > maxLines;
            kept.add(fit(lines.get(i) + (cut ? "…" : ""), fontSize, room));
        }
        return List.copyOf(kept);
    }

    /** The text cut to {@code room} with "…" at its end if it does not fit. */
    private static String fit(String text, double fontSize, double room) {
        if (textWidth(text, fontSize) <= room) {
            return text;
        }
        String cut = text.endsWith("…") ? text.substring(0, text.length() - 1) : text;
        while (!cut.isEmpty() && textWidth(cut + "…", fontSize) > room) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "…";
    }
}
