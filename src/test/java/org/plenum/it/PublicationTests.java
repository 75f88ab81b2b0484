package org.plenum.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenum.exchange.ImportService;
import org.plenum.exchange.InputFile;
import org.plenum.stats.PublishCommandLine;
import org.plenum.stats.publication.PublishedReport;
import org.plenum.stats.publication.ReportPublications;
import org.plenum.stats.publication.ReportPublications.Outcome;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Monthly publications on the bundled real data: freezing, revisions after a correction with their changes, every
 * revision served, two nodes publishing at once, the command and the errors. Nested in the statistics' integration
 * tests on H2 and PostgreSQL, so it shares their application and database; each test publishes months of its own.
 */
abstract class PublicationTests {

    private static final String API = "/api/v1/publications";

    @LocalServerPort
    int port;
    @Autowired
    ReportPublications publications;
    @Autowired
    ImportService imports;
    @Autowired
    PublishCommandLine command;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void november2025IsFrozenOnceAndRepublishingWithoutChangeWritesNothing() {
        YearMonth november = YearMonth.of(2025, 11);
        ReportPublications.Result first = publications.publish(PublishedReport.WOMEN_RANKING, november, "test");
        ReportPublications.Result again = publications.publish(PublishedReport.WOMEN_RANKING, november, "test");

        assertThat(again.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(again.publication().revision()).isEqualTo(first.publication().revision());
        JsonNode document = api.get(API + "/women-ranking/2025-11").json();
        assertThat(document.get("data")).hasSize(193);
        assertThat(document.at("/data/0/id").asString()).isEqualTo("RW");
        assertThat(document.at("/data/0/attributes/women_percent").asString()).isEqualTo("63.8");
        assertThat(document.at("/meta/data_publication").asLong()).isPositive();
        assertThat(document.at("/meta/digest").asString()).hasSize(64);

        JsonNode list = api.get(API).json().get("data");
        List<String> ids = new ArrayList<>();
        list.forEach(resource -> ids.add(resource.get("id").asString()));
        assertThat(ids).contains("women-ranking/2025-11");
        // The server published the current month when it started (catch-up of the monthly schedule).
        assertThat(ids).contains("women-ranking/" + YearMonth.now(java.time.ZoneOffset.UTC),
                "women-averages/" + YearMonth.now(java.time.ZoneOffset.UTC));
    }

    /**
     * A correction of June 2019 (Rwanda's lower chamber: 80 members, 50 women instead of the 49 of IPU's last
     * historical figures) imported through {@code ipu-ranking}: the published June 2019 ranking gets a revision
     * whose changes name Rwanda, from what to what; the first revision stays as it was.
     */
    @Test
    void aCorrectionAddsARevisionWithItsChangesAndKeepsTheFirst(@TempDir Path dir) throws IOException {
        YearMonth june2019 = YearMonth.of(2019, 6);
        ReportPublications.Result first = publications.publish(PublishedReport.WOMEN_RANKING, june2019, "test");
        assertThat(first.outcome()).isEqualTo(Outcome.PUBLISHED);
        JsonNode rwandaBefore = rwanda(api.get(API + "/women-ranking/2019-06").json());
        assertThat(rwandaBefore.at("/lower_chamber/women").asInt()).isNotEqualTo(50);

        imports.importFiles("ipu-ranking", List.of(InputFile.of(correction(dir))));

        JsonNode latest = api.get(API + "/women-ranking/2019-06").json();
        assertThat(latest.at("/meta/revision").asInt()).isEqualTo(2);
        assertThat(latest.at("/meta/latest_revision").asInt()).isEqualTo(2);
        assertThat(latest.at("/meta/published_by").asString()).startsWith("correction: data publication ");
        assertThat(latest.at("/links/previous_revision").asString()).endsWith("?revision=1");
        assertThat(rwanda(latest).at("/lower_chamber/women").asInt()).isEqualTo(50);
        assertThat(rwanda(latest).at("/women_percent").asString()).isEqualTo("62.5");
        JsonNode women = change(latest.at("/meta/changes"), "RW", "lower_chamber/women");
        assertThat(women.get("label").asString()).isEqualTo("Rwanda");
        assertThat(women.get("from").asInt()).isEqualTo(rwandaBefore.at("/lower_chamber/women").asInt());
        assertThat(women.get("to").asInt()).isEqualTo(50);
        assertThat(change(latest.at("/meta/changes"), "RW", "women_percent").get("to").asString()).isEqualTo("62.5");

        JsonNode revision1 = api.get(API + "/women-ranking/2019-06?revision=1").json();
        assertThat(revision1.at("/meta/revision").asInt()).isEqualTo(1);
        assertThat(revision1.at("/meta/changes")).isEmpty();
        assertThat(rwanda(revision1)).isEqualTo(rwandaBefore);

        assertThat(publications.publish(PublishedReport.WOMEN_RANKING, june2019, "test").outcome()).isEqualTo(Outcome.UNCHANGED);
    }

    private static Path correction(Path dir) throws IOException {
        String file;
        try (InputStream in = PublicationTests.class.getResourceAsStream(StatsIntegrationTest.RANKING)) {
            file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int table = file.indexOf("\"1\",\"Rwanda\"");
        String rwanda = "\"1\",\"Rwanda\",\"09.2018\",\"80\",\"50\",\"62.5\",\"09.2011\",\"26\",\"10\",\"38.5\"\n";
        Path path = dir.resolve("women-ranking-2019-06.csv");
        Files.writeString(path, file.substring(0, table).replace("November 2025", "June 2019") + rwanda);
        return path;
    }

    private static JsonNode rwanda(JsonNode document) {
        for (JsonNode row : document.get("data")) {
            if (row.get("id").asString().equals("RW")) {
                return row.get("attributes");
            }
        }
        throw new AssertionError("Rwanda is not in the ranking");
    }

    private static JsonNode change(JsonNode changes, String id, String field) {
        for (JsonNode change : changes) {
            if (change.get("id").asString().equals(id) && change.get("field").asString().equals(field)) {
                return change;
            }
        }
        throw new AssertionError("no change of " + field + " of " + id + " in " + changes);
    }

    @Test
    void twoNodesPublishingTheSameMonthAtOnceMakeOnePublication() throws Exception {
        YearMonth month = YearMonth.of(2010, 3);
        CountDownLatch start = new CountDownLatch(1);
        Callable<Outcome> node = () -> {
            start.await();
            return publications.publish(PublishedReport.WOMEN_AVERAGES, month, "node").outcome();
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Outcome> a = pool.submit(node);
            Future<Outcome> b = pool.submit(node);
            start.countDown();
            assertThat(List.of(a.get(), b.get())).containsOnlyOnce(Outcome.PUBLISHED)
                    .allMatch(o -> o == Outcome.PUBLISHED || o == Outcome.PUBLISHED_ELSEWHERE || o == Outcome.UNCHANGED);
        } finally {
            pool.shutdown();
        }
        assertThat(publications.revisions(PublishedReport.WOMEN_AVERAGES, month)).hasSize(1);
        JsonNode world = api.get(API + "/women-averages/2010-03").json().at("/data/0");
        assertThat(world.get("id").asString()).isEqualTo("world.lower");
    }

    @Test
    void aMonthWithoutDataCannotBePublished() {
        assertThatThrownBy(() -> publications.publish(PublishedReport.WOMEN_RANKING, YearMonth.of(1900, 1), "test"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1900-01").hasMessageContaining("1945-01");
    }

    @Test
    void theCommandPublishesThenSaysUnchangedAndNamesBadOptions() {
        Run published = run(List.of("women-averages"), List.of("--year=2012", "--month=5", "--PLENUM_DATA_DIR=/ignored"));
        assertThat(published.status()).isEqualTo(0);
        assertThat(published.out()).startsWith("women-averages/2012-05: published as number ").contains("revision 1");
        Run again = run(List.of(), List.of("--year=2012", "--month=5"));
        assertThat(again.status()).isEqualTo(0);
        assertThat(again.out()).contains("women-averages/2012-05: unchanged since revision 1", "women-ranking/2012-05: published");

        assertThat(run(List.of(), List.of("--year=2012", "--month=13")).err()).contains("--month must be 1 to 12");
        assertThat(run(List.of(), List.of("--year=2012", "--month=13")).status()).isEqualTo(2);
        assertThat(run(List.of(), List.of("--year=2012")).err()).contains("--month is missing");
        assertThat(run(List.of("women-rankings"), List.of()).status()).isEqualTo(2);
        assertThat(run(List.of(), List.of("--colour=red")).err()).contains("unknown option --colour");
        Run noData = run(List.of("women-ranking"), List.of("--year=1900", "--month=1"));
        assertThat(noData.status()).isEqualTo(1);
        assertThat(noData.err()).contains("There is no women-ranking for 1900-01");
    }

    private record Run(int status, String out, String err) {
    }

    private Run run(List<String> args, List<String> options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = command.run(args, options, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void badRequestsAreRefusedNamingWhatIsWrong() {
        publications.publish(PublishedReport.WOMEN_RANKING, YearMonth.of(2015, 1), "test");
        assertError(API + "/women-rankings/2015-01", 404, "unknown_report", "report");
        assertError(API + "/women-ranking/2015-1", 400, "invalid_month", "month");
        assertError(API + "/women-ranking/2015-13", 400, "invalid_month", "month");
        assertError(API + "/women-ranking/1950-01", 404, "not_published", "month");
        assertError(API + "/women-ranking/2015-01?revision=first", 400, "invalid_revision", "revision");
        assertError(API + "/women-ranking/2015-01?revision=9", 404, "unknown_revision", "revision");
        assertError(API + "/women-ranking/2015-01?colour=red", 400, "unknown_parameter", "colour");
        assertError(API + "?page=2", 400, "unknown_parameter", "page");
        assertThat(api.get(API + "/women-ranking/2015-01").header("Cache-Control")).isEqualTo("no-cache");
    }

    @Test
    void twoMonthsCompareAsTheFiguresThatChangedPerCountry() {
        // The two bundled IPU rankings: 1 March 2023 and 1 November 2025 (real data).
        publications.publish(PublishedReport.WOMEN_RANKING, YearMonth.of(2023, 3), "test");
        publications.publish(PublishedReport.WOMEN_RANKING, YearMonth.of(2025, 11), "test");
        JsonNode diff = api.get(API + "/women-ranking/compare?from=2023-03&from_revision=1&to=2025-11&to_revision=1").json();
        assertThat(diff.at("/meta/from/month").asString()).isEqualTo("2023-03");
        assertThat(diff.at("/meta/to/month").asString()).isEqualTo("2025-11");
        List<String> texts = new ArrayList<>();
        diff.get("data").forEach(change -> texts.add(change.get("text").asString()));
        assertThat(texts).hasSize(diff.at("/meta/total").asInt()).hasSizeGreaterThan(100);
        // The US House of Representatives: 124 women in March 2023, 125 in November 2025 (IPU's files, rows 80 and 95).
        List<JsonNode> us = new ArrayList<>();
        diff.get("data").forEach(change -> {
            if (change.get("id").asString().equals("US")) {
                us.add(change);
            }
        });
        assertThat(us).anySatisfy(change -> {
            assertThat(change.get("field").asString()).isEqualTo("lower_chamber/women");
            assertThat(change.get("from").asInt()).isEqualTo(124);
            assertThat(change.get("to").asInt()).isEqualTo(125);
        });
        // A month compared with itself changed nothing.
        assertThat(api.get(API + "/women-ranking/compare?from=2025-11&from_revision=1&to=2025-11&to_revision=1").json()
                .at("/meta/total").asInt()).isZero();
        assertError(API + "/women-ranking/compare?from=2025-11", 400, "missing_parameter", "to");
        assertError(API + "/women-ranking/compare?from=2025-11&to=1950-01", 404, "not_published", "to");
        assertError(API + "/women-ranking/compare?from=2025-11&from_revision=99&to=2025-11", 404, "not_published", "from_revision");
        assertError(API + "/women-ranking/compare?from=2025-13&to=2025-11", 400, "invalid_month", "from");
    }

    private void assertError(String path, int status, String code, String parameter) {
        ApiClient.Response response = api.get(path);
        assertThat(response.status()).as(path).isEqualTo(status);
        JsonNode error = response.json().at("/errors/0");
        assertThat(error.get("code").asString()).as(path).isEqualTo(code);
        assertThat(error.at("/source/parameter").asString()).as(path).isEqualTo(parameter);
    }
}
