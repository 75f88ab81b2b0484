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

    /**
     * The advance width of the characters from U+0020 to U+024F (Latin, Latin-1, Latin Extended-A and -B) in DejaVu
     * Sans, in thousandths of an em; 0 where the font has no glyph. DejaVu Sans is the widest of the sans-serif fonts
     * a reader's system may pick for {@link #FONT} (Linux's default; Segoe UI, Roboto, Helvetica and Arial are
     * narrower), so a text measured with it fits wherever it is drawn. Read once from the font file with Java's font
     * metrics; the server itself needs no fonts.
     */
    private static final short[] ADVANCE = {
            318,401,460,838,636,950,780,275,390,390,500,838,318,361,318,337,636,636,636,636,
            636,636,636,636,636,636,337,337,838,838,838,531,1000,684,686,698,770,632,575,775,
            752,295,295,656,557,863,748,787,603,787,695,635,611,732,684,989,685,611,685,390,
            337,390,838,500,500,613,635,550,635,615,352,635,634,278,278,579,278,974,634,612,
            635,635,411,521,392,634,592,818,592,592,525,636,337,636,838,0,0,0,0,0,
            0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
            0,0,0,0,0,0,0,0,318,401,636,636,636,636,337,500,500,1000,471,612,
            838,361,1000,500,500,838,401,401,500,636,636,318,500,401,471,612,969,969,969,531,
            684,684,684,684,684,684,974,698,632,632,632,632,295,295,295,295,775,748,787,787,
            787,787,787,838,787,732,732,732,732,611,605,630,613,613,613,613,613,613,982,550,
            615,615,615,615,278,278,278,278,612,634,612,612,612,612,612,838,612,634,634,634,
            634,592,635,592,684,613,684,613,684,613,698,550,698,550,698,550,698,550,770,635,
            775,635,632,615,632,615,632,615,632,615,632,615,775,635,775,635,775,635,775,635,
            752,634,916,695,295,278,295,278,295,278,295,278,295,278,590,556,295,278,656,579,
            579,557,278,557,278,557,375,557,342,562,284,748,634,748,634,748,634,813,748,634,
            787,612,787,612,787,612,1070,1023,695,411,695,411,695,411,635,521,635,521,635,521,
            635,521,611,392,611,392,611,392,732,634,732,634,732,634,732,634,732,634,732,634,
            989,818,611,592,611,685,525,685,525,685,525,352,635,735,686,635,686,635,703,698,
            550,775,819,686,635,611,632,787,614,575,352,775,686,984,354,295,746,579,278,592,
            974,748,634,787,913,612,948,759,652,635,695,635,521,632,336,392,611,392,611,858,
            634,764,721,744,730,685,525,666,666,578,525,636,666,577,510,635,295,492,459,295,
            1422,1299,1154,835,787,457,931,924,797,684,613,295,278,787,612,732,634,732,634,732,
            634,732,634,732,634,615,684,613,684,613,974,982,775,635,775,635,656,579,787,612,
            787,612,666,578,278,1422,1299,1154,775,635,1113,682,748,634,684,613,974,982,787,612,
            684,613,684,613,632,615,632,615,295,278,295,278,787,612,787,612,695,411,695,411,
            732,634,732,634,635,521,611,392,627,521,752,634,735,838,698,610,685,525,684,613,
            632,615,787,612,787,612,787,612,787,612,611,592,475,843,477,278,998,998,684,698,
            550,557,611,521,525,603,479,686,732,684,632,615,295,278,781,635,695,411,611,592};

    /** The width of {@code text} at {@code fontSize} (for layout), at most what DejaVu Sans draws: {@link #ADVANCE}. */
    static double textWidth(String text, double fontSize) {
        double em = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            int known = c >= 0x20 && c - 0x20 < ADVANCE.length ? ADVANCE[c - 0x20] : 0;
            em += known > 0 ? known / 1000.0 : otherWidth(c);
        }
        return em * fontSize;
    }

    /**
     * Characters outside {@link #ADVANCE}: typographic punctuation and signs as DejaVu Sans draws them; an ideograph a
     * whole em; any other letter (Cyrillic, Greek, Arabic…) as a wide Latin one.
     */
    private static double otherWidth(int c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201A' -> 0.318;
            case '\u201C', '\u201D' -> 0.518;
            case '\u2013' -> 0.5;
            case '\u2009', '\u202F' -> 0.2;
            case '\u2014', '\u2026' -> 1.0;
            case '\u20AC' -> 0.636;
            case '\u2212', '\u2264', '\u2265' -> 0.838;
            default -> Character.isIdeographic(c) || c >= 0x3000 && Character.getType(c) == Character.OTHER_LETTER ? 1.0 : 0.7;
        };
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
