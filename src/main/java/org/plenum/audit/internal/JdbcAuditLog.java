package org.plenum.audit.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.plenum.audit.AuditEntry;
import org.plenum.audit.AuditLog;
import org.plenum.audit.AuditQuery;
import org.plenum.audit.AuditRecord;
import org.plenum.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log in table {@code audit_entry}: one insert per entry, in the caller's transaction when there is one
 * ({@link Propagation#REQUIRED}); this class has no update and no delete (decision 0043).
 */
@Component
class JdbcAuditLog implements AuditLog, AuditTrail {

    private static final int DETAIL_LIMIT = 4000;

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcAuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.clock = Clock.systemUTC();
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditEntry entry) {
        jdbc.sql("insert into audit_entry (recorded_at, actor, action, subject, origin, detail) values (?, ?, ?, ?, ?, ?)")
                .params(Timestamp.from(Instant.now(clock).truncatedTo(ChronoUnit.MILLIS)), cut(entry.actor(), 300),
                        cut(entry.action(), 100), cut(entry.subject(), 300), cut(entry.origin(), 100),
                        cut(entry.detail(), DETAIL_LIMIT))
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditRecord> find(AuditQuery query) {
        StringBuilder sql = new StringBuilder(
                "select id, recorded_at, actor, action, subject, origin, detail from audit_entry where 1 = 1");
        List<Object> params = new ArrayList<>();
        query.actor().ifPresent(actor -> {
            sql.append(" and lower(actor) like ?");
            params.add("%" + escapeLike(actor.toLowerCase(java.util.Locale.ROOT)) + "%");
        });
        query.action().ifPresent(action -> {
            sql.append(" and action like ?");
            params.add(escapeLike(action) + "%");
        });
        query.from().ifPresent(from -> {
            sql.append(" and recorded_at >= ?");
            params.add(Timestamp.from(from.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
        });
        query.to().ifPresent(to -> {
            sql.append(" and recorded_at < ?");
            params.add(Timestamp.from(to.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
        });
        sql.append(" order by id desc");
        if (query.limit() > 0) {
            sql.append(" fetch first ").append(query.limit()).append(" rows only");
        }
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, row) -> new AuditRecord(rs.getLong("id"), rs.getTimestamp("recorded_at").toInstant(),
                        new AuditEntry(rs.getString("actor"), rs.getString("action"), rs.getString("subject"),
                                rs.getString("origin"), rs.getString("detail"))))
                .list();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String cut(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
    }
}
