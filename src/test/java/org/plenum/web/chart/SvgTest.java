package org.plenum.web.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
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
}
