package org.plenum.stats.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.plenum.registry.EntityRecord;
import org.plenum.registry.EntityType;
import org.plenum.registry.FieldCatalogue;
import org.plenum.stats.Area;
import org.plenum.stats.ChamberGroup;
import org.plenum.stats.CompareQuery;
import org.plenum.stats.CompareTool;
import org.plenum.stats.PageQuery;
import org.plenum.stats.CountryArea;
import org.plenum.stats.RepresentationStatistics;
import org.plenum.stats.WomenAverage;
import org.plenum.web.WebsiteTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The statistics and data dictionary pages over HTTP on the bundled dataset: what they show is what the statistics
 * compute (the November 2025 ranking is IPU's file), their filters, their errors (an HTML 400 naming the parameter),
 * their weight, and the compare download at Parline's address.
 */
class StatisticsPagesTest extends WebsiteTest {

    private static final YearMonth NOVEMBER_2025 = YearMonth.of(2025, 11);

    @Autowired
    RepresentationStatistics statistics;
    @Autowired
    FieldCatalogue catalogue;
    @Autowired
    CompareTool compare;

    private String ok(String pathAndQuery) {
        HttpResponse<String> response = get(pathAndQuery);
        assertThat(response.statusCode()).as(pathAndQuery + "\n" + response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        return response.body();
    }

    private void badParameter(String pathAndQuery, String parameter) {
        HttpResponse<String> response = get(pathAndQuery);
        assertThat(response.statusCode()).as(pathAndQuery).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).as(pathAndQuery).startsWith("text/html");
        assertThat(response.body()).as(pathAndQuery).contains(parameter).doesNotContain("Exception");
    }

    /** The rank cell and the country of each row of the ranking table, in order. */
    private static List<String[]> rankingRows(String html) {
        String body = html.substring(html.indexOf("<table id=\"table\""), html.indexOf("</table>", html.indexOf("<table id=\"table\"")));
        Matcher row = Pattern.compile("<tr><td>([^<]*)</td><th scope=\"row\"><a [^>]*>([^<]*)</a>").matcher(body);
        List<String[]> rows = new java.util.ArrayList<>();
        while (row.find()) {
            rows.add(new String[] {row.group(1).strip(), row.group(2)});
        }
        return rows;
    }

    @Test
    void theRankingOfNovember2025IsIpusWithTrueRanks() {
        String html = ok("/women-ranking?month=11&year=2025");
        List<String[]> rows = rankingRows(html);
        assertThat(rows).hasSize(statistics.womenRanking(NOVEMBER_2025).rows().size());
        assertThat(rows.get(0)).containsExactly("1", "Rwanda");
        // IPU's file prints a ditto mark for the United Arab Emirates, tied with Andorra at 50.0 %: the page gives the rank
        assertThat(rows.get(6)).containsExactly("6", "United Arab Emirates");
        assertThat(html).contains("63.8%").contains("/api/v1/downloads/women-ranking?year=2025&amp;month=11&amp;format=ipu-csv")
                .contains("/women-ranking/map.svg?");
        HttpResponse<String> map = get("/women-ranking/map.svg?lang=en&month=11&year=2025");
        assertThat(map.statusCode()).isEqualTo(200);
        assertThat(map.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
        assertThat(map.headers().firstValue("X-Frame-Options")).isEmpty();
        assertThat(map.body()).startsWith("<svg").contains("Rwanda");
    }

    @Test
    void aRegionKeepsItsCountriesWithTheirWorldRanks() {
        List<String[]> rows = rankingRows(ok("/women-ranking?month=11&year=2025&region=europe"));
        List<CountryArea> areas = statistics.countryAreas(statistics.snapshot(), NOVEMBER_2025, EntityRecord.LATEST);
        long european = areas.stream().filter(a -> a.region().filter("europe"::equals).isPresent()).count();
        assertThat(rows).hasSize((int) european);
        assertThat(rows.get(0)).containsExactly("6", "Andorra");
        // the bundled IPU regions file gives no sub-regions (its ipu_subregion column is empty): a sub-region is a
        // valid choice that lists no country, until data give countries one
        String subRegion = statistics.subRegions().get(0).id();
        long inSubRegion = areas.stream().filter(a -> a.subRegion().filter(subRegion::equals).isPresent()).count();
        assertThat(rankingRows(ok("/women-ranking?month=11&year=2025&sub_region=" + subRegion))).hasSize((int) inSubRegion);
    }

    @Test
    void withoutAMonthTheRankingIsOfTheNewestData() {
        YearMonth newest = statistics.newestDataMonth(statistics.snapshot()).orElseThrow();
        assertThat(ok("/women-ranking")).contains("<option value=\"" + newest.getYear() + "\" selected>");
        assertThat(ok("/women-ranking?date_month=3&date_year=2023")).contains("<option value=\"2023\" selected>");
    }

    @Test
    void badValuesAreHtml400sNamingTheParameter() {
        badParameter("/women-ranking?month=13&year=2025", "month");
        badParameter("/women-ranking?month=9", "year");
        badParameter("/women-ranking?month=9&year=1800", "year");
        badParameter("/women-ranking?month=x&year=2025", "month");
        badParameter("/women-ranking?region=atlantis", "region");
        badParameter("/women-ranking?sub_region=atlantis", "sub_region");
        badParameter("/women-ranking?known_at=yesterday", "known_at");
        badParameter("/women-ranking?month=1&month=2&year=2025", "month");
        badParameter("/women-averages?year=99999&month=1", "year");
        badParameter("/youth?month=0&year=2025", "month");
        badParameter("/sdg?year=1990", "year");
        badParameter("/sdg?series=NOPE", "series");
        badParameter("/compare/?field=nope", "field");
        badParameter("/compare/?structure=any__middle_chamber", "structure");
        badParameter("/compare/?year_from=2020&year_to=2010", "year_from");
        badParameter("/compare/?chambers=XX-LC01", "chambers");
        badParameter("/compare/?chart=pie", "chart");
        badParameter("/compare/?income_group=rich", "income_group");
    }

    @Test
    void theAveragesAreTheStatistics() {
        String html = ok("/women-averages?month=11&year=2025");
        WomenAverage world = statistics.womenAverages(NOVEMBER_2025).average(Area.WORLD_ID, ChamberGroup.LOWER).orElseThrow();
        assertThat(html).contains(String.format(java.util.Locale.ENGLISH, "%,d", world.seats()))
                .contains(world.womenPercent().orElseThrow().toPlainString() + "%");
        assertThat(ok("/women-averages?month=11&year=2025&lang=fr")).contains("Moyennes mondiale et régionales");
    }

    @Test
    void theHistoricalSeriesStartsWithIpusData() {
        String html = ok("/historical-women");
        assertThat(html).contains("<svg").contains("/women-averages?month=1&amp;year=1946");
        assertThat(get("/historical-women/chart.svg").headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
    }

    @Test
    void youthAndSdgPagesShowTheirReports() {
        assertThat(ok("/youth?month=1&year=2019")).contains("Liechtenstein");
        String sdg = ok("/sdg?year=2024");
        assertThat(sdg).contains("SG_GEN_PARL").contains("Rwanda");
    }

    @Test
    void theCompareToolAtParlinesAddress() {
        String html = ok("/compare/?chart=map&field=current_women_percent&region=0&structure=any__upper_chamber&year_to=2010");
        CompareQuery asked = compare.parse(new PageQuery(java.util.Map.of("structure", new String[] {"any__upper_chamber"},
                "year_to", new String[] {"2010"})));
        List<String> upper = compare.chamberCodes(asked);
        assertThat(upper).isNotEmpty().allSatisfy(code -> assertThat(code).endsWith("-UC02"));
        String table = html.substring(html.indexOf("<table id=\"result\""));
        assertThat(table.split("<tr><th scope=\"row\">", -1)).hasSize(upper.size() + 1);
        assertThat(html).contains("<img src=\"/compare/chart.svg?").contains("Senate").contains("House of Lords");
        String line = ok("/compare?chart=line&field=current_women_percent&chambers=RW-LC01,FR-LC01&year_from=2015&year_to=2024");
        assertThat(line).contains("<svg").contains("Rwanda").contains("France");
        assertThat(get("/compare/chart.svg?chart=bar&field=current_women_percent&structure=any__lower_chamber&year_to=2024")
                .headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
    }

    @Test
    void theCompareDownloadIsTheCompareExport() {
        HttpResponse<String> parline = get("/export-country-compare?field=current_women_percent&region=0&structure=any__upper_chamber"
                + "&year_from=2020&year_to=2020&file_format=csv");
        HttpResponse<String> api = get("/api/v1/downloads/compare?field=current_women_percent&structure=upper&from-year=2020"
                + "&to-year=2020&format=ipu-csv");
        assertThat(parline.statusCode()).isEqualTo(200);
        assertThat(withoutDateAccessed(parline.body())).isEqualTo(withoutDateAccessed(api.body()));
        String europe = get("/export-country-compare?field=current_women_percent&region=europe&structure=any__lower_chamber"
                + "&year_from=2024&year_to=2024&file_format=tidy-csv").body();
        List<String> lines = europe.lines().skip(1).toList();
        assertThat(lines).isNotEmpty().allSatisfy(l -> assertThat(l).contains("-LC01"));
        assertThat(europe).contains("FR-LC01").doesNotContain("RW-LC01");
        assertThat(get("/export-country-compare?field=current_women_percent&file_format=pdf").statusCode()).isEqualTo(400);
    }

    private static String withoutDateAccessed(String csv) {
        return csv.lines().filter(l -> !l.startsWith("\"Date accessed\"")).reduce("", (a, b) -> a + b + "\n");
    }

    @Test
    void theDataDictionaryInEnglishAndFrench() {
        String list = ok("/data-dictionary");
        catalogue.fields().forEach(f -> assertThat(list).contains("/data-dictionary/" + f.id()));
        var field = catalogue.field(EntityType.CHAMBER, "current_women_percent").orElseThrow();
        String page = ok("/data-dictionary/current_women_percent");
        assertThat(page).contains(escape(field.definition().get("en"))).contains(escape(field.definition().get("fr")))
                .contains("Monthly").contains("Percent");
        assertThat(ok("/data-dictionary/current_women_percent?lang=fr")).contains("Mensuelle").contains("Pour cent");
        HttpResponse<String> missing = get("/data-dictionary/no_such_field");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&#34;").replace("'", "&#39;");
    }

    @Test
    void everyPageWeighsAtMost100Kilobytes() {
        for (String page : List.of("/women-ranking?month=11&year=2025", "/women-averages?month=11&year=2025", "/historical-women",
                "/youth?month=1&year=2019", "/sdg?year=2024", "/compare/?chart=map&field=current_women_percent&region=0"
                        + "&structure=any__upper_chamber&year_to=2010", "/compare/?field=current_women_percent&year_to=2024",
                "/data-dictionary", "/data-dictionary/current_women_percent")) {
            weigh(page).assertWithinBudget();
        }
    }
}
