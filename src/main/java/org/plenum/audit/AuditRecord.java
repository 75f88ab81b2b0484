package org.plenum.audit;

import java.time.Instant;
import java.util.Objects;

/** An entry of the audit log as stored: its number, when it was recorded, and the entry itself. */
public record AuditRecord(long id, Instant recordedAt, AuditEntry entry) {

    public AuditRecord {
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(entry, "entry");
    }
}
