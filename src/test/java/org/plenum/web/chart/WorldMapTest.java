package org.plenum.web.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The world map of the share of women in lower or single chambers, November 2025 (bundled ranking). */
class WorldMapTest {

    private static WorldMap womenMap(boolean french, Optional<String> highlighted) {
        return new WorldMap(french ? "Femmes dans les parlements, novembre 2025" : "Women in parliament, November 2025",
                french ? "Part des femmes dans les chambres basses ou uniques." : "Share of women in lower or single chambers.",
                ValueFormat.percent(1), RealChartData.womenShares(french), WorldMap.WOMEN_SHARE_BREAKS, highlighted);
    }

    @Test
    void everyCountryOfTheRankingIsDrawnOrListedAsNotOnTheMap() {
        List<WorldMap.CountryValue> values = RealChartData.womenShares(false);
        assertThat(values).hasSizeGreaterThan(180);
        WorldMap.RenderedMap map = womenMap(false, Optional.of("GB")).render(Locale.ENGLISH);
        SvgDocument.save("map-women-en", map.chart().svg());
        SvgDocument doc = SvgDocument.checked(map.chart());

        // each country with a value: a shape titled with its value, or a dot, or named in notOnMap: never two, never none
        Map<String, Long> titles = doc.elements("title").stream().map(Element::getTextContent)
                .collect(Collectors.groupingBy(t -> t, Collectors.counting()));
        Set<String> notOnMap = map.notOnMap().stream().map(WorldMap.CountryValue::code).collect(Collectors.toSet());
        for (WorldMap.CountryValue v : values) {
            String title = v.name() + ": " + ValueFormat.percent(1).format(v.value(), Locale.ENGLISH);
            boolean drawn = WorldShapes.get().drawn(v.code());
            assertThat(drawn).as(v.code() + " drawn or listed").isNotEqualTo(notOnMap.contains(v.code()));
            assertThat(titles.getOrDefault(title, 0L)).as(title).isEqualTo(drawn ? 1L : 0L);
        }
        // at 1:110m, plus dots from 1:50m, only Tuvalu of the ranking's countries cannot be drawn
        assertThat(notOnMap).containsExactly("TV");
        // the table lists every value, the ones not on the map marked as such
        assertThat(map.chart().table().rows()).hasSize(values.size());
        assertThat(map.chart().table().columns()).containsExactly("Country", "Value", "Class", "Note");
        assertThat(map.chart().table().rows()).filteredOn(r -> r.cells().get(2).startsWith("Not on the map"))
                .extracting(DataTable.Row::header).containsExactly("Tuvalu");
        // highest first: Rwanda (63.8 % in November 2025)
        assertThat(map.chart().table().rows().get(0).header()).isEqualTo("Rwanda");
    }

    @Test
    void legendCountsAddUpAndNoDataIsHatched() {
        WorldMap.RenderedMap map = womenMap(false, Optional.empty()).render(Locale.ENGLISH);
        SvgDocument doc = SvgDocument.checked(map.chart());
        List<String> legend = doc.texts().stream().filter(t -> t.matches(".*\\(\\d+\\)")).toList();
        assertThat(legend).hasSize(6);
        assertThat(legend.get(0)).startsWith("under 10.0%");
        assertThat(legend.get(5)).startsWith("50.0% and more");
        int sum = legend.stream().mapToInt(t -> Integer.parseInt(t.replaceAll(".*\\((\\d+)\\)", "$1"))).sum();
        assertThat(sum).isEqualTo(RealChartData.womenShares(false).size());
        assertThat(doc.texts()).contains("No data", "Map: Natural Earth");

        // shapes without a value (Western Sahara, Greenland, Taiwan…) are filled with the hatching pattern
        Element pattern = doc.elements("pattern").get(0);
        String hatched = "url(#" + pattern.getAttribute("id") + ")";
        List<Element> shapes = doc.elements("path").stream().filter(p -> !p.getAttribute("fill").equals("none")).toList();
        assertThat(shapes).hasSize(WorldShapes.get().shapeCodes().size());
        long withValue = RealChartData.womenShares(false).stream().filter(v -> WorldShapes.get().path(v.code()).isPresent()).count();
        assertThat(shapes).filteredOn(p -> p.getAttribute("fill").equals(hatched)).hasSize(shapes.size() - (int) withValue);
        assertThat(doc.elements("title").stream().map(Element::getTextContent)).contains("EH: No data", "GL: No data");
    }

    @Test
    void frenchMapWithTheHighlightedCountryAndItsSize() {
        WorldMap.RenderedMap map = womenMap(true, Optional.of("FR")).render(Locale.FRENCH);
        SvgDocument.save("map-women-fr", map.chart().svg());
        SvgDocument doc = SvgDocument.checked(map.chart());
        assertThat(map.chart().description()).contains("En évidence\u00a0: France (la)\u00a0: 36,2").contains("de 30,0");
        assertThat(doc.texts()).contains("Pas de données", "Carte\u00a0: Natural Earth");
        // the outline of the highlighted country: two unfilled copies of its shape
        String france = WorldShapes.get().path("FR").orElseThrow();
        assertThat(doc.elements("path")).filteredOn(p -> p.getAttribute("d").equals(france)).hasSize(3);
        int bytes = map.chart().svg().getBytes(StandardCharsets.UTF_8).length;
        assertThat(bytes).as("bytes of the map").isLessThan(150_000);
    }

    @Test
    void namesAreEscaped() {
        // the CLDR name of Trinidad and Tobago holds an ampersand; a made-up name holds markup
        List<WorldMap.CountryValue> values = List.of(
                new WorldMap.CountryValue("TT", RealChartData.name("TT", false), 23.8),
                new WorldMap.CountryValue("FR", "<b>France</b> & \"co\"", 36.2));
        WorldMap.RenderedMap map = new WorldMap("Escaping <test> & more", "Two countries.", ValueFormat.percent(1), values,
                List.of(), Optional.of("TT")).render(Locale.ENGLISH);
        SvgDocument doc = SvgDocument.checked(map.chart());
        assertThat(doc.elements("title").stream().map(Element::getTextContent))
                .contains("Escaping <test> & more", "Trinidad & Tobago: 23.8%", "<b>France</b> & \"co\": 36.2%");
        assertThat(map.chart().svg()).doesNotContain("<b>").contains("Trinidad &amp; Tobago");
        assertThat(doc.elements("b")).isEmpty();
    }

    @Test
    void automaticBreaksSplitTheRangeInFive() {
        List<WorldMap.CountryValue> values = RealChartData.womenShares(false);
        WorldMap.RenderedMap map = new WorldMap("t", "d", ValueFormat.percent(0), values, List.of(), Optional.empty()).render(Locale.ENGLISH);
        SvgDocument doc = SvgDocument.checked(map.chart());
        assertThat(doc.texts().stream().filter(t -> t.matches(".*\\(\\d+\\)"))).hasSize(5);
    }

    @Test
    void refusesBreaksOutOfOrderAndTwoValuesForOneCountry() {
        assertThatThrownBy(() -> new WorldMap("t", "", ValueFormat.WHOLE_NUMBER, List.of(), List.of(20.0, 10.0), Optional.empty()))
                .hasMessageContaining("increase");
        List<WorldMap.CountryValue> twice = List.of(new WorldMap.CountryValue("FR", "France", 1), new WorldMap.CountryValue("FR", "France", 2));
        assertThatThrownBy(() -> new WorldMap("t", "", ValueFormat.WHOLE_NUMBER, twice, List.of(), Optional.empty()))
                .hasMessageContaining("twice");
    }
}
