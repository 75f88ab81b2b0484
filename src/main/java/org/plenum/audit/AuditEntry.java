package org.plenum.audit;

import java.util.Objects;

/**
 * One write to remember: who did what to which thing, from where and why (decision 0036). The time is the log's.
 *
 * @param actor   who: an account's username, {@code anonymous} (e.g. a failed login), or {@code system} (a command
 *                run from the command line names the operating-system user: {@code cli:<user>})
 * @param action  what, as a dotted verb, e.g. {@code login.failed}, {@code submission.approved}, {@code account.invited}
 * @param subject which thing, e.g. {@code submission:42}, {@code account:7}, {@code chamber:ES-LC01}
 * @param origin  from where: the client's address for a request, {@code cli} for the command line
 * @param detail  why, or what else matters (the editor's comment, the fields changed); may be empty, never null
 */
public record AuditEntry(String actor, String action, String subject, String origin, String detail) {

    public AuditEntry {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(detail, "detail");
    }
}
