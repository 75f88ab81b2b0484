package org.plenum.notifications;

import java.util.Objects;

/**
 * An application event asking for an e-mail to be sent (decision 0036). Any module publishes it; the notifications
 * module keeps it in its outbox, in the publisher's transaction, and sends it through SMTP when one is configured,
 * otherwise shows it to admins.
 *
 * @param to      the recipient's address
 * @param subject the subject line
 * @param body    the plain-text body, in the recipient's language
 * @param reason  why it is sent, e.g. {@code invitation}, {@code password-reset}, {@code review-result},
 *                {@code election-reminder}
 */
public record MailRequested(String to, String subject, String body, String reason) {

    public MailRequested {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(reason, "reason");
    }
}
