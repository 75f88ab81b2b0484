package org.plenum.notifications.webhooks;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.plenum.registry.EntityRef;
import org.plenum.registry.PublishedRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Webhook subscriptions (decision 0049): an address, a secret to sign with, optionally one country. A new
 * subscription receives the changes published after its creation (the change feed serves the earlier ones).
 */
@Component
public class WebhookSubscriptions {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final PublishedRegistry registry;

    WebhookSubscriptions(JdbcTemplate jdbc, PublishedRegistry registry) {
        this.jdbc = jdbc;
        this.registry = registry;
    }

    /** A subscription; the secret is never shown again after creation. */
    public record Subscription(long id, String url, Optional<String> country, boolean active, Instant createdAt,
                               String createdBy, long afterPublication) {
    }

    /** A new subscription and its secret, shown once. */
    public record Created(Subscription subscription, String secret) {
    }

    /** A subscription that cannot be made: the field and the reason. */
    public static final class InvalidSubscriptionException extends RuntimeException {
        private final String field;

        InvalidSubscriptionException(String field, String reason) {
            super(reason);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    static final RowMapper<Subscription> SUBSCRIPTION = (rs, n) -> new Subscription(rs.getLong("id"), rs.getString("url"),
            Optional.ofNullable(rs.getString("country")), rs.getBoolean("active"), rs.getTimestamp("created_at").toInstant(),
            rs.getString("created_by"), rs.getLong("after_publication"));

    private static final String COLUMNS = "id, url, country, active, created_at, created_by, after_publication";

    /**
     * Checks and adds a subscription.
     *
     * @param secret the secret to sign with, or empty to have one made (32 random bytes)
     * @throws InvalidSubscriptionException naming the field at fault
     */
    @Transactional
    public Created create(String url, Optional<String> country, Optional<String> secret, String createdBy) {
        String address = url.strip();
        try {
            URI uri = new URI(address);
            if (!("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme())) || uri.getHost() == null) {
                throw new InvalidSubscriptionException("url", "The address must be an http or https URL with a host; it is '" + address + "'.");
            }
        } catch (URISyntaxException e) {
            throw new InvalidSubscriptionException("url", "The address is not a URL: " + e.getMessage() + ".");
        }
        if (address.length() > 2000) {
            throw new InvalidSubscriptionException("url", "The address is longer than 2,000 characters.");
        }
        Optional<String> code = country.map(String::strip).filter(c -> !c.isEmpty());
        if (code.isPresent() && registry.current().get(EntityRef.country(code.get())).isEmpty()) {
            throw new InvalidSubscriptionException("country", "There is no country with the code '" + code.get() + "'.");
        }
        String key = secret.map(String::strip).filter(s -> !s.isEmpty()).orElseGet(WebhookSubscriptions::newSecret);
        if (key.length() < 16 || key.length() > 200) {
            throw new InvalidSubscriptionException("secret", "The secret must have 16 to 200 characters; it has " + key.length() + ".");
        }
        long after = registry.current().publication();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("insert into webhook_subscription (url, secret, country, active,"
                    + " created_at, created_by, after_publication) values (?, ?, ?, true, ?, ?, ?)", new String[] {"id"});
            statement.setString(1, address);
            statement.setString(2, key);
            statement.setString(3, code.orElse(null));
            statement.setTimestamp(4, Timestamp.from(now));
            statement.setString(5, createdBy);
            statement.setLong(6, after);
            return statement;
        }, keys);
        long id = keys.getKey().longValue();
        return new Created(find(id).orElseThrow(), key);
    }

    /** Stops deliveries to a subscription (its log stays); false when there is none with that number. */
    @Transactional
    public boolean deactivate(long id) {
        return jdbc.update("update webhook_subscription set active = false where id = ?", id) == 1;
    }

    public Optional<Subscription> find(long id) {
        return jdbc.query("select " + COLUMNS + " from webhook_subscription where id = ?", SUBSCRIPTION, id).stream().findFirst();
    }

    public List<Subscription> all() {
        return new ArrayList<>(jdbc.query("select " + COLUMNS + " from webhook_subscription order by id", SUBSCRIPTION));
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
