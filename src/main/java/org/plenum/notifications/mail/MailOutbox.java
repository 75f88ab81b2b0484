package org.plenum.notifications.mail;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.plenum.notifications.MailRequested;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The e-mail outbox (decision 0048): each {@link MailRequested} becomes a row, written in the publisher's transaction
 * (a plain event listener runs in it), so an e-mail is asked for if and only if the write that asked for it commits.
 * The {@link OutboxSender} sends the pending rows when an SMTP server is configured; otherwise they are kept and shown
 * to admins at {@code /admin/outbox}.
 */
@Component
public class MailOutbox {

    private final JdbcTemplate jdbc;

    MailOutbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void onMailRequested(MailRequested mail) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        jdbc.update("insert into mail_outbox (recipient, subject, body, reason, requested_at, status, attempts, next_attempt_at)"
                        + " values (?, ?, ?, ?, ?, 'pending', 0, ?)",
                cut(mail.to(), 320), cut(mail.subject(), 1000), mail.body(), cut(mail.reason(), 100), Timestamp.from(now),
                Timestamp.from(now));
    }

    /** One message of the outbox, as admins see it. */
    public record Message(long id, String recipient, String subject, String body, String reason, Instant requestedAt,
                          String status, int attempts, Instant nextAttemptAt, Optional<String> lastError,
                          Optional<Instant> sentAt) {
    }

    static final RowMapper<Message> MESSAGE = (rs, n) -> new Message(rs.getLong("id"), rs.getString("recipient"),
            rs.getString("subject"), rs.getString("body"), rs.getString("reason"), rs.getTimestamp("requested_at").toInstant(),
            rs.getString("status"), rs.getInt("attempts"), rs.getTimestamp("next_attempt_at").toInstant(),
            Optional.ofNullable(rs.getString("last_error")),
            Optional.ofNullable(rs.getTimestamp("sent_at")).map(Timestamp::toInstant));

    private static final String COLUMNS = "id, recipient, subject, body, reason, requested_at, status, attempts,"
            + " next_attempt_at, last_error, sent_at";

    /** The newest messages first, at most {@code limit}. */
    public List<Message> newest(int limit) {
        return jdbc.query("select " + COLUMNS + " from mail_outbox order by id desc fetch first " + limit + " rows only", MESSAGE);
    }

    /** The newest messages of a status first, at most {@code limit}. */
    public List<Message> newest(String status, int limit) {
        return jdbc.query("select " + COLUMNS + " from mail_outbox where status = ? order by id desc fetch first " + limit
                + " rows only", MESSAGE, status);
    }

    /** One message. */
    public Optional<Message> message(long id) {
        return jdbc.query("select " + COLUMNS + " from mail_outbox where id = ?", MESSAGE, id).stream().findFirst();
    }

    /** How many messages are in each status. */
    public long count(String status) {
        Long n = jdbc.queryForObject("select count(*) from mail_outbox where status = ?", Long.class, status);
        return n == null ? 0 : n;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
