package org.plenum.audit;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What to read from the audit log: entries whose actor contains {@code actor} (ignoring case), whose action starts
 * with {@code action} (e.g. {@code login} for {@code login.succeeded} and {@code login.failed}), recorded from
 * {@code from} to {@code to} (whole UTC days, both included); the newest first, at most {@code limit} (0: all).
 */
public record AuditQuery(Optional<String> actor, Optional<String> action, Optional<LocalDate> from,
                         Optional<LocalDate> to, int limit) {

    public AuditQuery {
        actor = actor.map(String::strip).filter(s -> !s.isEmpty());
        action = action.map(String::strip).filter(s -> !s.isEmpty());
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
    }

    public static AuditQuery all() {
        return new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 0);
    }
}
