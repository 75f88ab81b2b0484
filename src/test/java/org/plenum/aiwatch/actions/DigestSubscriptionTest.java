package org.plenum.aiwatch.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.plenum.accounts.TestAccounts;
import org.plenum.aiwatch.ActionSource;
import org.plenum.aiwatch.ActionStatus;
import org.plenum.aiwatch.ActionType;
import org.plenum.aiwatch.PartialDate;
import org.plenum.aiwatch.PolicyAction;
import org.plenum.web.WebsiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The digest by e-mail (decision 0066): a reader subscribes without an account, confirms from the mail's link, gets
 * the digest of a month that is over once (also when two nodes ask at the same time), and unsubscribes in one click.
 * The action of the past month is synthetic (written here with a date in that month) and labelled so.
 */
class DigestSubscriptionTest extends WebsiteTest {

    private static final Pattern CONFIRM = Pattern.compile("http\\S+/ai/digest/confirm/([0-9a-f]+)");
    private static final Pattern UNSUBSCRIBE = Pattern.compile("http\\S+/ai/digest/unsubscribe/([0-9a-f]+)");

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ActionStore store;
    @Autowired
    DigestSubscriptions subscriptions;

    @Test
    void subscribeConfirmReceiveTheMonthOnceAndUnsubscribe() throws Exception {
        String email = "reader-" + System.nanoTime() + "@example.org";
        TestAccounts.SignedInSession anonymous = TestAccounts.anonymousSession(context);
        HttpResponse<String> bad = post("/ai/digest/subscribe", anonymous, "email=not-an-address&language=fr");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("Write an e-mail address");
        HttpResponse<String> sent = post("/ai/digest/subscribe", anonymous, "email=" + email + "&language=fr");
        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(sent.body()).contains("Check your mailbox");

        String confirmation = mailBody(email, "ai-digest-confirmation");
        assertThat(confirmation).contains("Pour confirmer", "Désabonnement");
        Matcher link = CONFIRM.matcher(confirmation);
        assertThat(link.find()).isTrue();
        String token = link.group(1);
        assertThat(get("/ai/digest/confirm/" + token).body()).contains("will receive the monthly digest");
        assertThat(get("/ai/digest/confirm/not-a-token").statusCode()).isEqualTo(404);

        // the reader confirmed before last month ended; an action (synthetic) was added last month
        YearMonth last = YearMonth.now(ZoneOffset.UTC).minusMonths(1);
        Instant inLastMonth = last.atDay(15).atStartOfDay().toInstant(ZoneOffset.UTC);
        jdbc.update("update ai_digest_subscriber set confirmed_at = ? where email = ?",
                Timestamp.from(inLastMonth.minusSeconds(86_400)), email);
        String title = addedIn(inLastMonth);

        List<String> first = subscriptions.send(last);
        assertThat(first).contains(email);
        assertThat(subscriptions.send(last)).doesNotContain(email);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient = ? and reason = 'ai-digest'",
                Integer.class, email)).isEqualTo(1);
        String digest = mailBody(email, "ai-digest");
        assertThat(digest).contains(title, "France", "ajoutée", "/ai/digest/" + last);
        Matcher unsubscribe = UNSUBSCRIBE.matcher(digest);
        assertThat(unsubscribe.find()).isTrue();
        assertThat(get("/ai/digest/unsubscribe/" + unsubscribe.group(1)).body()).contains("will receive no more digests");
        assertThat(subscriptions.find("email", email).orElseThrow().unsubscribedAt()).isPresent();
    }

    /** Nobody fills someone's mailbox by sending the form again and again: one confirmation per address in 10 minutes. */
    @Test
    void sendingTheFormAgainMailsTheAddressOnce() throws Exception {
        String email = "again-" + System.nanoTime() + "@example.org";
        TestAccounts.SignedInSession anonymous = TestAccounts.anonymousSession(context);
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> sent = post("/ai/digest/subscribe", anonymous, "email=" + email + "&language=en");
            assertThat(sent.statusCode()).isEqualTo(200);
            assertThat(sent.body()).contains("Check your mailbox");
        }
        assertThat(confirmations(email)).isEqualTo(1);

        // ten minutes later, the address may be mailed again
        jdbc.update("update ai_digest_subscriber set subscribed_at = ? where email = ?",
                Timestamp.from(Instant.now().minus(DigestSubscriptions.RESEND_AFTER).minusSeconds(1)), email);
        subscriptions.subscribe(email, "en");
        assertThat(confirmations(email)).isEqualTo(2);
    }

    private int confirmations(String email) {
        return jdbc.queryForObject("select count(*) from mail_outbox where recipient = ? and reason = 'ai-digest-confirmation'",
                Integer.class, email);
    }

    @Test
    void twoNodesAskingForTheSameMonthMailEachSubscriberOnce() throws Exception {
        String email = "twice-" + System.nanoTime() + "@example.org";
        subscriptions.subscribe(email, "en");
        YearMonth last = YearMonth.now(ZoneOffset.UTC).minusMonths(1);
        Instant inLastMonth = last.atDay(20).atStartOfDay().toInstant(ZoneOffset.UTC);
        jdbc.update("update ai_digest_subscriber set confirmed_at = ? where email = ?",
                Timestamp.from(inLastMonth.minusSeconds(86_400)), email);
        addedIn(inLastMonth);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit((Callable<List<String>>) () -> subscriptions.send(last)));
            }
            int mailed = 0;
            for (Future<List<String>> run : runs) {
                mailed += (int) run.get().stream().filter(email::equals).count();
            }
            assertThat(mailed).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient = ? and reason = 'ai-digest'",
                Integer.class, email)).isEqualTo(1);
    }

    /** Adds a synthetic report of France recorded at {@code at}; returns its English title. */
    private String addedIn(Instant at) {
        String title = "Synthetic test report on AI " + System.nanoTime();
        transactions.executeWithoutResult(status -> {
            store.lock("test");
            PolicyAction action = new PolicyAction(store.nextId("FR"), "FR", List.of(), ActionType.REPORT, title, title,
                    "en", Optional.empty(), Optional.of(PartialDate.parse("2026")), Optional.empty(),
                    ActionStatus.COMPLETED, "", "Synthetic action written by DigestSubscriptionTest.",
                    List.of(new ActionSource("https://example.org/synthetic", "Synthetic test data", "never")),
                    List.of(), false, null, null);
            store.add(new ActionRecord(action, "Synthetic test data", "", "synthetic: DigestSubscriptionTest", "", 0),
                    "test", at);
        });
        return title;
    }

    private String mailBody(String email, String reason) {
        return jdbc.queryForObject("select body from mail_outbox where recipient = ? and reason = ? order by id desc "
                + "fetch first 1 rows only", String.class, email, reason);
    }

    private HttpResponse<String> post(String path, TestAccounts.SignedInSession session, String form)
            throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Cookie", session.cookie()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&" + session.csrfField())).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
