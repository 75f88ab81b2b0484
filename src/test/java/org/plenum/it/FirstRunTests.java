package org.plenum.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenum.exchange.ImportFormatCatalogue;
import org.plenum.exchange.ImportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a newcomer meets on the first start, on the bundled data: CORS for pages on other sites (also on cached
 * responses), a valid OpenAPI 3.1 document, the README's publication, the import formats of {@code plenum help}, and
 * a one-off {@code plenum export} against the running server's database. Nested in {@link H2IntegrationTest}.
 */
abstract class FirstRunTests {

    private static final String ORIGIN = "https://newsroom.example.org";

    @LocalServerPort
    int port;
    @Autowired
    ImportService imports;
    @Autowired
    Environment environment;
    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private HttpResponse<String> send(String method, String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void corsOnTheApiFromSpringMvcAndFromTheCache() {
        String path = "/api/v1/chambers/ES-LC01?fields=current_women_number";
        ApiClient.Response computed = api.get(path, "Origin", ORIGIN);
        ApiClient.Response cached = api.get(path, "Origin", ORIGIN);
        for (ApiClient.Response response : List.of(computed, cached)) {
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("*");
            assertThat(response.header("Access-Control-Allow-Credentials")).isNull();
            assertThat(response.header("Access-Control-Expose-Headers")).contains("ETag");
        }
        assertThat(cached.header("ETag")).isEqualTo(computed.header("ETag"));
        ApiClient.Response gzipped = api.get(path, "Origin", ORIGIN, "Accept-Encoding", "gzip");
        assertThat(gzipped.header("Access-Control-Allow-Origin")).isEqualTo("*");
    }

    @Test
    void corsPreflightAndHead() throws Exception {
        HttpResponse<String> preflight = send("OPTIONS", "/api/v1/reports/women-ranking?year=2025&month=11",
                "Origin", ORIGIN, "Access-Control-Request-Method", "GET");
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow()).contains("GET", "HEAD");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        HttpResponse<String> head = send("HEAD", "/api/v1/countries/FR", "Origin", ORIGIN);
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        HttpResponse<String> write = send("OPTIONS", "/api/v1/countries/FR", "Origin", ORIGIN,
                "Access-Control-Request-Method", "DELETE");
        assertThat(write.statusCode()).isEqualTo(403);
    }

    @Test
    void theOpenApiDocumentIsValidOpenApi31() {
        String json = api.get("/api/v1/openapi.json").body();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, options);
        assertThat(result.getMessages()).isEmpty();
        OpenAPI document = result.getOpenAPI();
        assertThat(document.getOpenapi()).startsWith("3.1");
        assertThat(document.getInfo().getLicense().getUrl()).isEqualTo("https://www.apache.org/licenses/LICENSE-2.0");
        assertThat(document.getTags()).extracting(t -> t.getName()).doesNotHaveDuplicates();
        List<String> problems = new ArrayList<>();
        document.getPaths().forEach((path, item) -> {
            Operation get = item.getGet();
            (get.getParameters() == null ? List.<io.swagger.v3.oas.models.parameters.Parameter>of() : get.getParameters())
                    .stream().filter(p -> p.getSchema() == null)
                    .forEach(p -> problems.add(path + " " + p.getName() + ": no schema"));
            if (get.getResponses().get("200").getContent().containsKey("*/*")) {
                problems.add(path + ": 200 as */*");
            }
            for (String status : path.contains("{") ? List.of("400", "404", "406") : List.of("400", "406")) {
                if (get.getResponses().get(status) == null
                        || !get.getResponses().get(status).getContent().containsKey("application/vnd.api+json")) {
                    problems.add(path + ": no JSON:API " + status);
                }
            }
        });
        assertThat(problems).isEmpty();
        assertThat(document.getPaths().get("/api/v1/chambers").getGet().getResponses().get("200").getContent())
                .containsOnlyKeys("application/vnd.api+json");
        assertThat(document.getPaths().get("/api/v1/downloads/{report}").getGet().getResponses().get("200").getContent())
                .containsKeys("text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void theBundledRankingsMonthIsPublishedAtTheFirstStart() {
        ApiClient.Response publication = api.get("/api/v1/publications/women-ranking/2025-11");
        assertThat(publication.status()).isEqualTo(200);
        assertThat(publication.body()).contains("Rwanda");
        assertThat(api.get("/api/v1/publications/women-averages/2025-11").status()).isEqualTo(200);
    }

    @Test
    void helpListsTheFormatsTheApplicationReads() throws Exception {
        assertThat(ImportFormatCatalogue.formats()).extracting(ImportFormatCatalogue.Entry::name)
                .containsAll(imports.formats());
        for (String format : imports.formats()) {
            Class<?> reader = imports.reader(format).orElseThrow().getClass();
            org.plenum.exchange.ImportFormat declared = reader.getAnnotation(org.plenum.exchange.ImportFormat.class);
            assertThat(declared).as(reader.getName() + " has @ImportFormat").isNotNull();
            assertThat(declared.name()).isEqualTo(format);
        }
    }

    @Test
    void aOneOffExportReadsTheServersDatabase() throws Exception {
        String csv = exportRanking();
        String fromApi = api.get("/api/v1/downloads/women-ranking?year=2025&month=11&format=csv").body();
        assertThat(csv).isEqualTo(fromApi).contains("Rwanda");
    }

    /** {@code plenum export women-ranking} of November 2025 as CSV, run as a one-off command on this database. */
    private String exportRanking() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Method run = Class.forName("org.plenum.Plenum").getDeclaredMethod("run", String[].class, PrintStream.class, PrintStream.class);
        run.setAccessible(true);
        int status = (int) run.invoke(null, new String[]{"export", "women-ranking", "--year", "2025", "--month", "11",
                "--format", "csv", "--PLENUM_DATA_DIR", environment.getProperty("plenum.data-dir")},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Decision 0030: the first load records each bundled part as known from the date its source attests. */
    @Test
    void theFirstLoadIsKnownFromTheSourcesDates() {
        String march2023 = "/api/v1/reports/women-ranking?year=2023&month=3";
        // Before IPU's export of 20 April 2023 only the historical workbook (to 2018) was known: Rwanda's Senate
        // had 10 women there; the export says 9, as the ranking does now.
        JsonNode before = api.get(march2023 + "&known_at=2023-03-31").json();
        JsonNode after = api.get(march2023 + "&known_at=2023-04-20").json();
        JsonNode now = api.get(march2023).json();
        assertThat(rwanda(before).at("/upper_chamber/women").asInt()).isEqualTo(10);
        assertThat(rwanda(after).at("/upper_chamber/women").asInt()).isEqualTo(9);
        assertThat(rwanda(now).at("/upper_chamber/women").asInt()).isEqualTo(9);
        assertThat(before.at("/data").size()).isLessThan(after.at("/data").size());
        // Before the earliest bundled file nothing was known.
        ApiClient.Response earlier = api.get(march2023 + "&known_at=2022-01-10");
        assertThat(earlier.status()).isEqualTo(400);
        assertThat(earlier.json().at("/errors/0/source/parameter").asString()).isEqualTo("known_at");

        assertThat(recordedAt("women-ranking-2023-03.csv row %")).containsOnly(Instant.parse("2023-04-20T00:00:00Z"));
        assertThat(recordedAt("women-in-parliament-historical-1945-2018.xlsx%")).containsOnly(Instant.parse("2022-01-11T00:00:00Z"));
        assertThat(recordedAt("compare-upper-chambers-women-percent-2020.csv%")).allSatisfy(at ->
                assertThat(at).isAfterOrEqualTo(Instant.parse("2025-08-08T00:00:00Z")));
        // ParlGov's files attest no date: recorded when loaded, in this run
        Instant started = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        assertThat(recordedAt("elections__Election.csv%")).isNotEmpty().allSatisfy(at -> assertThat(at).isAfter(started));
        assertThat(jdbc.queryForObject("select min(recorded_at) from entity where entity_type = 'chamber'", Timestamp.class)
                .toInstant()).isEqualTo(Instant.parse("2022-01-11T00:00:00Z"));
    }

    private static JsonNode rwanda(JsonNode ranking) {
        for (JsonNode row : ranking.at("/data")) {
            if (row.at("/attributes/country_code").asString().equals("RW")) {
                return row.get("attributes");
            }
        }
        throw new AssertionError("no Rwanda in " + ranking);
    }

    private java.util.Set<Instant> recordedAt(String source) {
        return new java.util.HashSet<>(jdbc.queryForList("select distinct recorded_at from fact where source like ?",
                Timestamp.class, source).stream().map(Timestamp::toInstant).toList());
    }

    /**
     * Decision 0030: a data directory whose bundled part was loaded by an earlier reader (simulated here: the part's
     * key as an earlier version kept it, without the reader's version, and one fact as that reader would have read
     * it) gets the part applied again by the next start, a one-off command's included: the fact the current reader
     * makes supersedes the earlier one, recorded now; the other parts are not read again.
     */
    @Test
    void aPartLoadedByAnEarlierReaderIsAppliedAgainAsACorrection() throws Exception {
        String part = "ipu-ranking:ipu/women-ranking-2023-03.csv";
        Map<String, Object> fact = jdbc.queryForMap("select id, entity_code, field, valid_from, value_text from fact"
                + " where source like 'women-ranking-2023-03.csv row %' and field = 'current_women_number'"
                + " and superseded_at is null order by entity_code fetch first 1 rows only");
        long id = ((Number) fact.get("id")).longValue();
        String value = (String) fact.get("value_text");
        String key = jdbc.queryForObject("select sha256 from dataset_load where name = ?", String.class, part);
        jdbc.update("update dataset_load set sha256 = ? where name = ?", "0".repeat(64), part);
        jdbc.update("update fact set value_text = ? where id = ?", String.valueOf(Integer.parseInt(value) + 1), id);
        long publications = jdbc.queryForObject("select max(seq) from publication", Long.class);
        Instant before = Instant.now();

        exportRanking();

        assertThat(jdbc.queryForObject("select sha256 from dataset_load where name = ?", String.class, part)).isEqualTo(key);
        assertThat(jdbc.queryForObject("select max(seq) from publication", Long.class)).isEqualTo(publications + 1);
        assertThat(jdbc.queryForObject("select superseded_at from fact where id = ?", Timestamp.class, id).toInstant())
                .isAfterOrEqualTo(before.truncatedTo(ChronoUnit.MILLIS));
        assertThat(jdbc.queryForObject("select superseded_in from fact where id = ?", Long.class, id)).isEqualTo(publications + 1);
        String where = " from fact where entity_code = ? and field = ? and valid_from = ? and superseded_at is null";
        Object[] key_ = {fact.get("entity_code"), fact.get("field"), fact.get("valid_from")};
        assertThat(jdbc.queryForObject("select value_text" + where, String.class, key_)).isEqualTo(value);
        assertThat(jdbc.queryForObject("select recorded_at" + where, Timestamp.class, key_).toInstant())
                .isAfterOrEqualTo(before.truncatedTo(ChronoUnit.MILLIS));
    }
}
