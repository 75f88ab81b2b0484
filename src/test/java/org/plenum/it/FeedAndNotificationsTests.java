package org.plenum.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import java.util.Set;
import org.plenum.accounts.Role;
import org.plenum.accounts.TestAccounts;
import org.plenum.exchange.ImportService;
import org.plenum.exchange.InputFile;
import org.plenum.notifications.MailRequested;
import org.plenum.notifications.webhooks.WebhookDeliveries;
import org.plenum.notifications.webhooks.WebhookSignature;
import org.plenum.notifications.webhooks.WebhookSubscriptions;
import org.plenum.registry.EntityRef;
import org.plenum.registry.FactAssertion;
import org.plenum.registry.FactBatch;
import org.plenum.registry.FactStore;
import org.plenum.registry.FactValue;
import org.plenum.registry.PublishedRegistry;
import org.plenum.registry.TimedValue;
import org.plenum.registry.ValidTime;
import org.plenum.registry.changes.ChangeCursor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The change feed's corrections, the e-mail outbox through an in-process SMTP server (GreenMail) and webhook
 * deliveries to an in-process HTTP server that fails the first attempts (decisions 0047–0049), on real data: the
 * reference lists and IPU's rankings of March 2023 and November 2025 (the bundled dataset is not loaded, to keep the
 * application small). Subclasses choose the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class FeedAndNotificationsTests {

    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static {
        SMTP.start();
    }

    /** The settings of the application under test, beside its database. */
    static void settings(DynamicPropertyRegistry properties) {
        properties.add("PLENUM_LOAD_BUNDLED_DATASET", () -> "false");
        properties.add("plenum.publications.enabled", () -> "false");
        properties.add("plenum.bulk.enabled", () -> "false");
        properties.add("spring.mail.host", () -> "localhost");
        properties.add("spring.mail.port", () -> Integer.toString(SMTP.getSmtp().getPort()));
        properties.add("plenum.mail.poll-interval", () -> "200ms");
        properties.add("plenum.mail.backoff", () -> "100ms");
        properties.add("plenum.webhooks.poll-interval", () -> "200ms");
        properties.add("plenum.webhooks.backoff", () -> "400ms");
        properties.add("plenum.webhooks.max-backoff", () -> "5s");
        properties.add("plenum.webhooks.timeout", () -> "5s");
        properties.add("plenum.reminders.poll-interval", () -> "200ms");
    }

    @LocalServerPort
    int port;
    @Autowired
    ImportService imports;
    @Autowired
    FactStore store;
    @Autowired
    PublishedRegistry registry;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    WebhookSubscriptions subscriptions;
    @Autowired
    WebhookDeliveries deliveries;
    @Autowired
    org.springframework.context.ApplicationContext context;

    ApiClient api;

    @BeforeEach
    void data() throws IOException {
        api = new ApiClient(port);
        if (registry.refresh().publication() > 0) {
            return;
        }
        List<InputFile> reference = new ArrayList<>();
        for (String name : List.of("country-codes.csv", "ipu-regions.csv", "income-groups.csv", "chambers.csv")) {
            reference.add(file("/dataset/reference/" + name));
        }
        imports.importFiles("reference", reference);
        imports.importFiles("ipu-ranking", List.of(file("/dataset/ipu/women-ranking-2023-03.csv")));
        imports.importFiles("ipu-ranking", List.of(file("/dataset/ipu/women-ranking-2025-11.csv")));
    }

    private static InputFile file(String resource) throws IOException {
        try (InputStream in = FeedAndNotificationsTests.class.getResourceAsStream(resource)) {
            return new InputFile(resource.substring(resource.lastIndexOf('/') + 1), in.readAllBytes());
        }
    }

    private TimedValue womenFrom(String chamber, LocalDate from) {
        return registry.current().get(EntityRef.chamber(chamber)).orElseThrow()
                .valueAt("current_women_number", from, org.plenum.registry.EntityRecord.LATEST).orElseThrow();
    }

    private long correct(String chamber, LocalDate from, long women, String source) {
        return store.apply(new FactBatch("correction of " + chamber, List.of(), List.of(FactAssertion.of(
                EntityRef.chamber(chamber), "current_women_number", ValidTime.from(from), FactValue.of(women), source))))
                .publication().orElseThrow();
    }

    @Test
    void aCorrectionShowsTheValueItSupersededAndARevertTheCorrection() {
        LocalDate november = LocalDate.of(2025, 11, 1);
        TimedValue before = womenFrom("TV-LC01", november);
        assertThat(before.source()).isEqualTo("women-ranking-2025-11.csv row 197");
        long original = Long.parseLong(((FactValue.Present) before.value()).value());
        long publicationBefore = registry.current().publication();
        String since = new ChangeCursor(publicationBefore, Long.MAX_VALUE).token();

        correct("TV-LC01", november, original + 1, "correction by the test: a by-election");
        JsonNode corrected = api.get("/api/v1/changes?since=" + since).json();
        assertThat(corrected.get("data")).hasSize(1);
        JsonNode change = corrected.at("/data/0/attributes");
        assertThat(change.get("kind").asString()).isEqualTo("correction");
        assertThat(change.get("entity_code").asString()).isEqualTo("TV-LC01");
        assertThat(change.get("country_code").asString()).isEqualTo("TV");
        assertThat(change.get("old_value").asString()).isEqualTo(Long.toString(original));
        assertThat(change.get("old_source").asString()).isEqualTo("women-ranking-2025-11.csv row 197");
        assertThat(change.get("value").asString()).isEqualTo(Long.toString(original + 1));
        assertThat(change.get("date_from").asString()).isEqualTo("2025-11-01");
        assertThat(change.get("source").asString()).isEqualTo("correction by the test: a by-election");
        assertThat(change.get("publication").asLong()).isEqualTo(publicationBefore + 1);

        // the revert is a correction too: new → old, and the superseded facts say when they were superseded
        correct("TV-LC01", november, original, "revert by the test");
        JsonNode reverted = api.get("/api/v1/changes?since=" + corrected.at("/meta/cursor").asString()).json();
        assertThat(reverted.at("/data/0/attributes/kind").asString()).isEqualTo("correction");
        assertThat(reverted.at("/data/0/attributes/old_value").asString()).isEqualTo(Long.toString(original + 1));
        assertThat(reverted.at("/data/0/attributes/value").asString()).isEqualTo(Long.toString(original));
        JsonNode again = api.get("/api/v1/changes?since=" + since).json();
        assertThat(again.at("/data/0/attributes/superseded_at").isNull()).isFalse();
        assertThat(again.at("/data/1/attributes/superseded_at").isNull()).isTrue();
    }

    @Test
    void mailIsSentThroughSmtpWhenItsTransactionCommitsAndNotOtherwise() throws Exception {
        transactions.executeWithoutResult(tx -> events.publishEvent(new MailRequested("correspondent@parliament.example",
                "Reminder: an election in Rwanda", "Please update the chamber RW-LC01.", "election-reminder")));
        try {
            transactions.executeWithoutResult(tx -> {
                events.publishEvent(new MailRequested("nobody@parliament.example", "never sent", "rolled back", "test"));
                throw new IllegalStateException("the write fails");
            });
        } catch (IllegalStateException expected) {
            // the e-mail asked for in the failed transaction is not kept
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> Arrays.stream(SMTP.getReceivedMessages())
                .anyMatch(m -> recipient(m).equals("correspondent@parliament.example")));
        MimeMessage sent = Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> recipient(m).equals("correspondent@parliament.example")).findFirst().orElseThrow();
        assertThat(sent.getSubject()).isEqualTo("Reminder: an election in Rwanda");
        assertThat(((String) sent.getContent()).strip()).isEqualTo("Please update the chamber RW-LC01.");
        assertThat(sent.getHeader("X-Plenum-Reason")[0]).isEqualTo("election-reminder");
        await().atMost(Duration.ofSeconds(10)).until(() -> "sent".equals(jdbc.queryForObject(
                "select status from mail_outbox where recipient = 'correspondent@parliament.example'", String.class)));
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient = 'nobody@parliament.example'",
                Long.class)).isZero();
    }

    private static String reason(MimeMessage message) {
        try {
            return message.getHeader("X-Plenum-Reason")[0];
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the subscriber's server received: the publication of the payload, the answer given, the headers' check. */
    record Received(long publication, int answered, boolean signatureValid, long timestamp, long at, JsonNode body) {
    }

    @Test
    void webhooksAreSignedRetriedWithBackOffAndDeliveredInOrder() throws Exception {
        List<Received> received = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger requests = new AtomicInteger();
        String[] secret = new String[1];
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            long timestamp = Long.parseLong(exchange.getRequestHeaders().getFirst(WebhookSignature.TIMESTAMP_HEADER));
            boolean valid = WebhookSignature.sign(secret[0], timestamp, body)
                    .equals(exchange.getRequestHeaders().getFirst(WebhookSignature.SIGNATURE_HEADER));
            int status = requests.incrementAndGet() <= 2 ? 500 : 204;
            JsonNode json = JSON.readTree(body);
            received.add(new Received(json.at("/meta/publication").asLong(), status, valid, timestamp, System.nanoTime(), json));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        try {
            WebhookSubscriptions.Created created = subscriptions.create("http://127.0.0.1:" + server.getAddress().getPort()
                    + "/hook", Optional.of("NR"), Optional.empty(), "test");
            secret[0] = created.secret();
            LocalDate november = LocalDate.of(2025, 11, 1);
            long original = Long.parseLong(((FactValue.Present) womenFrom("NR-LC01", november).value()).value());
            // a change elsewhere is not for this subscriber
            long elsewhere = correct("RW-LC01", november, 52, "not for Nauru");
            long first = correct("NR-LC01", november, original + 1, "Nauru's correction");
            long second = correct("NR-LC01", november, original, "Nauru's revert");
            await().atMost(Duration.ofSeconds(40)).until(() -> deliveries.deliveries(created.subscription().id(), 10).stream()
                    .filter(d -> d.status().equals("delivered")).count() == 2);

            assertThat(received).extracting(Received::publication).containsExactly(first, first, first, second);
            assertThat(received).extracting(Received::answered).containsExactly(500, 500, 204, 204);
            assertThat(received).allMatch(Received::signatureValid);
            assertThat(received).extracting(Received::publication).doesNotContain(elsewhere);
            // back-off: 400 ms after the first failure, 800 ms after the second
            assertThat(Duration.ofNanos(received.get(1).at() - received.get(0).at())).isGreaterThanOrEqualTo(Duration.ofMillis(400));
            assertThat(Duration.ofNanos(received.get(2).at() - received.get(1).at())).isGreaterThanOrEqualTo(Duration.ofMillis(800));
            JsonNode change = received.get(2).body().at("/data/0/attributes");
            assertThat(change.get("entity_code").asString()).isEqualTo("NR-LC01");
            assertThat(change.get("kind").asString()).isEqualTo("correction");
            assertThat(change.get("old_value").asString()).isEqualTo(Long.toString(original));
            assertThat(change.get("value").asString()).isEqualTo(Long.toString(original + 1));
            assertThat(received.get(2).body().at("/meta/count").asInt()).isEqualTo(1);

            // the delivery log: the first delivery's three attempts
            List<WebhookDeliveries.Delivery> log = deliveries.deliveries(created.subscription().id(), 10);
            WebhookDeliveries.Delivery firstDelivery = log.get(log.size() - 1);
            assertThat(firstDelivery.publication()).isEqualTo(first);
            assertThat(firstDelivery.attempts()).isEqualTo(3);
            assertThat(deliveries.attempts(firstDelivery.id())).extracting(a -> a.statusCode().orElse(0))
                    .containsExactly(500, 500, 204);
            // a wrong secret does not verify
            assertThat(WebhookSignature.sign("another secret of 16+", received.get(3).timestamp(),
                    JSON.writeValueAsBytes(received.get(3).body()))).isNotEqualTo(WebhookSignature.sign(secret[0],
                    received.get(3).timestamp(), JSON.writeValueAsBytes(received.get(3).body())));
            subscriptions.deactivate(created.subscription().id());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aNewElectionRemindsTheCorrespondentsOfItsChamber() throws Exception {
        // the SMTP server is shared by the H2 and PostgreSQL runs of these tests: an address of this run only
        String reminded = "reminder-nr-" + System.nanoTime() + "@parliament.example";
        TestAccounts.account(context, reminded, Role.CORRESPONDENT, Set.of("NR"), Set.of());
        TestAccounts.account(context, "reminder-fr@parliament.example", Role.CORRESPONDENT, Set.of(), Set.of("FR-LC01"));
        LocalDate date = LocalDate.now(java.time.ZoneOffset.UTC).minusDays(10);
        String code = "NR-LC01-E" + date.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        EntityRef election = new EntityRef(org.plenum.registry.EntityType.ELECTION, code);
        store.apply(new FactBatch("election in Nauru", List.of(new org.plenum.registry.EntityDeclaration(election,
                Optional.of(EntityRef.chamber("NR-LC01")))), List.of(FactAssertion.of(election, "election_date",
                ValidTime.always(), FactValue.of(date.toString()), "the test: an election held ten days ago"))));
        await().atMost(Duration.ofSeconds(20)).until(() -> Arrays.stream(SMTP.getReceivedMessages())
                .anyMatch(m -> recipient(m).equals(reminded) && reason(m).equals("election-reminder")));
        MimeMessage reminder = Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> recipient(m).equals(reminded) && reason(m).equals("election-reminder"))
                .findFirst().orElseThrow();
        assertThat(reminder.getSubject()).isEqualTo("Plenum: new election for NR-LC01 (" + date + ")");
        assertThat((String) reminder.getContent()).contains(code).contains("/my").contains("/parliament/NR/NR-LC01");
        assertThat(reminder.getHeader("X-Plenum-Reason")[0]).isEqualTo("election-reminder");
        // the correspondent of another chamber is not reminded; nor anyone twice
        Thread.sleep(1000);
        assertThat(Arrays.stream(SMTP.getReceivedMessages()).filter(m -> recipient(m).equals(reminded)
                && reason(m).equals("election-reminder"))).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient = 'reminder-fr@parliament.example'"
                + " and reason = 'election-reminder'", Long.class)).isZero();
    }

    @Test
    void aSubscriptionIsCheckedBeforeItIsKept() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> subscriptions.create("ftp://example.org/", Optional.empty(),
                Optional.empty(), "test")).isInstanceOf(WebhookSubscriptions.InvalidSubscriptionException.class)
                .hasMessageContaining("http or https");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> subscriptions.create("https://example.org/hook", Optional.of("QQ"),
                Optional.empty(), "test")).isInstanceOf(WebhookSubscriptions.InvalidSubscriptionException.class)
                .hasMessageContaining("QQ");
    }
}
