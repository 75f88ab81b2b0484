package org.plenum.aiwatch.actions;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.plenum.notifications.MailRequested;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monthly digest by e-mail (decision 0066): readers subscribe with an address and a language, no account; the
 * link of the confirmation mail confirms; every mail has the one-click link that unsubscribes. Once a month is over,
 * its digest is asked for ({@link MailRequested}, kept in the outbox in the same transaction) once per subscriber
 * confirmed before the month ended: the job locks the cursor row, and a row of {@code ai_digest_sent} per subscriber
 * and month says it was asked for, so a second run, or a second node, sends nothing. A month with nothing added or
 * updated sends nothing.
 */
@Component
public class DigestSubscriptions {

    private static final Logger log = LoggerFactory.getLogger(DigestSubscriptions.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The least time between two confirmation mails to one address. */
    static final Duration RESEND_AFTER = Duration.ofMinutes(10);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final MonthlyDigest digest;
    private final MessageSource messages;
    private final String publicUrl;
    private final Clock clock;

    DigestSubscriptions(JdbcTemplate jdbc, TransactionTemplate transactions, ApplicationEventPublisher events,
                        MonthlyDigest digest, MessageSource messages, @Value("${plenum.public-url}") String publicUrl) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.digest = digest;
        this.messages = messages;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.clock = Clock.systemUTC();
    }

    /** A subscriber. */
    public record Subscriber(long id, String email, String language, String token, Optional<Instant> confirmedAt,
                             Optional<Instant> unsubscribedAt) {
    }

    /** Whether an address looks like one (one @, a dot in the domain, no spaces). */
    public static boolean plausibleAddress(String email) {
        return email.length() <= 320 && email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    }

    /**
     * Subscribes an address (again) and mails it the confirmation link; an address already confirmed and subscribed
     * only gets its language changed and is told so. Nothing tells the caller whether the address was known. A
     * subscribed address asked for less than {@link #RESEND_AFTER} ago is left as it is and mailed nothing (on every
     * node: the time is in the database), so that nobody can fill someone's mailbox by sending the form again and
     * again; after the one-click unsubscribe it may be asked for at once.
     */
    public void subscribe(String email, String language) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        String lang = language.equals("fr") ? "fr" : "en";
        transactions.executeWithoutResult(status -> {
            Instant now = clock.instant();
            Optional<Subscriber> known = find("email", address);
            if (known.isPresent() && known.get().unsubscribedAt().isEmpty()
                    && lastAsked(known.get().id()).isAfter(now.minus(RESEND_AFTER))) {
                log.info("Digest subscription of a known address asked again within {}: no mail", RESEND_AFTER);
                return;
            }
            String token;
            if (known.isEmpty()) {
                token = token();
                jdbc.update("insert into ai_digest_subscriber (email, language, token, subscribed_at) values (?, ?, ?, ?)",
                        address, lang, token, Timestamp.from(now));
            } else {
                token = known.get().token();
                jdbc.update("update ai_digest_subscriber set language = ?, unsubscribed_at = null, subscribed_at = ?"
                        + " where id = ?", lang, Timestamp.from(now), known.get().id());
                if (known.get().unsubscribedAt().isPresent()) {
                    jdbc.update("update ai_digest_subscriber set confirmed_at = null where id = ?", known.get().id());
                }
            }
            Locale locale = Locale.forLanguageTag(lang);
            events.publishEvent(new MailRequested(address, t("aitracker.mail.confirm.subject", locale),
                    t("aitracker.mail.confirm.body", locale, publicUrl + "/ai/digest/confirm/" + token,
                            publicUrl + "/ai/digest/unsubscribe/" + token), "ai-digest-confirmation"));
        });
    }

    /** Confirms the subscription of a link's token; empty when the link is unknown or was unsubscribed. */
    public Optional<Subscriber> confirm(String token) {
        return transactions.execute(status -> {
            Optional<Subscriber> s = find("token", token).filter(x -> x.unsubscribedAt().isEmpty());
            s.filter(x -> x.confirmedAt().isEmpty()).ifPresent(x -> jdbc.update(
                    "update ai_digest_subscriber set confirmed_at = ? where id = ?", Timestamp.from(clock.instant()), x.id()));
            return s.flatMap(x -> find("token", token));
        });
    }

    /** Unsubscribes the link's token (at once, one click); empty when the link is unknown. */
    public Optional<Subscriber> unsubscribe(String token) {
        return transactions.execute(status -> {
            Optional<Subscriber> s = find("token", token);
            s.filter(x -> x.unsubscribedAt().isEmpty()).ifPresent(x -> jdbc.update(
                    "update ai_digest_subscriber set unsubscribed_at = ? where id = ?", Timestamp.from(clock.instant()), x.id()));
            return s.flatMap(x -> find("token", token));
        });
    }

    private Instant lastAsked(long id) {
        return jdbc.queryForObject("select subscribed_at from ai_digest_subscriber where id = ?", Timestamp.class, id)
                .toInstant();
    }

    public Optional<Subscriber> find(String column, String value) {
        return jdbc.query("select * from ai_digest_subscriber where " + (column.equals("token") ? "token" : "email")
                + " = ?", (rs, n) -> new Subscriber(rs.getLong("id"), rs.getString("email"), rs.getString("language"),
                rs.getString("token"), Optional.ofNullable(rs.getTimestamp("confirmed_at")).map(Timestamp::toInstant),
                Optional.ofNullable(rs.getTimestamp("unsubscribed_at")).map(Timestamp::toInstant)), value)
                .stream().findFirst();
    }

    @Scheduled(fixedDelayString = "${plenum.ai-digest.poll-interval:1h}", initialDelayString = "${plenum.ai-digest.poll-interval:1h}")
    void poll() {
        try {
            send(YearMonth.now(clock).minusMonths(1));
        } catch (RuntimeException e) {
            log.warn("AI-policy digest: {}", e.getMessage());
        }
    }

    /** Asks for the digest of a month that is over, once per subscriber; returns the addresses mailed now. */
    public List<String> send(YearMonth month) {
        if (!month.isBefore(YearMonth.now(clock))) {
            throw new IllegalArgumentException("the digest of " + month + " is sent once the month is over");
        }
        Instant end = month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        return transactions.execute(status -> {
            jdbc.queryForObject("select last_month from ai_digest_cursor where id = 1 for update", String.class);
            List<String> mailed = new ArrayList<>();
            Map<String, List<ActionViews.DigestCountry>> byLanguage = Map.of("en", digest.of(month, "en"),
                    "fr", digest.of(month, "fr"));
            if (byLanguage.get("en").isEmpty()) {
                return mailed;
            }
            List<Subscriber> due = jdbc.query("select * from ai_digest_subscriber s where confirmed_at is not null "
                    + "and confirmed_at < ? and unsubscribed_at is null and not exists (select 1 from ai_digest_sent d "
                    + "where d.subscriber_id = s.id and d.digest_month = ?) order by id", (rs, n) -> new Subscriber(
                    rs.getLong("id"), rs.getString("email"), rs.getString("language"), rs.getString("token"),
                    Optional.of(rs.getTimestamp("confirmed_at").toInstant()), Optional.empty()),
                    Timestamp.from(end), month.toString());
            Instant now = clock.instant();
            for (Subscriber s : due) {
                events.publishEvent(mail(s, month, byLanguage.get(s.language().equals("fr") ? "fr" : "en")));
                jdbc.update("insert into ai_digest_sent (subscriber_id, digest_month, sent_at) values (?, ?, ?)",
                        s.id(), month.toString(), Timestamp.from(now));
                mailed.add(s.email());
            }
            jdbc.update("update ai_digest_cursor set last_month = ? where id = 1", month.toString());
            if (!mailed.isEmpty()) {
                log.info("AI-policy digest of {} asked for {} subscribers", month, mailed.size());
            }
            return mailed;
        });
    }

    private MailRequested mail(Subscriber s, YearMonth month, List<ActionViews.DigestCountry> countries) {
        Locale locale = Locale.forLanguageTag(s.language());
        String monthName = java.time.format.DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(month);
        StringBuilder body = new StringBuilder(t("aitracker.mail.digest.intro", locale, monthName)).append("\n\n");
        for (ActionViews.DigestCountry c : countries) {
            body.append(c.name()).append('\n');
            for (ActionViews.DigestEntry e : c.entries()) {
                var a = e.record().action();
                body.append("- ").append(a.titleEnglish()).append(" (")
                        .append(t("aitracker.type." + a.type().code(), locale)).append(", ")
                        .append(t("aitracker.status." + a.status().code(), locale)).append(") — ")
                        .append(e.added() ? t("aitracker.digest.added", locale)
                                : t("aitracker.digest.updated", locale, String.join(", ", e.changedFields())))
                        .append("\n  ").append(publicUrl).append("/ai/actions/").append(a.id()).append('\n');
            }
            body.append('\n');
        }
        body.append(t("aitracker.mail.digest.page", locale, publicUrl + "/ai/digest/" + month)).append("\n\n")
                .append(t("aitracker.mail.unsubscribe", locale, publicUrl + "/ai/digest/unsubscribe/" + s.token()));
        return new MailRequested(s.email(), t("aitracker.mail.digest.subject", locale, monthName), body.toString(),
                "ai-digest");
    }

    private String t(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, locale);
    }

    private static String token() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
