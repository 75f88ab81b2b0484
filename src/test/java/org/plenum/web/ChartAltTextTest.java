package org.plenum.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every chart shown as an {@code <img>} on the main pages has a text alternative that says what it shows. */
class ChartAltTextTest extends WebsiteTest {

    private static final Pattern IMG = Pattern.compile("<img\\b[^>]*>");
    private static final Pattern ALT = Pattern.compile("\\balt=\"([^\"]*)\"");

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
        assertThat(images).as(page).isNotEmpty();
        for (String tag : images) {
            Matcher alt = ALT.matcher(tag);
            assertThat(alt.find()).as("alt of %s on %s", tag, page).isTrue();
            assertThat(alt.group(1).strip()).as("alt of %s on %s", tag, page).hasSizeGreaterThan(20);
        }
    }
}
