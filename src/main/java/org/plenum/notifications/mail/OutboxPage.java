package org.plenum.notifications.mail;

import java.util.List;

/**
 * The model of {@code /admin/outbox}.
 *
 * @param smtpConfigured whether an SMTP server is configured (otherwise nothing is sent: admins hand messages over)
 * @param status         the status shown ({@code pending}, {@code sent}, {@code failed}) or empty for all
 * @param pending        how many messages wait
 * @param failed         how many were given up
 * @param messages       the newest messages of that status, newest first
 */
public record OutboxPage(boolean smtpConfigured, String status, long pending, long failed, List<MailOutbox.Message> messages) {
}
