package org.plenum.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.plenum.Plenum;
import org.plenum.exchange.ImportCommandLine;
import org.plenum.exchange.ImportReport;
import org.plenum.exchange.ParlineImport;
import org.plenum.exchange.parline.HarvestOptions;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The harvester's round trip: this test's server (the bundled dataset, on H2) is the source; a second Plenum, started
 * here on an empty database without the bundled dataset, harvests it with {@code import parline}, and then both
 * answer the same client requests the same: records, collections, filters, nested collections and {@code as_of} on
 * series. What may differ is only where each value was read ({@code source}: a file row in the first, the URL in the
 * second) and the publication numbers in {@code meta}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParlineRoundTripTest {

    @LocalServerPort
    int port;

    private ConfigurableApplicationContext mirror;
    private Path mirrorData;
    private ImportReport first;
    private int secondStatus;
    private String secondOutput;
    private List<String> firstSummary;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry properties) throws IOException {
        Path dataDir = Files.createTempDirectory("plenum-it-parline-source");
        properties.add("PLENUM_DATA_DIR", dataDir::toString);
    }

    @BeforeAll
    void harvestIntoAnEmptyPlenum() throws IOException {
        mirrorData = Files.createTempDirectory("plenum-it-parline-mirror");
        // As options, like the command line's: they outrank application.yml (which sets the port).
        mirror = new SpringApplicationBuilder(Plenum.class).run("--PLENUM_DATA_DIR=" + mirrorData,
                "--PLENUM_LOAD_BUNDLED_DATASET=false", "--PLENUM_PUBLICATIONS=false", "--server.port=0");
        ParlineImport harvest = mirror.getBean(ParlineImport.class);
        URI source = URI.create("http://localhost:" + port + "/api/v1");
        ParlineImport.Result result = harvest.run(source, HarvestOptions.defaults());
        first = result.report();
        firstSummary = result.summary();
        System.out.println(result.render());
        // The second time through the command line, as an operator keeping a mirror current runs it.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        secondStatus = mirror.getBean(ImportCommandLine.class).run(List.of("parline", source.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        secondOutput = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    @AfterAll
    void stopMirror() {
        if (mirror != null) {
            mirror.close();
        }
    }

    @Test
    void theHarvestReadsEveryCollectionAndWritesIt() {
        assertThat(first.rowsRead()).isGreaterThan(5000);
        assertThat(first.entitiesAdded()).isEqualTo(first.rowsRead());
        assertThat(first.added()).isGreaterThan(20_000);
        assertThat(first.rejected()).isEmpty();
        assertThat(firstSummary).anyMatch(line -> line.startsWith("chambers?history=all: ") && line.contains(" records in 1 page"));
        assertThat(firstSummary).contains("the source offers history=all: every record, and every field with its valid time, read in one pass");
        assertThat(firstSummary).noneMatch(line -> line.contains("one by one"));
        // one question, nine pages of collections, eight reports, three metadata lists
        assertThat(firstSummary).anyMatch(line -> line.startsWith("21 requests (0 retried) in "));
        assertThat(mirrorData.resolve("harvest")).isEmptyDirectory();
    }

    @Test
    void eachHarvestedValueNamesTheUrlItWasReadFrom() {
        ApiClient copy = new ApiClient(Integer.parseInt(mirror.getEnvironment().getProperty("local.server.port")));
        JsonNode attributes = copy.get("/api/v1/chambers/RW-LC01?as_of=2025-11-15&fields=current_members_number,"
                + "current_women_number").json().at("/data/attributes");
        assertThat(attributes.at("/current_members_number/0/value").asInt()).isEqualTo(80);
        assertThat(attributes.at("/current_women_number/0/value").asInt()).isEqualTo(51);
        assertThat(attributes.at("/current_women_number/0/source").asString())
                .startsWith("http://localhost:" + port + "/api/v1/chambers?history=all&page%5Bnumber%5D=1&page%5Bsize%5D=5000#/data/")
                .contains("/attributes/current_women_number/");
    }

    @Test
    void harvestingAgainChangesNothing() {
        assertThat(secondStatus).as(secondOutput).isZero();
        assertThat(secondOutput).startsWith("Harvested http://localhost:" + port + "/api/v1/\n")
                .contains("  entities added:  0\n", "  facts added:     0\n", "  facts changed:   0\n",
                        "  facts unchanged: " + first.added() + "\n", "  nothing new: no publication\n");
    }

    @Test
    void theCommandLineRefusesWhatIsNotAUrl() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = mirror.getBean(ImportCommandLine.class).run(List.of("parline", "api.data.ipu.org/v1"),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("'api.data.ipu.org/v1' is not an http(s) URL");
    }

    @Test
    void theMirrorAnswersClientRequestsAsTheSource() {
        ApiClient source = new ApiClient(port);
        ApiClient copy = new ApiClient(Integer.parseInt(mirror.getEnvironment().getProperty("local.server.port")));
        for (String request : List.of(
                "/api/v1/chambers/ES-LC01",
                "/api/v1/chambers/RW-LC01",
                "/api/v1/chambers/FR-UC02",
                "/api/v1/countries/FR",
                "/api/v1/parliaments/ES",
                "/api/v1/countries/FR/chambers",
                "/api/v1/chambers?page[size]=5000",
                "/api/v1/countries?page[size]=5000",
                "/api/v1/parliaments?page[size]=5000",
                "/api/v1/elections?page[size]=5000",
                "/api/v1/election_results?page[size]=100&page[number]=3",
                "/api/v1/political_parties?page[size]=500",
                "/api/v1/people?page[size]=500",
                "/api/v1/chambers?filter=struct_parl_status.term:eq:lower_chamber&fields=current_women_percent,country_code&page[size]=1000",
                "/api/v1/chambers/RW-LC01?as_of=2025-11-15&fields=current_members_number,current_women_number,current_women_percent",
                "/api/v1/chambers/AL-LC01?as_of=1971-01-01&fields=current_members_number,current_women_number,current_women_percent",
                "/api/v1/chambers?as_of=1995-01-01&fields=current_members_number,current_women_number,current_women_percent&page[size]=5000",
                "/api/v1/chambers?as_of=1960-01-01&fields=struct_parl_status&page[size]=5000",
                "/api/v1/countries?as_of=1990-01-01&page[size]=5000",
                "/api/v1/countries/SUHH",
                "/api/v1/chambers?page%5Bnumber%5D=2&page%5Bsize%5D=50",
                "/api/v1/reports/elections",
                "/api/v1/reports/women-ranking?year=2025&month=11")) {
            ApiClient.Response expected = source.get(request);
            ApiClient.Response actual = copy.get(request);
            assertThat(actual.status()).as(request).isEqualTo(expected.status()).isEqualTo(200);
            assertThat(comparable(actual.json())).as(request).isEqualTo(comparable(expected.json()));
        }
    }

    /**
     * {@code history=all} (decision 0027): every record, and every field, Parline's single values included, as a series
     * with its valid time; what the harvester reads in one pass. Without it, Parline's shapes and lists.
     */
    @Test
    void theSourceGivesEveryRecordAndEveryFieldWithItsDatesWhenAskedHistoryAll() {
        ApiClient source = new ApiClient(port);
        JsonNode parline = source.get("/api/v1/chambers/CU-LC01?fields=struct_parl_status").json();
        assertThat(parline.at("/data/attributes/struct_parl_status").isObject()).isTrue();
        JsonNode history = source.get("/api/v1/chambers/CU-LC01?fields=struct_parl_status&history=all").json();
        JsonNode series = history.at("/data/attributes/struct_parl_status");
        assertThat(series.isArray()).as(history.toString()).isTrue();
        assertThat(series.get(series.size() - 1).at("/value/term").asString())
                .isEqualTo(parline.at("/data/attributes/struct_parl_status/value/term").asString());
        assertThat(series).anyMatch(step -> step.hasNonNull("date_from"));
        assertThat(history.at("/meta/history").asString()).isEqualTo("all");
        JsonNode sovietUnion = source.get("/api/v1/countries?filter=id:eq:SUHH&fields=is_former_country,country_name&history=all").json();
        JsonNode former = sovietUnion.at("/data/0/attributes/is_former_country");
        assertThat(former.isArray()).isTrue();
        assertThat(former).anyMatch(step -> step.get("value").asBoolean() && step.hasNonNull("date_from"));
        assertThat(sovietUnion.at("/data/0/attributes/country_name").isArray()).isTrue();
        assertThat(source.get("/api/v1/countries?history=all&page[size]=1").json().at("/meta/total").asInt())
                .isGreaterThan(source.get("/api/v1/countries?page[size]=1").json().at("/meta/total").asInt());
        assertThat(source.get("/api/v1/countries?history=all&as_of=1990-01-01").status()).isEqualTo(400);
        assertThat(source.get("/api/v1/chambers?history=everything").status()).isEqualTo(400);
        assertThat(source.get("/api/v1/chambers?series=plenum").status()).isEqualTo(400);
    }

    /**
     * The document without what says where and when each Plenum recorded it, and with each series' consecutive steps
     * of the same value joined: the source splits a computed share where a reported one of the same value was stated
     * (a compare file's interval: decision 0018), and the mirror, which reads the same value for the same days, holds
     * it as one step. The value on every day is compared; the segmentation that only reflects provenance is not.
     */
    private static JsonNode comparable(JsonNode document) {
        JsonNode copy = document.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(List.of("source", "publication", "published_at"));
        }
        if (node instanceof ArrayNode series && series.size() > 1 && series.get(0).has("date_from")) {
            for (int i = series.size() - 1; i > 0; i--) {
                JsonNode before = series.get(i - 1);
                JsonNode step = series.get(i);
                if (sameStatement(before, step) && before.path("date_to").isString() && step.path("date_from").isString()
                        && LocalDate.parse(before.get("date_to").asString()).plusDays(1)
                                .equals(LocalDate.parse(step.get("date_from").asString()))) {
                    ((ObjectNode) before).set("date_to", step.get("date_to"));
                    series.remove(i);
                }
            }
        }
        node.values().forEach(ParlineRoundTripTest::strip);
    }

    private static boolean sameStatement(JsonNode a, JsonNode b) {
        return a.path("value").equals(b.path("value")) && a.path("missing_reason").equals(b.path("missing_reason"))
                && a.path("annotation").equals(b.path("annotation"));
    }
}
