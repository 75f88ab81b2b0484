/**
 * What Plenum sends out (decision 0036): e-mail through an outbox (SMTP when configured, shown to admins otherwise),
 * and webhooks to subscribers (signed payloads, retries with back-off, in order per subscriber, at least once).
 * Other modules ask by publishing events such as {@link org.plenum.notifications.MailRequested}.
 */
package org.plenum.notifications;
