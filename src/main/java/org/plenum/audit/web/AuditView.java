package org.plenum.audit.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.plenum.audit.AuditRecord;

/** What the page shows: the filter as given, the entries, and whether more matched than are listed. */
public record AuditView(String actor, String action, String from, String to, List<AuditRecord> entries,
                        boolean truncated, String exportUrl) {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    public String when(AuditRecord record) {
        return MOMENT.format(record.recordedAt());
    }
}
