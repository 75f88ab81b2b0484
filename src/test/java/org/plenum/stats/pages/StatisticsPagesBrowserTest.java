package org.plenum.stats.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.plenum.web.browser.BrowserTest;

/**
 * The statistics pages in a real browser: change the ranking's month, filter it by region, download its CSV and read
 * it, use the compare tool, and the other pages; each checked with axe-core and saved as a screenshot.
 */
class StatisticsPagesBrowserTest extends BrowserTest {

    @Test
    void changeTheRankingMonthFilterByRegionAndDownloadTheCsv() {
        visit("/women-ranking?lang=en", "ranking-latest");
        new Select(find("#month")).selectByValue("11");
        new Select(find("#year")).selectByValue("2025");
        clickAndLoad("form.filters button[type=submit]");
        checkPage("ranking-2025-11");
        assertThat(browser.getCurrentUrl()).contains("month=11").contains("year=2025");
        List<WebElement> rows = browser.findElements(By.cssSelector("#table tbody tr"));
        assertThat(rows.get(0).getText()).startsWith("1").contains("Rwanda").contains("63.8%");

        new Select(find("#region")).selectByValue("europe");
        clickAndLoad("form.filters button[type=submit]");
        checkPage("ranking-2025-11-europe");
        assertThat(browser.getCurrentUrl()).contains("region=europe").contains("month=11");
        List<WebElement> european = browser.findElements(By.cssSelector("#table tbody tr"));
        assertThat(european.get(0).getText()).startsWith("6").contains("Andorra");
        assertThat(european).noneMatch(r -> r.getText().contains("Rwanda"));

        String csv = find("#downloads ~ ul a[href*='format=csv']").getAttribute("href");
        var response = get(csv.substring(csv.indexOf("/api/")));
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> lines = response.body().lines().toList();
        assertThat(lines.get(0)).contains("country");
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("RW").contains("63.8"));
    }

    @Test
    void useTheCompareTool() {
        visit("/compare/?chart=map&field=current_women_percent&region=0&structure=any__upper_chamber&year_to=2010&lang=en", "compare-parline-link");
        new Select(find("#structure")).selectByValue("any__lower_chamber");
        new Select(find("#region")).selectByValue("europe");
        find("input[name=chart][value=bar]").click();
        find("#year_from").clear();
        find("#year_from").sendKeys("2020");
        find("#year_to").clear();
        find("#year_to").sendKeys("2024");
        clickAndLoad("form.filters button[type=submit]");
        checkPage("compare-europe-bar");
        assertThat(browser.getCurrentUrl()).contains("chart=bar").contains("region=europe").contains("year_to=2024");
        assertThat(find("figure.chart svg").getAttribute("role")).isEqualTo("img");
        assertThat(find("#result").getText()).contains("France").doesNotContain("Rwanda");
        String export = find("a[href*='file_format=csv']").getAttribute("href");
        var file = get(export.substring(export.indexOf("/export-country-compare")));
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).contains("FR").contains("Lower chamber");
    }

    @Test
    void theOtherStatisticsPagesAndTheDictionary() {
        visit("/women-averages?month=11&year=2025", "averages");
        visit("/historical-women", "historical-women");
        visit("/youth?month=1&year=2019", "youth");
        visit("/sdg?year=2024", "sdg");
        visit("/compare/?chart=line&field=current_women_percent&chambers=RW-LC01,FR-LC01,ES-LC01&year_from=2000&year_to=2024", "compare-line");
        visit("/data-dictionary", "data-dictionary");
        visit("/data-dictionary/current_women_percent?lang=fr", "data-dictionary-field-fr");
        visit("/women-ranking?month=13&year=2025", "ranking-bad-month");
        assertThat(find("main").getText()).contains("month");
    }
}
