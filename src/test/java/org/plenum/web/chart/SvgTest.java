package org.plenum.web.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.File;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class SvgTest {

    @Test
    void coordinatesHaveAtMostTwoDecimalsAndNoExponent() {
        assertThat(Svg.n(0)).isEqualTo("0");
        assertThat(Svg.n(-0.001)).isEqualTo("0");
        assertThat(Svg.n(12.5)).isEqualTo("12.5");
        assertThat(Svg.n(12.05)).isEqualTo("12.05");
        assertThat(Svg.n(-3.456)).isEqualTo("-3.46");
        assertThat(Svg.n(-0.5)).isEqualTo("-0.5");
        assertThat(Svg.n(1e-9)).isEqualTo("0");
        assertThat(Svg.n(123456789.999)).isEqualTo("123456790");
        for (double v = -50; v < 50; v += 0.37) {
            assertThat(Double.parseDouble(Svg.n(v))).isCloseTo(v, org.assertj.core.data.Offset.offset(0.005));
            assertThat(Svg.n(v)).isEqualTo(stripped(String.format(Locale.ROOT, "%.2f", Math.round(v * 100) / 100.0)));
        }
    }

    private static String stripped(String s) {
        String out = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return out.equals("-0") ? "0" : out;
    }

    @Test
    void escapesMarkupAndDropsWhatXmlForbids() {
        assertThat(Svg.escape("Trinidad & Tobago <\"'>")).isEqualTo("Trinidad &amp; Tobago &lt;&quot;&#39;&gt;");
        assertThat(Svg.escape("a\u0000b\u0007c\td\uFFFEe")).isEqualTo("abc\tde");
        assertThat(Svg.escape("Côte d’Ivoire")).isEqualTo("Côte d’Ivoire");
    }

    /**
     * Labels as the pages draw them (long country names in English and French, income groups with their n, dates,
     * shares) measured by Java's font metrics in DejaVu Sans: the estimate is what the font draws, never less (a label
     * measured short was clipped at the chart's edge). Runs where the font file is installed (Debian's
     * fonts-dejavu-core, which Chromium's packages bring).
     */
    @Test
    void textWidthIsDejaVuSansAdvanceWidth() throws Exception {
        File file = new File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        Assumptions.assumeTrue(file.isFile(), "DejaVu Sans is not installed");
        Font font = Font.createFont(Font.TRUETYPE_FONT, file).deriveFont(13f);
        FontRenderContext context = new FontRenderContext(null, true, true);
        for (String label : List.of("Upper middle income (n = 16)", "Saint-Vincent-et-les Grenadines",
                "Côte d’Ivoire", "Bosnia and Herzegovina: House of Representatives", "République démocratique du Congo",
                "Lower middle income (n = 9)", "63.8 %", "28 Nov 2026 – 1 Dec 2026", "Türkiye", "São Tomé-et-Príncipe",
                "WWW mmm iii 0123456789 ,.;:!? ()[]{} @#&")) {
            double drawn = font.createGlyphVector(context, label).getLogicalBounds().getWidth();
            assertThat(Svg.textWidth(label, 13)).as(label).isCloseTo(drawn, org.assertj.core.data.Offset.offset(0.05));
        }
    }
}
