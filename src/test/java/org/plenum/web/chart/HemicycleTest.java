package org.plenum.web.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Hemicycles of real chambers from the bundled ranking of November 2025. */
class HemicycleTest {

    private static final Locale FR = Locale.FRENCH;

    /** The marks of each group: the subpaths ("M…") of the path inside each group's {@code <g fill=…>}. */
    private static List<Integer> seatsDrawn(SvgDocument doc) {
        return doc.elements("g").stream().filter(g -> g.getAttribute("fill").startsWith("#"))
                .map(g -> doc.children(g).stream().filter(c -> c.getLocalName().equals("path")).findFirst().orElseThrow())
                .map((Element p) -> (int) p.getAttribute("d").chars().filter(c -> c == 'M').count())
                .toList();
    }

    @Test
    void theHouseOfCommonsHas650SeatsOfWhich263Women() {
        RealChartData.Chamber uk = RealChartData.ranking().get("GB");
        assertThat(uk.seats()).isEqualTo(650);
        assertThat(uk.women()).isEqualTo(263);
        RenderedChart chart = Hemicycle.womenAndMen("House of Commons", "Members by sex, November 2025.",
                "Women", uk.women(), "Men", uk.seats() - uk.women()).render(Locale.ENGLISH);
        SvgDocument.save("hemicycle-gb", chart.svg());
        SvgDocument doc = SvgDocument.checked(chart);

        assertThat(seatsDrawn(doc)).containsExactly(263, 387);
        assertThat(chart.description()).isEqualTo("Members by sex, November 2025. 650 seats. Women: 263 (40.5%); Men: 387 (59.5%).");
        assertThat(doc.texts()).contains("650", "seats", "Women: 263 (40.5%)", "Men: 387 (59.5%)");
        assertThat(chart.table().columns()).containsExactly("Group", "seats", "Share");
        assertThat(chart.table().rows()).containsExactly(
                new DataTable.Row("Women", List.of("263", "40.5%")), new DataTable.Row("Men", List.of("387", "59.5%")));
    }

    @Test
    void sharesAreRoundedHalfUpAsIpuPublishesThem() {
        // Rwanda's Chamber of Deputies, November 2025: 51 women of 80 seats, 63.75%, which IPU publishes as 63.8%
        RealChartData.Chamber rw = RealChartData.ranking().get("RW");
        assertThat(rw.women()).isEqualTo(51);
        assertThat(rw.seats()).isEqualTo(80);
        RenderedChart chart = Hemicycle.womenAndMen("Chamber of Deputies", "", "Women", rw.women(), "Men",
                rw.seats() - rw.women()).render(Locale.ENGLISH);
        assertThat(chart.table().rows()).containsExactly(
                new DataTable.Row("Women", List.of("51", "63.8%")), new DataTable.Row("Men", List.of("29", "36.3%")));
    }

    @Test
    void frenchNumbersForTheNationalAssembly() {
        RealChartData.Chamber fr = RealChartData.ranking().get("FR");
        RenderedChart chart = Hemicycle.womenAndMen("Assemblée nationale", "", "Femmes", fr.women(), "Hommes", fr.seats() - fr.women())
                .render(FR);
        SvgDocument.save("hemicycle-fr", chart.svg());
        SvgDocument doc = SvgDocument.checked(chart);
        assertThat(seatsDrawn(doc)).containsExactly(fr.women(), fr.seats() - fr.women());
        assertThat(fr.seats()).isEqualTo(575);
        // French writes the decimal comma and a (narrow) no-break space before %
        assertThat(chart.table().rows().get(0).cells().get(1)).matches("36,2[\u00a0\u202f]%");
        assertThat(chart.description()).startsWith("575 sièges. Femmes\u00a0: 208 (36,2");
    }

    @Test
    void seatsNeverOverlapAndStayInTheSemicircle() {
        // every chamber size of the ranking, and China's 2,977
        List<Integer> sizes = IntStream.concat(RealChartData.ranking().values().stream().mapToInt(RealChartData.Chamber::seats).distinct(),
                IntStream.of(1, 2, 3, 2977)).boxed().toList();
        assertThat(sizes).contains(650, 575, 2977).hasSizeGreaterThan(100);
        for (int n : sizes) {
            Hemicycle.Layout layout = Hemicycle.layout(n);
            assertThat(layout.seats()).as(n + " seats").hasSize(n);
            double minDistance = Double.MAX_VALUE;
            for (int i = 0; i < n; i++) {
                Hemicycle.Seat a = layout.seats().get(i);
                assertThat(Math.hypot(a.x(), a.y())).as("inside the outer arc").isLessThanOrEqualTo(1.0);
                assertThat(a.y()).as("above the floor").isGreaterThanOrEqualTo(-1e-9);
                for (int j = i + 1; j < n; j++) {
                    Hemicycle.Seat b = layout.seats().get(j);
                    minDistance = Math.min(minDistance, Math.hypot(a.x() - b.x(), a.y() - b.y()));
                }
            }
            if (n > 1) {
                assertThat(minDistance).as("closest seats of " + n).isGreaterThanOrEqualTo(2 * layout.seatRadius());
            }
        }
    }

    @Test
    void partiesAreWedgesFromLeftToRightInTheGivenOrder() {
        List<Hemicycle.SeatGroup> groups = List.of(new Hemicycle.SeatGroup("A & B <left>", 100, ChartPalette.categorical(0)),
                new Hemicycle.SeatGroup("Centre", 50, ChartPalette.categorical(1)),
                new Hemicycle.SeatGroup("Right", 200, ChartPalette.categorical(2)));
        Hemicycle hemicycle = new Hemicycle("Seats by party", "Synthetic groups.", groups);
        Hemicycle.Layout layout = Hemicycle.layout(350);
        // the first 100 seats (group A) lie left of the last 200 (group Right)
        double maxAngleRight = layout.seats().subList(150, 350).stream().mapToDouble(Hemicycle.Seat::angle).max().orElseThrow();
        double minAngleLeft = layout.seats().subList(0, 100).stream().mapToDouble(Hemicycle.Seat::angle).min().orElseThrow();
        assertThat(minAngleLeft).isGreaterThanOrEqualTo(maxAngleRight);
        RenderedChart chart = hemicycle.render(Locale.ENGLISH);
        SvgDocument doc = SvgDocument.checked(chart);
        assertThat(chart.svg()).contains("A &amp; B &lt;left&gt;").doesNotContain("<left>");
        assertThat(doc.texts()).contains("A & B <left>: 100 (28.6%)");
    }

    @Test
    void theBundestagOf2021ByParty() {
        String[] election = new String[2];
        List<RealChartData.PartySeats> parties = RealChartData.latestElection("DE", election);
        assertThat(election).containsExactly("2021-09-26", "736");
        List<Hemicycle.SeatGroup> groups = IntStream.range(0, parties.size())
                .mapToObj(i -> new Hemicycle.SeatGroup(parties.get(i).shortName(), parties.get(i).seats(), ChartPalette.categorical(i)))
                .toList();
        RenderedChart chart = new Hemicycle("Bundestag, election of 26 September 2021", "Seats by party (ParlGov), most seats first.", groups)
                .render(Locale.ENGLISH);
        SvgDocument.save("hemicycle-de-parties", chart.svg());
        SvgDocument doc = SvgDocument.checked(chart);
        assertThat(seatsDrawn(doc)).containsExactlyElementsOf(parties.stream().map(RealChartData.PartySeats::seats).toList());
        assertThat(seatsDrawn(doc).stream().mapToInt(Integer::intValue).sum()).isEqualTo(736);
        // eight parties: eight colours, and the marker shapes cycle (circle, square, diamond, triangles) beside them
        assertThat(doc.elements("g").stream().map(g -> g.getAttribute("fill")).filter(f -> f.startsWith("#")).distinct()).hasSize(8);
        assertThat(doc.texts()).contains("SPD: 206 (28.0%)", "SSW: 1 (0.1%)");
        assertThat(chart.table().rows()).hasSize(8);
    }

    @Test
    void refusesWhatCannotBeDrawn() {
        assertThatThrownBy(() -> Hemicycle.womenAndMen("t", "", "W", 0, "M", 0)).hasMessageContaining("1 to 5000 seats");
        assertThatThrownBy(() -> new Hemicycle.SeatGroup("x", -1, "#000000")).hasMessageContaining("negative");
        assertThatThrownBy(() -> new Hemicycle.SeatGroup("x", 1, "red")).hasMessageContaining("#RRGGBB");
    }

    @Test
    void longPartyNamesAreWrappedInsideTheLegend() {
        // ParlGov's parties of the French National Assembly elected on 19 June 2022 (the seven largest and the rest)
        List<Hemicycle.SeatGroup> parties = List.of(
                new Hemicycle.SeatGroup("The Republic Onwards! | Renaissance (REM|R)", 245, ChartPalette.categorical(0)),
                new Hemicycle.SeatGroup("Unbowed France (FI)", 131, ChartPalette.categorical(1)),
                new Hemicycle.SeatGroup("National Rally (FN)", 89, ChartPalette.categorical(2)),
                new Hemicycle.SeatGroup("Union for a Popular Movement | The Republicans (UMP|LR)", 61, ChartPalette.categorical(3)),
                new Hemicycle.SeatGroup("other left (d-gauche)", 22, ChartPalette.categorical(4)),
                new Hemicycle.SeatGroup("other right (d-droite)", 10, ChartPalette.categorical(5)),
                new Hemicycle.SeatGroup("no party affiliation (none)", 10, ChartPalette.categorical(6)),
                new Hemicycle.SeatGroup("4 other parties", 9, ChartPalette.NOT_KNOWN));
        RenderedChart chart = new Hemicycle("National Assembly: seats by party", "Election of June 19, 2022.", parties)
                .render(Locale.ENGLISH);
        SvgDocument.save("hemicycle-parties-fr-2022", chart.svg());
        SvgDocument doc = SvgDocument.checked(chart);
        double width = Double.parseDouble(doc.root.getAttribute("viewBox").split(" ")[2]);
        List<org.w3c.dom.Element> legend = doc.elements("text").stream()
                .filter(t -> !t.getAttribute("text-anchor").equals("middle")).toList();
        for (org.w3c.dom.Element line : legend) {
            assertThat(Double.parseDouble(line.getAttribute("x")) + Svg.textWidth(line.getTextContent(), 13))
                    .as(line.getTextContent()).isLessThanOrEqualTo(width);
        }
        String text = String.join(" ", legend.stream().map(org.w3c.dom.Element::getTextContent).toList());
        assertThat(text).contains("Union for a Popular Movement |", "(UMP|LR): 61 (10.6%)");
        assertThat(chart.table().rows().get(3).header()).isEqualTo("Union for a Popular Movement | The Republicans (UMP|LR)");
    }
}
