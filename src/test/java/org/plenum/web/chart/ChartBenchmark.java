package org.plenum.web.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test (its name keeps it out of {@code ./mvnw verify}; {@code bench/charts.sh} runs it): the time to
 * render each chart of a page from real data (the world map of the November 2025 ranking, the House of Commons'
 * hemicycle, its line since 1945, the top 20 bars), after a warm-up. Prints median, p99 and the SVG's bytes; writes the
 * same to {@code target/bench-charts.txt}. The only assertion is that each chart was rendered.
 */
class ChartBenchmark {

    private static final int RUNS = Integer.getInteger("plenum.bench.runs", 2000);

    @Test
    void renderEachChart() throws IOException {
        List<WorldMap.CountryValue> shares = RealChartData.womenShares(false);
        List<LineChart.Point> history = RealChartData.history("GB-LC01");
        List<BarChart.Bar> bars = shares.stream().sorted((a, b) -> Double.compare(b.value(), a.value())).limit(20)
                .map(v -> BarChart.Bar.of(v.name(), v.value())).toList();
        List<String> lines = new ArrayList<>();
        lines.add(measure("world map, " + shares.size() + " countries", () -> new WorldMap("Women in parliament", "Share of women.",
                ValueFormat.percent(1), shares, WorldMap.WOMEN_SHARE_BREAKS, Optional.of("GB")).render(Locale.ENGLISH).chart().svg()));
        lines.add(measure("hemicycle, 650 seats", () -> Hemicycle.womenAndMen("House of Commons", "", "Women", 263, "Men", 387)
                .render(Locale.ENGLISH).svg()));
        lines.add(measure("line, " + history.size() + " points", () -> new LineChart("House of Commons", "", "Share of women",
                ValueFormat.percent(1), List.of(new LineChart.Series("House of Commons", history)), LineChart.Shape.STEP)
                .render(Locale.ENGLISH).svg()));
        lines.add(measure("bars, 20", () -> new BarChart("Top 20", "", ValueFormat.percent(1), bars).render(Locale.ENGLISH).svg()));
        String report = String.join("\n", lines) + "\n";
        System.out.print(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/bench-charts.txt"), report, StandardCharsets.UTF_8);
    }

    private static String measure(String what, Supplier<String> render) {
        String svg = "";
        for (int i = 0; i < RUNS / 4; i++) {
            svg = render.get();
        }
        List<Long> nanos = new ArrayList<>(RUNS);
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            svg = render.get();
            nanos.add(System.nanoTime() - start);
        }
        assertThat(svg).startsWith("<svg");
        Collections.sort(nanos);
        return String.format(Locale.ROOT, "%-28s median %7.1f us, p99 %7.1f us, %7d bytes (%d runs)", what,
                nanos.get(RUNS / 2) / 1e3, nanos.get(RUNS * 99 / 100) / 1e3, svg.getBytes(StandardCharsets.UTF_8).length, RUNS);
    }
}
