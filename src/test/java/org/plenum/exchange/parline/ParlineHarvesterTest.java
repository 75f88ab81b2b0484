package org.plenum.exchange.parline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenum.exchange.RejectedRow;
import org.plenum.registry.FactAssertion;
import org.plenum.registry.internal.catalogue.JsonFieldCatalogue;

/**
 * The harvester against a Parline-compatible API on the loopback interface ({@link ParlineTestServer}) serving
 * records shaped as Parline's ({@link ParlineShapedDocuments}): paging, retries, politeness, resuming.
 */
class ParlineHarvesterTest {

    @TempDir
    Path dataDir;

    private final List<Duration> waits = new ArrayList<>();
    private final ParlineHarvester harvester = new ParlineHarvester(JsonFieldCatalogue.bundled(),
            ParlineClient.defaultHttpClient(), waits::add);
    private ParlineTestServer server;

    /** Small pages (two records) and quick retries, so that paging and backoff show. */
    private final HarvestOptions options = HarvestOptions.defaults().withPageSize(2).withRetries(3, Duration.ofMillis(100));

    @BeforeEach
    void source() throws IOException {
        server = new ParlineTestServer()
                .collection("countries", ParlineShapedDocuments.COUNTRY_XA)
                .collection("parliaments", ParlineShapedDocuments.PARLIAMENT_XA)
                .collection("chambers", ParlineShapedDocuments.CHAMBER_XA_LC01,
                        ParlineShapedDocuments.CHAMBER_XA_UC02_WRONG, ParlineShapedDocuments.CHAMBER_OF_NO_PARLIAMENT)
                .collection("elections", ParlineShapedDocuments.ELECTION_XA)
                .collection("political_parties", ParlineShapedDocuments.PARTY_XA)
                .collection("people", ParlineShapedDocuments.PERSON)
                .document("metadata/fields", ParlineShapedDocuments.FIELDS_METADATA)
                .document("reports/women-ranking", ParlineShapedDocuments.WOMEN_RANKING_REPORT);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Harvest harvest(HarvestOptions with) {
        return harvester.harvest(server.base(), with, dataDir.resolve("harvest"), ref -> false);
    }

    @Test
    void readsEveryEndpointPagingByMetaTotal() {
        Harvest harvest = harvest(options);
        assertThat(server.requests()).contains(
                "/v1/chambers?page[number]=1&page[size]=2",
                "/v1/chambers?page[number]=2&page[size]=2",
                "/v1/reports/women-ranking", "/v1/reports/speakers", "/v1/metadata/fields", "/v1/metadata/groups",
                "/v1/parliaments/XB");
        assertThat(server.requests()).doesNotContain("/v1/chambers?page[number]=3&page[size]=2");
        assertThat(harvest.parsed().rowsRead()).isEqualTo(8);
        assertThat(harvest.summary()).contains("chambers: 3 records in 2 pages", "reports/women-ranking: 1 rows (computed from the "
                + "collections: read, not imported) in 1 page");
        assertThat(harvest.notes()).contains(
                "chambers.basic_salary: in 1 records; not a field of Plenum's catalogue: not imported",
                "chambers.current_men_number: in 1 records; Plenum computes it: not imported",
                "metadata/fields: 1 fields of the source's catalogue are not in Plenum's: chamber.basic_salary",
                "reports/speakers: not served by the source (HTTP 404)",
                "election_results: not served by the source (HTTP 404)");
        assertThat(harvest.parsed().rejected()).extracting(RejectedRow::file)
                .containsOnly(server.base() + "/chambers?page%5Bnumber%5D=1&page%5Bsize%5D=2",
                        server.base() + "/chambers?page%5Bnumber%5D=2&page%5Bsize%5D=2");
        assertThat(harvest.parsed().rejected()).hasSize(4);
    }

    /**
     * A source that does not say {@code meta.history: "all"} (Parline: it ignores the parameter) is asked once and then
     * read as Parline serves it; nothing else is asked of it (decision 0027).
     */
    @Test
    void aSourceWithoutHistoryIsReadAsParlineAfterOneQuestion() {
        Harvest harvest = harvest(options);
        assertThat(server.requests().get(0)).isEqualTo("/v1/countries?history=all&page[number]=1&page[size]=1");
        assertThat(server.requests().subList(1, server.requests().size())).allSatisfy(request ->
                assertThat(request).doesNotContain("history", "as_of", "filter=", "series="));
        assertThat(harvest.summary()).contains("the source does not offer history=all (Parline): its lists and values are read"
                + " as Parline serves them");
    }

    /** A source that offers {@code history=all} is read with it, collections and parents' records alike. */
    @Test
    void aSourceThatOffersHistoryIsReadWithIt() {
        server.withHistory().withNextLinks()
                .collection("countries", ParlineShapedDocuments.COUNTRY_XA, ParlineShapedDocuments.COUNTRY_XA.replace("XA", "XC"))
                .document("parliaments/XB", "{\"data\": " + ParlineShapedDocuments.PARLIAMENT_XA.replace("XA", "XB") + "}")
                .document("countries/XB", "{\"data\": " + ParlineShapedDocuments.COUNTRY_XA.replace("XA", "XB") + "}");
        Harvest harvest = harvest(options);
        assertThat(server.requests()).containsSubsequence("/v1/countries?history=all&page[number]=1&page[size]=1",
                "/v1/countries?history=all&page[number]=1&page[size]=2", "/v1/chambers?history=all&page[number]=1&page[size]=2",
                "/v1/chambers?history=all&page[number]=2&page[size]=2", "/v1/parliaments/XB?history=all",
                "/v1/people?history=all&page[number]=1&page[size]=2");
        assertThat(server.requests()).filteredOn(r -> r.matches("/v1/[a-z_]+\\?page.*")).isEmpty();
        // the question is one page: its links.next is not followed
        assertThat(server.requests()).filteredOn(r -> r.endsWith("page[size]=1")).hasSize(1);
        assertThat(harvest.summary()).contains("the source offers history=all: every record, and every field with its valid time,"
                + " read in one pass", "chambers?history=all: 5 records in 2 pages"); // with the two parents read by their URL
        assertThat(harvest.parsed().facts()).allSatisfy(f -> assertThat(f.source()).contains("history=all"));
    }

    @Test
    void readsAParentLeftOutOfItsCollectionByItsRecordUrl() {
        server.document("parliaments/XB", "{\"data\": " + ParlineShapedDocuments.PARLIAMENT_XA.replace("XA", "XB") + "}")
                .document("countries/XB", "{\"data\": " + ParlineShapedDocuments.COUNTRY_XA.replace("XA", "XB") + "}");
        Harvest harvest = harvest(options);
        assertThat(server.requests()).containsSubsequence("/v1/chambers?page[number]=2&page[size]=2", "/v1/parliaments/XB",
                "/v1/countries/XB", "/v1/elections?page[number]=1&page[size]=2");
        assertThat(harvest.parsed().entities()).extracting(e -> e.entity().toString())
                .contains("country XB", "parliament XB", "chamber XB-LC01");
        assertThat(harvest.parsed().rejected()).hasSize(3);
        assertThat(harvest.summary()).contains("read 2 parent records one by one (absent from their collection's default list): "
                + "countries/XB, parliaments/XB");
    }

    @Test
    void followsLinksNextWhereTheSourceGivesIt() {
        server.withNextLinks();
        Harvest harvest = harvest(options.withPageSize(1));
        assertThat(server.requests()).containsSubsequence(
                "/v1/chambers?page[number]=1&page[size]=1", "/v1/chambers?page[number]=2&page[size]=1",
                "/v1/chambers?page[number]=3&page[size]=1", "/v1/elections?page[number]=1&page[size]=1");
        assertThat(harvest.summary()).contains("chambers: 3 records in 3 pages");
    }

    @Test
    void aNextLinkToAnotherServerIsNotFollowed() throws IOException {
        try (ParlineTestServer elsewhere = new ParlineTestServer()) {
            elsewhere.document("countries", "{\"data\": [" + ParlineShapedDocuments.COUNTRY_XA + "], \"links\": {\"next\": "
                    + "\"http://parline.invalid/v1/countries?page[number]=2\"}, \"meta\": {\"total\": 2}}");
            assertThatThrownBy(() -> harvester.harvest(elsewhere.base(), options, dataDir.resolve("harvest"), ref -> false))
                    .isInstanceOf(HarvestFailedException.class)
                    .hasMessageContaining("its links.next leads to another server (http://parline.invalid/v1/countries?page%5Bnumber%5D=2)");
        }
    }

    @Test
    void retriesServerErrorsWithExponentialBackoff() {
        AtomicInteger failed = new AtomicInteger();
        server.failWhen(request -> request.startsWith("/v1/chambers") && failed.getAndIncrement() < 2
                ? new ParlineTestServer.Failure(503, Map.of()) : null);
        Harvest harvest = harvest(options);
        assertThat(server.requests().stream().filter(r -> r.equals("/v1/chambers?page[number]=1&page[size]=2"))).hasSize(3);
        assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
        assertThat(harvest.summary()).last().asString().contains("(2 retried) in ");
        assertThat(harvest.parsed().rowsRead()).isEqualTo(8);
    }

    @Test
    void waitsWhatRetryAfterAsksOnTooManyRequests() {
        AtomicInteger failed = new AtomicInteger();
        server.failWhen(request -> request.startsWith("/v1/parliaments") && failed.getAndIncrement() < 1
                ? new ParlineTestServer.Failure(429, Map.of("Retry-After", "3")) : null);
        harvest(options);
        assertThat(waits).containsExactly(Duration.ofSeconds(3), Duration.ofMillis(100));
    }

    @Test
    void pausesBetweenRequestsWhenAsked() {
        harvest(options.withDelay(Duration.ofMillis(250)));
        assertThat(waits).hasSize(server.requests().size() - 1).containsOnly(Duration.ofMillis(250));
    }

    @Test
    void aSourceThatKeepsFailingStopsTheHarvestAfterTheLastRetry() {
        server.failWhen(request -> request.startsWith("/v1/chambers") ? new ParlineTestServer.Failure(500, Map.of()) : null);
        assertThatThrownBy(() -> harvest(options)).isInstanceOf(HarvestFailedException.class)
                .hasMessage("GET " + server.base() + "/chambers?page%5Bnumber%5D=1&page%5Bsize%5D=2: HTTP 500 after 4 attempts");
        assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400));
    }

    @Test
    void anInterruptedHarvestResumesWithoutAskingAgainOrReadingTwice() {
        Harvest whole = harvest(options);
        List<FactAssertion> expected = whole.parsed().facts();
        whole.written();
        assertThat(dataDir.resolve("harvest")).isEmptyDirectory();

        int before = server.requests().size();
        server.failWhen(request -> request.equals("/v1/chambers?page[number]=2&page[size]=2")
                ? new ParlineTestServer.Failure(502, Map.of()) : null);
        assertThatThrownBy(() -> harvest(options)).isInstanceOf(HarvestFailedException.class);
        List<String> firstRun = server.requests().subList(before, server.requests().size());
        assertThat(firstRun).contains("/v1/countries?page[number]=1&page[size]=2", "/v1/chambers?page[number]=1&page[size]=2")
                .doesNotContain("/v1/elections?page[number]=1&page[size]=2");

        server.failWhen(request -> null);
        int resumedFrom = server.requests().size();
        Harvest resumed = harvest(options);
        List<String> secondRun = server.requests().subList(resumedFrom, server.requests().size());
        assertThat(secondRun).startsWith("/v1/chambers?page[number]=2&page[size]=2")
                .doesNotContain("/v1/countries?page[number]=1&page[size]=2", "/v1/chambers?page[number]=1&page[size]=2");
        assertThat(resumed.summary().get(0)).startsWith("resumed the harvest started at ");
        assertThat(resumed.parsed().facts()).containsExactlyElementsOf(expected);
        assertThat(resumed.parsed().rowsRead()).isEqualTo(whole.parsed().rowsRead());
        assertThat(resumed.parsed().rejected()).hasSameSizeAs(whole.parsed().rejected());
        resumed.written();
        assertThat(dataDir.resolve("harvest")).isEmptyDirectory();
    }

    @Test
    void restartDiscardsTheKeptPages() throws IOException {
        server.failWhen(request -> request.startsWith("/v1/elections") ? new ParlineTestServer.Failure(503, Map.of()) : null);
        assertThatThrownBy(() -> harvest(options)).isInstanceOf(HarvestFailedException.class);
        try (var kept = Files.list(dataDir.resolve("harvest"))) {
            assertThat(kept).hasSize(1);
        }
        server.failWhen(request -> null);
        int from = server.requests().size();
        harvest(options.withRestart(true));
        assertThat(server.requests().subList(from, server.requests().size())).startsWith(
                "/v1/countries?history=all&page[number]=1&page[size]=1", "/v1/countries?page[number]=1&page[size]=2");
    }
}
