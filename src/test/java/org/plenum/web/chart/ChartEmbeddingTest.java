package org.plenum.web.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChartEmbeddingTest {

    @Test
    void theSameChartHasTheSameUrlWhateverTheOrderOfItsParameters() {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("year", "2021");
        a.put("month", "9");
        a.put("region", "");
        Map<String, String> b = new LinkedHashMap<>();
        b.put("month", "9");
        b.put("year", "2021");
        assertThat(ChartEmbedding.url("/women-ranking/map.svg", a)).isEqualTo("/women-ranking/map.svg?month=9&year=2021")
                .isEqualTo(ChartEmbedding.url("/women-ranking/map.svg", b));
        assertThat(ChartEmbedding.url("/compare/chart.svg", Map.of("structure", "any__upper_chamber", "lang", "fr", "q", "a&b c")))
                .isEqualTo("/compare/chart.svg?lang=fr&q=a%26b%20c&structure=any__upper_chamber");
        assertThat(ChartEmbedding.url("/x.svg", Map.of())).isEqualTo("/x.svg");
        assertThatThrownBy(() -> ChartEmbedding.url("x.svg", Map.of())).hasMessageContaining("starts with '/'");
    }

    @Test
    void theIframeSnippetEscapesItsTitleAndAddress() {
        String snippet = ChartEmbedding.iframe("https://plenum.example/women-ranking/map.svg?month=9&year=2021",
                "Women \"in\" <parliament>", 960, 478);
        assertThat(snippet).isEqualTo("<iframe src=\"https://plenum.example/women-ranking/map.svg?month=9&amp;year=2021\" "
                + "title=\"Women &quot;in&quot; &lt;parliament&gt;\" width=\"960\" height=\"478\" loading=\"lazy\" "
                + "style=\"border:0;max-width:100%\"></iframe>");
        SvgDocument.parse("<svg xmlns=\"http://www.w3.org/2000/svg\">" + snippet.replace("></iframe>", "/>") + "</svg>");
        // sized by the chart's aspect ratio: the world map is 960 × 478
        RenderedChart map = new WorldMap("Map", "", ValueFormat.WHOLE_NUMBER, java.util.List.of(new WorldMap.CountryValue("FR", "France", 1)),
                java.util.List.of(), java.util.Optional.empty()).render(java.util.Locale.ENGLISH).chart();
        assertThat(map.size()).containsExactly(960.0, 478.0);
        assertThat(ChartEmbedding.iframe("https://plenum.example/m.svg", map, 480)).contains("width=\"480\" height=\"239\"");
        assertThat(ChartEmbedding.SVG.toString()).isEqualTo("image/svg+xml;charset=UTF-8");
        assertThat(ChartEmbedding.CONTENT_SECURITY_POLICY).contains("default-src 'none'").contains("frame-ancestors *");
    }
}
