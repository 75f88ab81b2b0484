package org.plenum.aiwatch.actions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.plenum.aiwatch.PartialDate;
import org.plenum.aiwatch.PolicyAction;
import org.plenum.aiwatch.PolicyActions;
import org.plenum.registry.WriterLock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The tracker's actions in the tables of V70 (decision 0065), and the bean of {@link PolicyActions}. Every write adds
 * a row to {@code ai_action_version} with who, when, why and what changed; a write must run in a transaction, and
 * takes the writer lock (decision 0020) before it reads what it decides on.
 */
@Component
public class ActionStore implements PolicyActions {

    /** Newest first by the action's date, undated last, then by id. */
    public static final Comparator<ActionRecord> NEWEST_FIRST = Comparator
            .comparing((ActionRecord r) -> r.action().date().orElse(null),
                    Comparator.nullsLast(Comparator.<PartialDate>reverseOrder()))
            .thenComparing(ActionRecord::id);

    private final JdbcTemplate jdbc;
    private final WriterLock writerLock;

    ActionStore(JdbcTemplate jdbc, WriterLock writerLock) {
        this.jdbc = jdbc;
        this.writerLock = writerLock;
    }

    @Override
    public Optional<PolicyAction> find(String id) {
        return record(id).map(ActionRecord::action);
    }

    @Override
    public List<PolicyAction> ofCountry(String country) {
        return all().stream().filter(r -> r.action().country().equals(country)).sorted(NEWEST_FIRST)
                .map(ActionRecord::action).toList();
    }

    /** Every action, newest first. */
    public List<ActionRecord> all() {
        return jdbc.query("select document, recorded_at, updated_at, version from ai_action", ActionStore::row)
                .stream().sorted(NEWEST_FIRST).toList();
    }

    public Optional<ActionRecord> record(String id) {
        return jdbc.query("select document, recorded_at, updated_at, version from ai_action where id = ?",
                ActionStore::row, id).stream().findFirst();
    }

    /** Every version of an action, oldest first. */
    public List<ActionVersion> versions(String id) {
        return jdbc.query("select * from ai_action_version where action_id = ? order by version", ActionStore::version, id);
    }

    /** The versions made in a month (UTC), oldest first. */
    public List<ActionVersion> versionsIn(YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        return jdbc.query("select * from ai_action_version where changed_at >= ? and changed_at < ? "
                + "order by changed_at, action_id, version", ActionStore::version, Timestamp.from(from), Timestamp.from(to));
    }

    /** The newest versions of all actions, newest first (for the feed). */
    public List<ActionVersion> latestVersions(int limit) {
        return jdbc.query("select * from ai_action_version order by changed_at desc, action_id desc, version desc "
                + "fetch first " + limit + " rows only", ActionStore::version);
    }

    /** The months in which some action was added or updated, newest first. */
    public List<YearMonth> months() {
        return jdbc.queryForList("select changed_at from ai_action_version", Timestamp.class).stream()
                .map(t -> YearMonth.from(t.toInstant().atOffset(ZoneOffset.UTC))).distinct()
                .sorted(Comparator.reverseOrder()).toList();
    }

    /** The id the next action of a country takes: the country's code in lower case and its next number. */
    String nextId(String country) {
        return id(country, maxNumber(country) + 1);
    }

    /** The highest number of a country's actions, 0 when it has none. */
    int maxNumber(String country) {
        Integer max = jdbc.queryForObject("select max(country_number) from ai_action where country = ?", Integer.class, country);
        return max == null ? 0 : max;
    }

    /** Takes the writer lock for the current transaction (before reading what a write decides on). */
    void lock(String what) {
        writerLock.acquire(what);
    }

    static String id(String country, int number) {
        return country.toLowerCase(Locale.ROOT) + "-" + String.format("%03d", number);
    }

    /**
     * Adds an action (its id from {@link #nextId}), recorded and updated {@code at}. Takes the writer lock.
     *
     * @param by     who: the account's username, or {@code plenum:bundled}
     * @param origin why, in words (also kept as the record's origin)
     */
    ActionRecord add(ActionRecord draft, String by, Instant at) {
        writerLock.acquire("adding the AI-policy action " + draft.id());
        PolicyAction a = draft.action();
        PolicyAction stamped = new PolicyAction(a.id(), a.country(), a.chambers(), a.type(), a.title(), a.titleEnglish(),
                a.language(), a.introduced(), a.adopted(), a.inForce(), a.status(), a.statusNote(), a.summary(),
                a.sources(), a.related(), a.ipu(), at, at);
        ActionRecord record = new ActionRecord(stamped, draft.publisher(), draft.chamberNames(), draft.origin(),
                draft.seedKey(), 1);
        int number = Integer.parseInt(a.id().substring(a.id().lastIndexOf('-') + 1));
        String document = ActionDocument.write(record);
        jdbc.update("insert into ai_action (id, country, country_number, action_type, status, ipu, document, version, "
                + "recorded_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)", a.id(), a.country(), number,
                a.type().code(), a.status().code(), a.ipu(), document, Timestamp.from(at), Timestamp.from(at));
        jdbc.update("insert into ai_action_version (action_id, version, changed_at, changed_by, change_kind, origin, "
                + "changes, document) values (?, 1, ?, ?, 'added', ?, '[]', ?)", a.id(), Timestamp.from(at), by,
                draft.origin(), document);
        return record;
    }

    /**
     * Replaces an action with {@code changed} (same id) if any field differs, keeping the earlier version; returns
     * the record as stored. Takes the writer lock.
     */
    ActionRecord update(ActionRecord changed, String by, String why, Instant at) {
        writerLock.acquire("updating the AI-policy action " + changed.id());
        ActionRecord before = record(changed.id()).orElseThrow(() -> new IllegalArgumentException(
                "there is no AI-policy action " + changed.id()));
        List<ActionVersion.FieldChange> changes = ActionDocument.changes(before, changed);
        if (changes.isEmpty()) {
            return before;
        }
        PolicyAction a = changed.action();
        PolicyAction stamped = new PolicyAction(a.id(), a.country(), a.chambers(), a.type(), a.title(), a.titleEnglish(),
                a.language(), a.introduced(), a.adopted(), a.inForce(), a.status(), a.statusNote(), a.summary(),
                a.sources(), a.related(), a.ipu(), before.action().recordedAt(), at);
        int version = before.version() + 1;
        ActionRecord record = new ActionRecord(stamped, changed.publisher(), changed.chamberNames(), changed.origin(),
                changed.seedKey(), version);
        String document = ActionDocument.write(record);
        jdbc.update("update ai_action set action_type = ?, status = ?, ipu = ?, document = ?, version = ?, "
                + "updated_at = ? where id = ?", a.type().code(), a.status().code(), a.ipu(), document, version,
                Timestamp.from(at), a.id());
        jdbc.update("insert into ai_action_version (action_id, version, changed_at, changed_by, change_kind, origin, "
                + "changes, document) values (?, ?, ?, ?, 'updated', ?, ?, ?)", a.id(), version, Timestamp.from(at),
                by, why, ActionDocument.writeChanges(changes), document);
        return record;
    }

    private static ActionRecord row(ResultSet rs, int n) throws SQLException {
        return ActionDocument.read(rs.getString("document"), rs.getTimestamp("recorded_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
    }

    private static ActionVersion version(ResultSet rs, int n) throws SQLException {
        Instant at = rs.getTimestamp("changed_at").toInstant();
        ActionRecord record = ActionDocument.read(rs.getString("document"), at, at, rs.getInt("version"));
        return new ActionVersion(rs.getString("action_id"), rs.getInt("version"), at, rs.getString("changed_by"),
                rs.getString("change_kind"), rs.getString("origin"), ActionDocument.readChanges(rs.getString("changes")),
                record);
    }
}
