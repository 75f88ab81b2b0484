package org.plenum.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.plenum.stats.publication.PublishedReport;
import org.plenum.stats.publication.ReportPublications;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A reader's journeys in a real browser: open the downloads page, take the bulk zip it links and check its contents
 * against its manifest and the checksum the page shows; open the publications, a month as published, and compare two
 * months with the form; read the about page in French. axe-core on every page, screenshots under target/screenshots.
 */
class DownloadsAndPublicationsBrowserTest extends BrowserTest {

    @Autowired
    ReportPublications publications;

    @Test
    void downloadTheBulkZipFromTheDownloadsPageAndCheckItsContents() throws Exception {
        String zipLink = null;
        for (int attempt = 0; attempt < 480 && zipLink == null; attempt++) {
            browser.get(url("/downloads?lang=en"));
            zipLink = browser.findElements(By.cssSelector("table.bulk a[href$='.zip']")).stream().findFirst()
                    .map(a -> a.getAttribute("href")).orElse(null);
            if (zipLink == null) {
                Thread.sleep(500);
            }
        }
        assertThat(zipLink).as("a bulk zip linked from /downloads").isNotNull();
        checkPage("downloads");
        WebElement row = find("table.bulk tbody tr");
        String shownChecksum = row.findElement(By.cssSelector("code.checksum")).getText();

        HttpResponse<byte[]> zip = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(zipLink)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(zip.body()))).isEqualTo(shownChecksum);
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        String manifest = new String(files.get("manifest.csv"), StandardCharsets.UTF_8);
        for (String line : manifest.lines().skip(1).toList()) {
            String[] cells = line.split(",");
            assertThat(files).containsKey(cells[0]);
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(files.get(cells[0]))))
                    .as(cells[0]).isEqualTo(cells[3]);
        }
        assertThat(new String(files.get("facts/chambers.csv"), StandardCharsets.UTF_8))
                .contains("US-LC01,current_women_number,125,,2025-11-01,,,women-ranking-2025-11.csv row 95,");
        visit("/downloads?lang=fr", "downloads-fr");
        assertThat(find("h1").getText()).isEqualTo("Téléchargements");
    }

    @Test
    void openAPublicationThenCompareTwoMonthsWithTheForm() {
        publications.publish(PublishedReport.WOMEN_RANKING, YearMonth.of(2023, 3), "test");
        visit("/publications?lang=en", "publications");
        clickAndLoad("a[href^='/publications/women-ranking/2025-11']");
        checkPage("publication-2025-11");
        assertThat(find("h1").getText()).isEqualTo("Women in national parliaments: monthly ranking, November 2025");
        assertThat(browser.findElements(By.cssSelector("table caption")).stream().map(WebElement::getText).toList())
                .anySatisfy(caption -> assertThat(caption).contains("as published"));

        browser.get(url("/publications?lang=en"));
        WebElement form = find("form[action='/publications/women-ranking/compare']");
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("arguments[0].value = '2023-03'", form.findElement(By.name("from")));
        js.executeScript("arguments[0].value = '2025-11'", form.findElement(By.name("to")));
        clickAndLoad(form.findElement(By.cssSelector("button[type=submit]")));
        checkPage("compare-2023-03-2025-11");
        assertThat(browser.getCurrentUrl()).contains("from=2023-03").contains("to=2025-11");
        assertThat(find("h1").getText()).startsWith("What changed from March 2023");
        assertThat(find("table.changes").getText()).contains("United States of America").contains("lower chamber: women: 124 → 125");
    }

    @Test
    void theAboutPageInFrench() {
        visit("/about?lang=fr", "about-fr");
        assertThat(find("h1").getText()).isEqualTo("À propos des données");
        visit("/about?lang=en", "about-en");
        assertThat(find("#sources").getText()).isEqualTo("Sources and licences");
    }
}
