package org.plenum.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every chart on the main pages has a text alternative that says what it shows: an {@code <img>} its {@code alt}, an
 * inline SVG {@code role="img"} named by its own {@code <title>} and {@code <desc>}.
 */
class ChartAltTextTest extends WebsiteTest {

    private static final Pattern IMG = Pattern.compile("<img\\b[^>]*>");
    private static final Pattern ALT = Pattern.compile("\\balt=\"([^\"]*)\"");
    private static final Pattern SVG = Pattern.compile("<svg\\b[^>]*>\\s*<title id=\"([^\"]+)\">([^<]*)</title>");

    @ParameterizedTest
    @ValueSource(strings = {"/?lang=en", "/?lang=fr", "/parliament/FR/?lang=en", "/parliament/GB/GB-LC01/?lang=fr",
            "/parliament/DE/DE-LC01/election/DE-LC01-E20210926/?lang=en", "/women-ranking?month=11&year=2025&lang=en",
            "/historical-women?lang=en", "/compare/?chart=map&field=current_women_percent&region=0&structure=any__upper_chamber&year_to=2010",
            "/compare/?chart=bar&field=current_women_percent&region=europe&year_to=2020&lang=fr"})
    void everyChartImageHasAnAlternative(String page) {
        String html = get(page).body();
        Matcher img = IMG.matcher(html);
        List<String> images = new ArrayList<>();
        while (img.find()) {
            images.add(img.group());
        }
        Matcher svg = SVG.matcher(html);
        int inline = 0;
        while (svg.find()) {
            inline++;
            assertThat(svg.group()).as(page).contains("role=\"img\"").contains("aria-labelledby=\"" + svg.group(1));
            assertThat(svg.group(2).strip()).as(page).hasSizeGreaterThan(10);
        }
        assertThat(images.size() + inline).as("charts on %s", page).isPositive();
        for (String tag : images) {
            Matcher alt = ALT.matcher(tag);
            assertThat(alt.find()).as("alt of %s on %s", tag, page).isTrue();
            assertThat(alt.group(1).strip()).as("alt of %s on %s", tag, page).hasSizeGreaterThan(20);
        }
    }
}
