package org.plenum.notifications.webhooks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenum.registry.PublishedRegistry;
import org.plenum.registry.changes.Change;
import org.plenum.registry.changes.ChangeDocuments;
import org.plenum.registry.changes.ChangeFeed;
import org.plenum.registry.changes.ChangeFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhook deliveries through an outbox (decision 0049). {@link #enqueue()} puts each data publication's changes (those
 * of the subscription's country) into deliveries of at most {@code plenum.webhooks.part-size} changes, once per
 * subscription whatever the number of nodes (the subscription's row is locked while its deliveries are added).
 * {@link #deliverDue()} sends, for each subscription, only its oldest undelivered delivery, so a later batch is never
 * sent before an earlier one succeeded; a node claims it with a lease (one update), posts it signed, and records the
 * attempt; a failure (not 2xx, or no answer) is retried with exponential back-off, without end: at least once.
 */
@Component
public class WebhookDeliveries {

    private static final Logger log = LoggerFactory.getLogger(WebhookDeliveries.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ChangeFeed feed;
    private final PublishedRegistry registry;
    private final JsonMapper json;
    private final HttpClient http;
    private final Duration backoff;
    private final Duration maxBackoff;
    private final Duration timeout;
    private final int partSize;

    WebhookDeliveries(JdbcTemplate jdbc, TransactionTemplate transactions, ChangeFeed feed, PublishedRegistry registry,
                      JsonMapper json,
                      @Value("${plenum.webhooks.backoff}") Duration backoff,
                      @Value("${plenum.webhooks.max-backoff}") Duration maxBackoff,
                      @Value("${plenum.webhooks.timeout}") Duration timeout,
                      @Value("${plenum.webhooks.part-size}") int partSize) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.feed = feed;
        this.registry = registry;
        this.json = json;
        this.backoff = backoff;
        this.maxBackoff = maxBackoff;
        this.timeout = timeout;
        this.partSize = partSize;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** One delivery, as the delivery log shows it. */
    public record Delivery(long id, long subscriptionId, long publication, int part, int parts, int changeCount,
                           Instant createdAt, String status, int attempts, Instant nextAttemptAt,
                           Optional<Instant> lastAttemptAt, Optional<Integer> lastStatus, Optional<String> lastError,
                           Optional<Instant> deliveredAt) {
    }

    /** One attempt of a delivery. */
    public record Attempt(long deliveryId, Instant at, Optional<Integer> statusCode, Optional<String> error, int durationMs) {
    }

    private static final String DELIVERY_COLUMNS = "id, subscription_id, publication, part, parts, change_count, created_at,"
            + " status, attempts, next_attempt_at, last_attempt_at, last_status, last_error, delivered_at";

    private static final RowMapper<Delivery> DELIVERY = (rs, n) -> new Delivery(rs.getLong("id"), rs.getLong("subscription_id"),
            rs.getLong("publication"), rs.getInt("part"), rs.getInt("parts"), rs.getInt("change_count"),
            rs.getTimestamp("created_at").toInstant(), rs.getString("status"), rs.getInt("attempts"),
            rs.getTimestamp("next_attempt_at").toInstant(),
            Optional.ofNullable(rs.getTimestamp("last_attempt_at")).map(Timestamp::toInstant),
            Optional.ofNullable((Integer) rs.getObject("last_status", Integer.class)),
            Optional.ofNullable(rs.getString("last_error")),
            Optional.ofNullable(rs.getTimestamp("delivered_at")).map(Timestamp::toInstant));

    /** The deliveries of a subscription, newest first, at most {@code limit}. */
    public List<Delivery> deliveries(long subscriptionId, int limit) {
        return jdbc.query("select " + DELIVERY_COLUMNS + " from webhook_delivery where subscription_id = ? order by id desc"
                + " fetch first " + limit + " rows only", DELIVERY, subscriptionId);
    }

    /** The attempts of a delivery, in order. */
    public List<Attempt> attempts(long deliveryId) {
        return jdbc.query("select delivery_id, attempted_at, status_code, error, duration_ms from webhook_attempt"
                + " where delivery_id = ? order by id", (rs, n) -> new Attempt(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                Optional.ofNullable((Integer) rs.getObject(3, Integer.class)), Optional.ofNullable(rs.getString(4)), rs.getInt(5)),
                deliveryId);
    }

    /** Puts the changes published since each active subscription's last publication into deliveries; returns how many. */
    public int enqueue() {
        // The snapshot's publication (the change index is built only when a subscription is behind it).
        long current = registry.current().publication();
        List<Long> behind = jdbc.queryForList("select id from webhook_subscription where active = true and after_publication < ?",
                Long.class, current);
        int added = 0;
        for (long id : behind) {
            Integer n = transactions.execute(status -> enqueue(id, current));
            added += n == null ? 0 : n;
        }
        return added;
    }

    private int enqueue(long subscriptionId, long current) {
        // Locked until commit: another node enqueuing the same subscription waits, then sees the publication advanced.
        List<Map<String, Object>> rows = jdbc.queryForList("select country, after_publication, active from webhook_subscription"
                + " where id = ? for update", subscriptionId);
        if (rows.isEmpty() || !Boolean.TRUE.equals(rows.get(0).get("active"))) {
            return 0;
        }
        String country = (String) rows.get(0).get("country");
        long after = ((Number) rows.get(0).get("after_publication")).longValue();
        ChangeFilter filter = country == null ? ChangeFilter.ALL : ChangeFilter.country(country);
        Instant now = now();
        int added = 0;
        for (long publication = after + 1; publication <= current; publication++) {
            List<Change> changes = feed.ofPublication(publication, filter);
            int parts = (changes.size() + partSize - 1) / partSize;
            for (int part = 1; part <= parts; part++) {
                List<Change> slice = changes.subList((part - 1) * partSize, Math.min(changes.size(), part * partSize));
                jdbc.update("insert into webhook_delivery (subscription_id, publication, part, parts, change_count, payload,"
                                + " created_at, status, attempts, next_attempt_at) values (?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?)",
                        subscriptionId, publication, part, parts, slice.size(),
                        payload(subscriptionId, country, publication, part, parts, slice), Timestamp.from(now), Timestamp.from(now));
                added++;
            }
        }
        if (current > after) {
            jdbc.update("update webhook_subscription set after_publication = ? where id = ?", current, subscriptionId);
        }
        return added;
    }

    private String payload(long subscriptionId, String country, long publication, int part, int parts, List<Change> changes) {
        List<Map<String, Object>> data = new ArrayList<>(changes.size());
        for (Change change : changes) {
            data.add(ChangeDocuments.resource(change));
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("subscription", subscriptionId);
        meta.put("country", country);
        meta.put("publication", publication);
        meta.put("part", part);
        meta.put("parts", parts);
        meta.put("count", changes.size());
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("data", data);
        document.put("meta", meta);
        document.put("jsonapi", Map.of("version", "1.1"));
        return json.writeValueAsString(document);
    }

    /** Attempts, for each subscription, its oldest undelivered delivery when it is due; returns how many succeeded. */
    public int deliverDue() {
        Instant now = now();
        List<Long> due = jdbc.queryForList("select d.id from webhook_delivery d join webhook_subscription s on s.id = d.subscription_id"
                + " where s.active = true and d.status = 'pending' and d.next_attempt_at <= ?"
                + " and (d.claimed_until is null or d.claimed_until < ?)"
                + " and d.id = (select min(e.id) from webhook_delivery e where e.subscription_id = d.subscription_id and e.status = 'pending')"
                + " order by d.id", Long.class, Timestamp.from(now), Timestamp.from(now));
        int delivered = 0;
        for (long id : due) {
            if (claim(id) && attempt(id)) {
                delivered++;
            }
        }
        return delivered;
    }

    private boolean claim(long id) {
        Instant now = now();
        Duration lease = timeout.multipliedBy(3).plusSeconds(30);
        return jdbc.update("update webhook_delivery set claimed_until = ? where id = ? and status = 'pending'"
                + " and (claimed_until is null or claimed_until < ?)", Timestamp.from(now.plus(lease)), id, Timestamp.from(now)) == 1;
    }

    private boolean attempt(long id) {
        Map<String, Object> row = jdbc.queryForMap("select d.payload, d.attempts, s.url, s.secret from webhook_delivery d"
                + " join webhook_subscription s on s.id = d.subscription_id where d.id = ?", id);
        byte[] body = ((String) row.get("payload")).getBytes(StandardCharsets.UTF_8);
        int attempts = ((Number) row.get("attempts")).intValue() + 1;
        String url = (String) row.get("url");
        long timestamp = Instant.now().getEpochSecond();
        Integer status = null;
        String error = null;
        long start = System.nanoTime();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(timeout)
                    .header("Content-Type", "application/vnd.api+json")
                    .header("User-Agent", "Plenum-Webhooks")
                    .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                    .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign((String) row.get("secret"), timestamp, body))
                    .header(WebhookSignature.DELIVERY_HEADER, Long.toString(id))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            status = response.statusCode();
            if (status / 100 != 2) {
                error = "HTTP " + status;
            }
        } catch (java.io.IOException | IllegalArgumentException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        int durationMs = (int) ((System.nanoTime() - start) / 1_000_000);
        boolean ok = error == null;
        Instant now = now();
        Integer statusCode = status;
        String problem = error == null ? null : error.length() > 2000 ? error.substring(0, 2000) : error;
        transactions.executeWithoutResult(tx -> {
            jdbc.update("insert into webhook_attempt (delivery_id, attempted_at, status_code, error, duration_ms) values (?, ?, ?, ?, ?)",
                    id, Timestamp.from(now), statusCode, problem, durationMs);
            if (ok) {
                jdbc.update("update webhook_delivery set status = 'delivered', attempts = ?, last_attempt_at = ?, last_status = ?,"
                        + " last_error = null, delivered_at = ?, claimed_until = null where id = ?", attempts, Timestamp.from(now),
                        statusCode, Timestamp.from(now), id);
            } else {
                jdbc.update("update webhook_delivery set attempts = ?, last_attempt_at = ?, last_status = ?, last_error = ?,"
                        + " next_attempt_at = ?, claimed_until = null where id = ?", attempts, Timestamp.from(now), statusCode,
                        problem, Timestamp.from(now.plus(delay(attempts))), id);
            }
        });
        if (!ok) {
            log.info("Webhook delivery {} to {} failed (attempt {}): {}; next in {}", id, url, attempts, problem, delay(attempts));
        }
        return ok;
    }

    /** The wait after the n-th failed attempt: back-off, doubled at each failure, at most max-backoff. */
    Duration delay(int attempts) {
        Duration delay = backoff.multipliedBy(1L << Math.min(attempts - 1, 30));
        return delay.compareTo(maxBackoff) > 0 || delay.isNegative() ? maxBackoff : delay;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
