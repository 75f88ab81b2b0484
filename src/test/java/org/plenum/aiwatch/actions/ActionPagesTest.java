package org.plenum.aiwatch.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.plenum.web.WebsiteTest;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The tracker's pages, files, API and feed over HTTP, on the bundled seed (decisions 0065, 0066). */
class ActionPagesTest extends WebsiteTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void overviewLinksThePartsAndGivesLiveFigures() {
        HttpResponse<String> page = get("/ai");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"/ai/actions\"", "href=\"/ai/use-cases\"", "href=\"/ai/readiness\"",
                "actions on AI policy in", "described by IPU", "application/atom+xml");
        assertThat(get("/ai?lang=fr").body()).contains("L'IA dans les parlements", "décrites par l'UIP");
    }

    @Test
    void listFiltersByCountryTypePublisherRegionAndYear() {
        assertThat(get("/ai/actions?country=AR").body()).contains("5 actions match (of");
        assertThat(get("/ai/actions?country=AR&publisher=ipu").body()).contains("4 actions match");
        assertThat(get("/ai/actions?country=AR&publisher=other").body()).contains("One action matches");
        assertThat(get("/ai/actions?type=law").body()).contains("3 actions match");
        assertThat(get("/ai/actions?year=2023&country=BR").body()).contains("One action matches", "PL 2338/2023 (use");
        String europe = get("/ai/actions?region=europe").body();
        assertThat(europe).contains("Estonia").doesNotContain("Argentina</td>");
        HttpResponse<String> bad = get("/ai/actions?type=decree");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("decree");
        String all = get("/ai/actions").body();
        assertThat(all).contains("<svg", "Actions by year and type", "/ai/actions/map.svg?lang=en", "Actions by country");
        HttpResponse<String> map = get("/ai/actions/map.svg?country=AR");
        assertThat(map.statusCode()).isEqualTo(200);
        assertThat(map.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
        assertThat(get("/ai/actions?lang=fr").body()).contains("Suivi des politiques d'IA", "Actions par année et par type");
    }

    @Test
    void actionPageShowsEveryFieldSourcesRelatedActionsHistoryAndProvenance() {
        String page = get("/ai/actions/sv-002").body();
        assertThat(page).contains("Proyecto de Ley de Fomento", "Bill on the Promotion of Artificial Intelligence",
                "Diario El Mundo (news)", "https://demo.elmundo.sv/", "stored copy (undated; year not shown in excerpt)",
                "href=\"/ai/actions/sv-001\"", "Added on", "plenum:bundled", "Not from IPU",
                "English title is Plenum", "El Salvador: Legislative Assembly");
        assertThat(get("/ai/actions/sv-001").body()).contains("Refers to this one:", "href=\"/ai/actions/sv-002\"");
        String ipu = get("/ai/actions/ar-001").body();
        assertThat(ipu).contains("Described by the Inter-Parliamentary Union", "Argentina: Chamber of Deputies",
                "Argentina: Senate", "legislative review");
        assertThat(get("/ai/actions/eu-001").body()).contains("As the source names them: European Parliament");
        assertThat(get("/ai/actions/zz-001").statusCode()).isEqualTo(404);
    }

    @Test
    void digestOfAMonthListsTheActionsAddedThenByCountry() {
        YearMonth loaded = YearMonth.from(jdbcLoadedMonth());
        String page = get("/ai/digest/" + loaded).body();
        assertThat(page).contains("Parliaments added or updated this month:", "Algeria", "Argentina", "Uruguay",
                "href=\"/ai/actions/dz-001\"", "added");
        assertThat(get("/ai/digest/2001-01").body()).contains("No action was added or updated in this month.");
        assertThat(get("/ai/digest/2999-01").statusCode()).isEqualTo(404);
        assertThat(get("/ai/digest?lang=fr").statusCode()).isEqualTo(200);
    }

    private java.time.OffsetDateTime jdbcLoadedMonth() {
        JsonNode one = JSON.readTree(get("/api/v1/ai-actions/dz-001").body());
        return java.time.OffsetDateTime.parse(one.path("data").path("attributes").path("recorded_at").asString()
                .replace("Z", "+00:00")).withOffsetSameInstant(ZoneOffset.UTC);
    }

    @Test
    void atomFeedIsAtomWithIdsUpdatedAndLinks() throws Exception {
        HttpResponse<String> feed = get("/ai/actions.atom");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder().parse(new InputSource(new StringReader(feed.body())));
        Element root = xml.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(child(root, "id")).startsWith("tag:");
        assertThat(child(root, "title")).isNotBlank();
        assertThat(child(root, "updated")).matches("\\d{4}-\\d{2}-\\d{2}T.*");
        NodeList entries = root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertThat(entries.getLength()).isGreaterThanOrEqualTo(32);
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            assertThat(child(entry, "id")).startsWith("tag:").contains("ai-action/");
            assertThat(child(entry, "title")).isNotBlank();
            assertThat(child(entry, "updated")).isNotBlank();
            assertThat(entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link").getLength()).isPositive();
        }
        assertThat(feed.body()).contains("/ai/actions/dz-001");
    }

    private static String child(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS("http://www.w3.org/2005/Atom", name);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent();
    }

    @Test
    void downloadsHaveEveryFieldAndTheFilters() throws Exception {
        HttpResponse<String> csv = get("/ai/actions.csv?publisher=other");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("plenum-ai-actions-other.csv");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.body())).getRecords();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(21).allMatch(r -> r.get("ipu").equals("false"));
        CSVRecord canada = rows.stream().filter(r -> r.get("country").equals("CA")).findFirst().orElseThrow();
        assertThat(canada.get("publisher")).isEqualTo("openparliament.ca (civic site)");
        assertThat(canada.get("sources")).isEqualTo("openparliament.ca (civic site) | https://openparliament.ca/bills/44-1/C-27/?tab=mentions | stored copy (undated)");
        assertThat(canada.get("status")).isEqualTo("lapsed");
        assertThat(canada.get("introduced")).isEqualTo("2023-04-24");
        HttpResponse<byte[]> xlsx = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                url("/ai/actions.xlsx?country=AR"))).build(), HttpResponse.BodyHandlers.ofByteArray());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(5);
            assertThat(book.getSheetAt(0).getRow(0).getCell(ActionDocument.FIELDS.indexOf("publisher")).getStringCellValue())
                    .isEqualTo("publisher");
        }
        JsonNode json = JSON.readTree(get("/ai/actions.json?type=law").body());
        assertThat(json.path("actions").size()).isEqualTo(3);
        assertThat(json.path("actions").get(0).path("sources").get(0).path("url").asString()).startsWith("http");
        assertThat(get("/ai/actions.csv?year=20x").statusCode()).isEqualTo(400);
    }

    @Test
    void apiListsFiltersAndRefusesBadParameters() {
        HttpResponse<String> list = get("/api/v1/ai-actions?country=BR");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("Content-Type").orElse("")).startsWith("application/vnd.api+json");
        JsonNode doc = JSON.readTree(list.body());
        assertThat(doc.path("meta").path("total").asInt()).isEqualTo(4);
        assertThat(doc.path("data").get(0).path("type").asString()).isEqualTo("ai-actions");
        JsonNode one = JSON.readTree(get("/api/v1/ai-actions/uy-001").body());
        assertThat(one.path("data").path("attributes").path("in_force").asString()).isEqualTo("2023-11-06");
        assertThat(one.path("data").path("attributes").path("history").get(0).path("kind").asString()).isEqualTo("added");
        HttpResponse<String> bad = get("/api/v1/ai-actions?status=passed");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).path("errors").get(0).path("source").path("parameter").asString())
                .isEqualTo("status");
        assertThat(get("/api/v1/ai-actions?colour=red").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/ai-actions/xx-999").statusCode()).isEqualTo(404);
    }
}
