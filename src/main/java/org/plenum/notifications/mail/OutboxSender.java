package org.plenum.notifications.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox's pending e-mail through SMTP when one is configured ({@code spring.mail.host}), each message by
 * one node only (a lease taken in one update), retrying a failure with exponential back-off and giving up after
 * {@code plenum.mail.max-attempts} (decision 0048). Without an SMTP server it sends nothing: the messages stay in the
 * outbox for the admins to see.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final JdbcTemplate jdbc;
    private final ObjectProvider<JavaMailSender> smtp;
    private final String from;
    private final int maxAttempts;
    private final Duration backoff;

    OutboxSender(JdbcTemplate jdbc, ObjectProvider<JavaMailSender> smtp, @Value("${plenum.mail.from}") String from,
               @Value("${plenum.mail.max-attempts}") int maxAttempts, @Value("${plenum.mail.backoff}") Duration backoff) {
        this.jdbc = jdbc;
        this.smtp = smtp;
        this.from = from;
        this.maxAttempts = maxAttempts;
        this.backoff = backoff;
    }

    /** Whether an SMTP server is configured. */
    boolean configured() {
        return smtp.getIfAvailable() != null;
    }

    @Scheduled(fixedDelayString = "${plenum.mail.poll-interval}", initialDelayString = "${plenum.mail.poll-interval}")
    void poll() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            log.warn("Could not send the e-mail outbox: {}", e.getMessage());
        }
    }

    /** Sends the messages due now; returns how many were sent. */
    int sendDue() {
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        Instant now = now();
        List<Long> due = jdbc.queryForList("select id from mail_outbox where status = 'pending' and next_attempt_at <= ?"
                + " and (claimed_until is null or claimed_until < ?) order by id fetch first 50 rows only", Long.class,
                Timestamp.from(now), Timestamp.from(now));
        int sent = 0;
        for (long id : due) {
            if (claim(id) && send(sender, id)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean claim(long id) {
        Instant now = now();
        return jdbc.update("update mail_outbox set claimed_until = ? where id = ? and status = 'pending'"
                + " and (claimed_until is null or claimed_until < ?)", Timestamp.from(now.plus(LEASE)), id, Timestamp.from(now)) == 1;
    }

    private boolean send(JavaMailSender sender, long id) {
        MailOutbox.Message message = jdbc.queryForObject("select id, recipient, subject, body, reason, requested_at, status,"
                + " attempts, next_attempt_at, last_error, sent_at from mail_outbox where id = ?", MailOutbox.MESSAGE, id);
        try {
            MimeMessage mime = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(message.recipient());
            helper.setSubject(message.subject());
            helper.setText(message.body(), false);
            mime.setHeader("X-Plenum-Reason", message.reason());
            sender.send(mime);
            jdbc.update("update mail_outbox set status = 'sent', attempts = attempts + 1, sent_at = ?, last_error = null,"
                    + " claimed_until = null where id = ?", Timestamp.from(now()), id);
            return true;
        } catch (MailException | MessagingException e) {
            int attempts = message.attempts() + 1;
            String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            boolean giveUp = attempts >= maxAttempts;
            Instant next = now().plus(backoff.multipliedBy(1L << Math.min(attempts - 1, 20)));
            jdbc.update("update mail_outbox set status = ?, attempts = ?, next_attempt_at = ?, last_error = ?, claimed_until = null"
                    + " where id = ?", giveUp ? "failed" : "pending", attempts, Timestamp.from(next),
                    error.length() > 2000 ? error.substring(0, 2000) : error, id);
            log.warn("E-mail {} to {} not sent (attempt {}{}): {}", id, message.recipient(), attempts,
                    giveUp ? ", given up" : "", error);
            return false;
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
