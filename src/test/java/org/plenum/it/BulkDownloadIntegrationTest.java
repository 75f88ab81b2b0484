package org.plenum.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.plenum.exchange.ExportCommandLine;
import org.plenum.registry.EntityRef;
import org.plenum.registry.EntityType;
import org.plenum.registry.FactAssertion;
import org.plenum.registry.FactBatch;
import org.plenum.registry.FactStore;
import org.plenum.registry.FactValue;
import org.plenum.registry.PublishedRegistry;
import org.plenum.registry.ValidTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bulk download end to end on the embedded H2 database with the bundled dataset, in a fresh data directory:
 * built by the server after its start, fetched over HTTP at its stable address, its files checked against its
 * manifest and the database, a real value's whole history found in it, every CSV read by an independent strict
 * parser, every JSON line parsed; then a correction published, and the next build found beside the previous one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "plenum.bulk.check-interval=1s")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BulkDownloadIntegrationTest {

    private static final String BASE = "/api/v1/downloads/bulk";
    private static final CSVFormat STRICT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setAllowMissingColumnNames(false).setIgnoreEmptyLines(false).setTrim(false).get();

    static Path dataDir;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry properties) throws IOException {
        dataDir = Files.createTempDirectory("plenum-bulk-it");
        properties.add("PLENUM_DATA_DIR", dataDir::toString);
    }

    @LocalServerPort
    int port;
    @Autowired
    PublishedRegistry registry;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FactStore store;
    @Autowired
    ExportCommandLine exportCommand;
    @Autowired
    JsonMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    @Order(1)
    void theLatestZipIsNamedByItsPublicationAndMatchesItsManifestAndTheDatabase() throws Exception {
        long publication = registry.current().publication();
        JsonNode build = awaitBuild(publication);
        HttpResponse<byte[]> redirect = get(BASE + "/latest.zip", Map.of());
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location")).hasValue(BASE + "/plenum-bulk-p" + publication + ".zip");
        assertThat(redirect.headers().firstValue("Cache-Control")).hasValue("no-cache");

        HttpResponse<byte[]> zip = get(BASE + "/plenum-bulk-p" + publication + ".zip", Map.of());
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(zip.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment").contains("plenum-bulk-p" + publication + ".zip");
        String sha256 = sha256(zip.body());
        assertThat(zip.headers().firstValue("ETag")).hasValue("\"" + sha256 + "\"");
        assertThat(zip.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000").contains("immutable");
        assertThat(build.at("/attributes/files/0/sha256").asString()).isEqualTo(sha256);
        assertThat(build.at("/attributes/files/0/bytes").asLong()).isEqualTo(zip.body().length);
        assertThat(get(BASE + "/plenum-bulk-p" + publication + ".zip", Map.of("If-None-Match", "\"" + sha256 + "\""))
                .statusCode()).isEqualTo(304);

        Map<String, byte[]> files = unzip(zip.body());
        assertThat(files).containsKeys("README.txt", "SOURCES.md", "data-dictionary.csv", "taxonomy-terms.csv",
                "entities/chambers.csv", "facts/chambers.csv", "facts/election_results.csv", "manifest.csv");
        List<CSVRecord> manifest = parse("manifest.csv", files.get("manifest.csv"));
        assertThat(manifest).extracting(r -> r.get("file")).containsExactlyInAnyOrderElementsOf(
                files.keySet().stream().filter(name -> !name.equals("manifest.csv")).toList());
        for (CSVRecord entry : manifest) {
            byte[] content = files.get(entry.get("file"));
            assertThat(sha256(content)).as(entry.get("file")).isEqualTo(entry.get("sha256"));
            assertThat(content.length).as(entry.get("file")).isEqualTo(Long.parseLong(entry.get("bytes")));
            if (entry.get("file").endsWith(".csv")) {
                // Every CSV read by Apache Commons CSV (RFC 4180): same width in every row, the manifest's row count.
                List<CSVRecord> rows = parse(entry.get("file"), content);
                assertThat(rows).as(entry.get("file")).hasSize(Integer.parseInt(entry.get("rows")));
            }
        }
        for (EntityType type : EntityType.values()) {
            long facts = jdbc.queryForObject("select count(*) from fact where entity_type = ?", Long.class, type.id());
            long entities = jdbc.queryForObject("select count(*) from entity where entity_type = ?", Long.class, type.id());
            assertThat(rows(manifest, "facts/" + type.resource() + ".csv")).as(type.id()).isEqualTo(facts);
            assertThat(rows(manifest, "entities/" + type.resource() + ".csv")).as(type.id()).isEqualTo(entities);
        }
        assertThat(rows(manifest, "facts/chambers.csv")).isGreaterThan(10_000);
        assertThat(rows(manifest, "data-dictionary.csv")).isGreaterThan(50);
        assertThat(new String(files.get("README.txt"), StandardCharsets.UTF_8))
                .contains("data publication " + publication).contains("CC BY-NC-SA 4.0")
                .contains("/api/v1/downloads/bulk/plenum-bulk-p" + publication + ".zip");
    }

    @Test
    @Order(2)
    void aChambersWholeHistoryOfWomenIsInItWithValidTimeRecordTimeAndSource() throws Exception {
        long publication = registry.current().publication();
        awaitBuild(publication);
        Map<String, byte[]> files = unzip(get(BASE + "/plenum-bulk-p" + publication + ".zip", Map.of()).body());
        List<CSVRecord> history = parse("facts/chambers.csv", files.get("facts/chambers.csv")).stream()
                .filter(r -> r.get("entity_code").equals("US-LC01") && r.get("field").equals("current_women_number"))
                .toList();
        // The US House of Representatives: IPU's historical workbook from 1946, then the rankings of 2023 and 2025.
        assertThat(history).hasSizeGreaterThan(30);
        CSVRecord first = history.get(0);
        assertThat(first.get("value")).isEqualTo("11");
        assertThat(first.get("valid_from")).isEqualTo("1946-11-01");
        assertThat(first.get("note")).isEqualTo("Lower House total includes 5 non-voting members");
        assertThat(first.get("source")).isEqualTo("women-in-parliament-historical-1945-2018.xlsx row 3412");
        assertThat(first.get("missing_reason")).isEmpty();
        CSVRecord march2023 = history.stream().filter(r -> r.get("valid_from").equals("2023-03-01")).findFirst().orElseThrow();
        assertThat(march2023.get("value")).isEqualTo("124");
        assertThat(march2023.get("source")).isEqualTo("women-ranking-2023-03.csv row 80");
        CSVRecord november2025 = history.stream().filter(r -> r.get("valid_from").equals("2025-11-01")).findFirst().orElseThrow();
        assertThat(november2025.get("value")).isEqualTo("125");
        assertThat(november2025.get("source")).isEqualTo("women-ranking-2025-11.csv row 95");
        // Record time: each part of the bundled dataset was recorded when it was loaded, in order.
        assertThat(Instant.parse(november2025.get("recorded_at"))).isAfter(Instant.parse(first.get("recorded_at")));
        assertThat(history).extracting(r -> r.get("valid_from")).isSorted();

        // The same history in the JSON Lines file, every line of which is JSON, the counts the database's.
        HttpResponse<byte[]> lines = get(BASE + "/latest.jsonl.gz", Map.of());
        assertThat(lines.statusCode()).isEqualTo(302);
        HttpResponse<byte[]> gz = get(lines.headers().firstValue("Location").orElseThrow(), Map.of());
        assertThat(gz.headers().firstValue("Content-Type")).hasValue("application/gzip");
        long facts = 0;
        long entities = 0;
        List<JsonNode> usHistory = new ArrayList<>();
        String text = new String(new GZIPInputStream(new ByteArrayInputStream(gz.body())).readAllBytes(), StandardCharsets.UTF_8);
        List<String> all = text.lines().toList();
        assertThat(json.readTree(all.get(0)).get("record").asString()).isEqualTo("bulk");
        assertThat(json.readTree(all.get(0)).get("publication").asLong()).isEqualTo(publication);
        for (String line : all) {
            JsonNode node = json.readTree(line);
            switch (node.get("record").asString()) {
                case "fact" -> {
                    facts++;
                    if (node.get("entity_code").asString().equals("US-LC01") && node.get("field").asString().equals("current_women_number")) {
                        usHistory.add(node);
                    }
                }
                case "entity" -> entities++;
                default -> { }
            }
        }
        assertThat(facts).isEqualTo(jdbc.queryForObject("select count(*) from fact", Long.class));
        assertThat(entities).isEqualTo(jdbc.queryForObject("select count(*) from entity", Long.class));
        assertThat(usHistory).hasSize(history.size());
        JsonNode last = usHistory.get(usHistory.size() - 1);
        assertThat(last.get("value").isNumber()).isTrue();
        assertThat(last.get("value").asInt()).isEqualTo(125);
        assertThat(last.get("valid_from").asString()).isEqualTo("2025-11-01");
        assertThat(last.get("source").asString()).isEqualTo("women-ranking-2025-11.csv row 95");
        assertThat(last.get("superseded_at").isNull()).isTrue();
    }

    @Test
    @Order(3)
    void formulaLikeTextIsNeutralisedInTheCsvAndKeptAsRecordedInJsonLines() throws Exception {
        long publication = registry.current().publication();
        awaitBuild(publication);
        Map<String, byte[]> files = unzip(get(BASE + "/plenum-bulk-p" + publication + ".zip", Map.of()).body());
        // ParlGov's Italian party +Europa: a spreadsheet would read "+Europa" as a formula.
        List<CSVRecord> names = parse("facts/political_parties.csv", files.get("facts/political_parties.csv")).stream()
                .filter(r -> r.get("value").endsWith("+Europa")).toList();
        assertThat(names).isNotEmpty().allSatisfy(r -> assertThat(r.get("value")).isEqualTo("'+Europa"));
        String lines = new String(new GZIPInputStream(new ByteArrayInputStream(
                get(BASE + "/plenum-bulk-p" + publication + ".jsonl.gz", Map.of()).body())).readAllBytes(), StandardCharsets.UTF_8);
        assertThat(lines).contains("\"value\":\"+Europa\"").doesNotContain("'+Europa");
    }

    @Test
    @Order(4)
    void aCorrectionMakesTheNextBuildWithTheSupersededValueAndThePreviousBuildIsKept() throws Exception {
        long before = registry.current().publication();
        awaitBuild(before);
        // Synthetic: a correction of the November 2025 count, made up for this test.
        var result = store.apply(new FactBatch("test: correction of US-LC01 (synthetic)", List.of(), List.of(
                FactAssertion.of(EntityRef.chamber("US-LC01"), "current_women_number",
                        ValidTime.from(LocalDate.of(2025, 11, 1)), FactValue.of(126), "synthetic correction in BulkDownloadIntegrationTest"))));
        long after = result.publication().orElseThrow();
        assertThat(after).isGreaterThan(before);
        JsonNode build = awaitBuild(after);
        assertThat(build.get("id").asString()).isEqualTo("p" + after);

        JsonNode list = json.readTree(get(BASE, Map.of()).body());
        assertThat(list.get("data")).extracting(n -> n.get("id").asString()).containsSubsequence("p" + after, "p" + before);
        assertThat(get(BASE + "/plenum-bulk-p" + before + ".zip", Map.of()).statusCode()).isEqualTo(200);
        assertThat(get(BASE + "/latest.zip", Map.of()).headers().firstValue("Location"))
                .hasValue(BASE + "/plenum-bulk-p" + after + ".zip");

        Map<String, byte[]> files = unzip(get(BASE + "/plenum-bulk-p" + after + ".zip", Map.of()).body());
        List<CSVRecord> november = parse("facts/chambers.csv", files.get("facts/chambers.csv")).stream()
                .filter(r -> r.get("entity_code").equals("US-LC01") && r.get("field").equals("current_women_number")
                        && r.get("valid_from").equals("2025-11-01")).toList();
        assertThat(november).hasSize(2);
        CSVRecord superseded = november.stream().filter(r -> r.get("value").equals("125")).findFirst().orElseThrow();
        CSVRecord current = november.stream().filter(r -> r.get("value").equals("126")).findFirst().orElseThrow();
        assertThat(superseded.get("superseded_at")).isNotEmpty();
        assertThat(current.get("superseded_at")).isEmpty();
        assertThat(Instant.parse(superseded.get("superseded_at"))).isEqualTo(Instant.parse(current.get("recorded_at")));

        HttpResponse<byte[]> gone = get(BASE + "/plenum-bulk-p999999.zip", Map.of());
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(new String(gone.body(), StandardCharsets.UTF_8)).contains("\"errors\"").contains("plenum-bulk-p" + after + ".zip");
    }

    @Test
    @Order(5)
    void theCommandLineWritesTheSameFilesIntoAFolder() throws Exception {
        Path folder = Files.createTempDirectory("plenum-bulk-cli");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = exportCommand.run(List.of("bulk"), List.of("--out=" + folder), new ByteArrayOutputStream(),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        long publication = registry.current().publication();
        Path zip = folder.resolve("plenum-bulk-p" + publication + ".zip");
        assertThat(zip).exists();
        assertThat(folder.resolve("plenum-bulk-p" + publication + ".jsonl.gz")).exists();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("sha256 " + sha256(Files.readAllBytes(zip)));
        // The same publication gives the same bytes, built by the server or by the command, now or later.
        JsonNode served = awaitBuild(publication);
        assertThat(sha256(Files.readAllBytes(zip))).isEqualTo(served.at("/attributes/files/0/sha256").asString());
        assertThat(sha256(Files.readAllBytes(folder.resolve("plenum-bulk-p" + publication + ".jsonl.gz"))))
                .isEqualTo(served.at("/attributes/files/1/sha256").asString());
        Map<String, byte[]> files = unzip(Files.readAllBytes(zip));
        assertThat(rows(parse("manifest.csv", files.get("manifest.csv")), "facts/chambers.csv"))
                .isEqualTo(jdbc.queryForObject("select count(*) from fact where entity_type = 'chamber'", Long.class));
        assertThat(ExportCommandLine.check(List.of("bulk"), List.of())).hasValueSatisfying(m -> assertThat(m).contains("--out=DIR"));
        assertThat(ExportCommandLine.check(List.of("bulk"), List.of("--out=x", "--format=csv")))
                .hasValueSatisfying(m -> assertThat(m).contains("bulk takes no --format"));
        assertThat(ExportCommandLine.checkTarget(List.of("bulk"), List.of("--out=" + folder.resolve("missing"))))
                .hasValueSatisfying(m -> assertThat(m).contains("not a folder that exists"));
    }

    private JsonNode awaitBuild(long publication) throws Exception {
        long deadline = System.nanoTime() + 240_000_000_000L;
        while (System.nanoTime() < deadline) {
            HttpResponse<byte[]> list = get(BASE, Map.of());
            assertThat(list.statusCode()).isEqualTo(200);
            for (JsonNode build : json.readTree(list.body()).get("data")) {
                if (build.get("id").asString().equals("p" + publication)) {
                    return build;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no bulk download of publication " + publication + " within 4 minutes");
    }

    private HttpResponse<byte[]> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static List<CSVRecord> parse(String name, byte[] content) throws IOException {
        String text = new String(content, StandardCharsets.UTF_8);
        assertThat(text).as(name).doesNotStartWith("\uFEFF").endsWith("\r\n");
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(STRICT).get()) {
            List<CSVRecord> records = parser.getRecords();
            int width = parser.getHeaderNames().size();
            assertThat(records).as(name).allSatisfy(r -> assertThat(r.size()).as(name + " line " + r.getRecordNumber()).isEqualTo(width));
            return records;
        }
    }

    private static long rows(List<CSVRecord> manifest, String file) {
        return manifest.stream().filter(r -> r.get("file").equals(file)).mapToLong(r -> Long.parseLong(r.get("rows")))
                .findFirst().orElseThrow(() -> new AssertionError(file + " is not in the manifest"));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
