package org.plenum.exchange.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.plenum.registry.PublishedRegistry;
import org.plenum.web.WebsiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The downloads and about pages over HTTP, on the bundled dataset, in English and French. */
class DownloadsAndAboutPagesTest extends WebsiteTest {

    @Autowired
    PublishedRegistry registry;
    @Autowired
    JsonMapper json;

    @Test
    void theDownloadsPageListsTheBulkFilesWithTheirChecksumsAndEveryReportInEveryFormat() throws Exception {
        JsonNode build = BulkBuilds.await(this::get, json, registry.current().publication());
        HttpResponse<String> page = get("/downloads");
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("<h1>Downloads</h1>");
        long publication = build.at("/attributes/publication").asLong();
        for (JsonNode file : build.at("/attributes/files")) {
            assertThat(html).contains("href=\"/api/v1/downloads/bulk/" + file.get("name").asString() + "\"")
                    .contains(file.get("sha256").asString());
        }
        assertThat(html).contains("Plenum bulk download, data publication " + publication + " of ")
                .contains("/api/v1/downloads/bulk/latest.zip");
        // The month of the newest figures by default: the bundled ranking of November 2025, or December 2026 once the
        // stewardship tests, which share this data directory, have published a correspondent's value of that month.
        assertThat(html).containsPattern("href=\"/api/v1/downloads/women-ranking\\?year=(2025&amp;month=11|2026&amp;month=12)&amp;format=ipu-csv\"")
                .containsPattern("href=\"/api/v1/downloads/sdg\\?year=(2025|2026)&amp;format=sdmx-csv\"")
                .doesNotContainPattern("women-ranking\\?year=\\d{4}&amp;month=\\d+&amp;format=sdmx");
        HttpResponse<String> csv = get("/api/v1/downloads/women-ranking?year=2025&month=11&format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains("Rwanda");
        weigh("/downloads").assertWithinBudget();

        String march = get("/downloads?year=2023&month=3").body();
        assertThat(march).contains("women-ranking?year=2023&amp;month=3&amp;format=xlsx");
        assertThat(get("/downloads?year=2023&month=13").statusCode()).isEqualTo(400);
        assertThat(get("/downloads?month=3").statusCode()).isEqualTo(400);

        String french = get("/downloads", "Accept-Language", "fr").body();
        assertThat(french).contains("<h1>Téléchargements</h1>").contains("Téléchargement complet");
    }

    @Test
    void theAboutPageGivesTheMethodTheSourcesAndTheirLicencesAndTheApiLinks() {
        String html = get("/about").body();
        assertThat(html).contains("<h1>About the data</h1>")
                .contains("women divided by the members in office")
                .contains("9,954 women of 37,218 seats, 26.7%")
                .contains("id=\"sources\"").contains("id=\"licences\"")
                .contains("ipu/women-ranking-2025-11.csv").contains("CC BY-NC-SA 4.0")
                .contains("parlgov/*.csv").contains("CC0 1.0")
                .contains("href=\"/api/docs\"").contains("href=\"/downloads#bulk\"");
        assertThat(get("/about-data").body()).contains("<h1>About the data</h1>");
        String french = get("/about?lang=fr").body();
        assertThat(french).contains("<h1>À propos des données</h1>").contains("Sources et licences")
                .contains("9 954 femmes sur 37 218 sièges");
        weigh("/about").assertWithinBudget();
    }

    @Test
    void theSourcesTableIsReadFromTheBundledSourcesFile() {
        AboutPage about = AboutPage.fromBundledSources();
        assertThat(about.sources()).hasSizeGreaterThan(8);
        assertThat(about.sources()).anySatisfy(source -> {
            assertThat(source.file()).isEqualTo("ipu/women-ranking-2025-11.csv");
            assertThat(source.licence()).isEqualTo("CC BY-NC-SA 4.0 (Inter-Parliamentary Union)");
        });
        assertThat(about.sources()).noneMatch(source -> source.file().equals("File") || source.file().startsWith("---"));
    }
}
