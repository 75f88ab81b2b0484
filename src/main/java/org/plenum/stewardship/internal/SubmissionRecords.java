package org.plenum.stewardship.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.plenum.registry.EntityRef;
import org.plenum.registry.EntityType;
import org.plenum.stewardship.ItemDecision;
import org.plenum.stewardship.ItemDraft;
import org.plenum.stewardship.SourceReference;
import org.plenum.stewardship.Submission;
import org.plenum.stewardship.SubmissionItem;
import org.plenum.stewardship.SubmissionState;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Submissions and their items in the tables of V40 (plain JDBC, portable SQL). */
@Repository
public class SubmissionRecords {

    private static final String COLUMNS = "id, chamber_code, submitter_id, submitter, submitter_name, state, version,"
            + " created_at, updated_at, submitted_at, reviewed_at, reviewer, review_comment, publication";

    private final JdbcTemplate jdbc;

    SubmissionRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new submission (version 1) with no items yet; returns its number. */
    public long insert(String chamber, long submitterId, String submitter, String submitterName, SubmissionState state,
                       Instant now, Optional<String> idempotencyKey, Optional<String> requestDigest) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var ps = connection.prepareStatement("insert into submission (chamber_code, submitter_id, submitter,"
                    + " submitter_name, state, version, created_at, updated_at, submitted_at, review_comment,"
                    + " idempotency_key, request_digest) values (?, ?, ?, ?, ?, 1, ?, ?, ?, '', ?, ?)", new String[] {"id"});
            ps.setString(1, chamber);
            ps.setLong(2, submitterId);
            ps.setString(3, submitter);
            ps.setString(4, submitterName);
            ps.setString(5, state.name());
            ps.setTimestamp(6, Timestamp.from(now));
            ps.setTimestamp(7, Timestamp.from(now));
            ps.setTimestamp(8, state == SubmissionState.SUBMITTED ? Timestamp.from(now) : null);
            ps.setString(9, idempotencyKey.orElse(null));
            ps.setString(10, requestDigest.orElse(null));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    /** The correspondent's change of state (saved again, submitted): version + 1. */
    public void updateState(long id, SubmissionState state, Instant now) {
        jdbc.update("update submission set state = ?, version = version + 1, updated_at = ?,"
                + " submitted_at = case when ? = 'SUBMITTED' then ? else submitted_at end where id = ?",
                state.name(), Timestamp.from(now), state.name(), Timestamp.from(now), id);
    }

    /** The editor's decision or return: version + 1. */
    public void review(long id, SubmissionState state, String reviewer, String comment, OptionalLong publication,
                       Instant now) {
        jdbc.update("update submission set state = ?, version = version + 1, updated_at = ?, reviewed_at = ?,"
                        + " reviewer = ?, review_comment = ?, publication = ? where id = ?",
                state.name(), Timestamp.from(now), Timestamp.from(now), reviewer, comment,
                publication.isPresent() ? publication.getAsLong() : null, id);
    }

    /** Replaces the items of an editable submission (the stated values only: facts are never touched here). */
    public void replaceItems(long id, List<SubmissionItem> items) {
        jdbc.update("delete from submission_item where submission_id = ?", id);
        jdbc.batchUpdate("insert into submission_item (submission_id, position, entity_type, entity_code, parent_type,"
                + " parent_code, field, valid_from, value_text, source_title, source_url, source_gazette, note,"
                + " base_fact_id, base_value, decision, decision_note) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                items, 200, (ps, item) -> {
                    ItemDraft d = item.draft();
                    ps.setLong(1, id);
                    ps.setInt(2, item.position());
                    ps.setString(3, d.entity().type().id());
                    ps.setString(4, d.entity().code());
                    ps.setString(5, d.parent().map(p -> p.type().id()).orElse(null));
                    ps.setString(6, d.parent().map(EntityRef::code).orElse(null));
                    ps.setString(7, d.field());
                    ps.setDate(8, d.validFrom().map(Date::valueOf).orElse(null));
                    ps.setString(9, d.value());
                    ps.setString(10, d.source().title());
                    ps.setString(11, d.source().url());
                    ps.setString(12, d.source().gazette());
                    ps.setString(13, d.note());
                    if (item.baseFact().isPresent()) {
                        ps.setLong(14, item.baseFact().getAsLong());
                    } else {
                        ps.setNull(14, java.sql.Types.BIGINT);
                    }
                    ps.setString(15, item.baseValue().orElse(null));
                    ps.setString(16, item.decision().name());
                    ps.setString(17, item.decisionNote());
                });
    }

    /** The editor's decision on one item. */
    public void decide(long id, int position, ItemDecision decision, String note) {
        jdbc.update("update submission_item set decision = ?, decision_note = ? where submission_id = ? and position = ?",
                decision.name(), note, id, position);
    }

    public Optional<Submission> find(long id) {
        List<Submission> found = query("where id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The submission an account made with an idempotency key, and the digest of the request it came with. */
    public Optional<Map.Entry<Long, String>> byIdempotencyKey(long submitterId, String key) {
        List<Map.Entry<Long, String>> found = jdbc.query("select id, request_digest from submission where submitter_id = ?"
                + " and idempotency_key = ?", (rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)), submitterId, key);
        return found.stream().findFirst();
    }

    public List<Submission> bySubmitter(long submitterId) {
        return query("where submitter_id = ? order by id desc", submitterId);
    }

    public List<Submission> byStates(Collection<SubmissionState> states) {
        if (states.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", states.stream().map(s -> "?").toList());
        return query("where state in (" + marks + ") order by id", states.stream().map(Enum::name).toArray());
    }

    public List<Submission> byChamber(String chamber) {
        return query("where chamber_code = ? order by id desc", chamber);
    }

    /** The latest approval of each chamber: chamber code → when it was reviewed. */
    public Map<String, Instant> lastApprovals() {
        Map<String, Instant> last = new LinkedHashMap<>();
        jdbc.query("select chamber_code, max(reviewed_at) from submission where state in ('APPROVED', 'PARTLY_APPROVED')"
                + " group by chamber_code", rs -> {
            last.put(rs.getString(1), rs.getTimestamp(2).toInstant());
        });
        return last;
    }

    /**
     * The current fact in effect on {@code date} for the entity's field, as the database holds it now: the current
     * fact with the latest start on or before the date (or without a start); for {@code date} empty, the current
     * fact without a start.
     */
    public Optional<PublishedFact> factInEffect(EntityRef entity, String field, Optional<LocalDate> date) {
        List<PublishedFact> found = date.isPresent()
                ? jdbc.query("select id, value_text, missing_reason, source, recorded_at from fact where entity_type = ?"
                        + " and entity_code = ? and field = ? and superseded_at is null and (valid_from is null or valid_from <= ?)"
                        + " order by case when valid_from is null then 0 else 1 end desc, valid_from desc",
                        SubmissionRecords::fact, entity.type().id(), entity.code(), field, Date.valueOf(date.get()))
                : jdbc.query("select id, value_text, missing_reason, source, recorded_at from fact where entity_type = ?"
                        + " and entity_code = ? and field = ? and superseded_at is null and valid_from is null",
                        SubmissionRecords::fact, entity.type().id(), entity.code(), field);
        return found.stream().findFirst();
    }

    private static PublishedFact fact(ResultSet rs, int n) throws SQLException {
        String value = rs.getString(2);
        return new PublishedFact(rs.getLong(1), value != null ? value : "(" + rs.getString(3) + ")", rs.getString(4),
                rs.getTimestamp(5).toInstant());
    }

    private List<Submission> query(String where, Object... args) {
        List<Row> rows = jdbc.query("select " + COLUMNS + " from submission " + where, SubmissionRecords::row, args);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<SubmissionItem>> items = new LinkedHashMap<>();
        rows.forEach(r -> items.put(r.id(), new ArrayList<>()));
        List<Long> ids = new ArrayList<>(items.keySet());
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + 500));
            String marks = String.join(", ", part.stream().map(i -> "?").toList());
            jdbc.query("select submission_id, position, entity_type, entity_code, parent_type, parent_code, field,"
                    + " valid_from, value_text, source_title, source_url, source_gazette, note, base_fact_id, base_value,"
                    + " decision, decision_note from submission_item where submission_id in (" + marks + ")"
                    + " order by submission_id, position", rs -> {
                items.get(rs.getLong(1)).add(item(rs));
            }, part.toArray());
        }
        return rows.stream().map(r -> r.with(items.get(r.id()))).toList();
    }

    private static SubmissionItem item(ResultSet rs) throws SQLException {
        EntityRef entity = new EntityRef(type(rs.getString(3)), rs.getString(4));
        Optional<EntityRef> parent = rs.getString(5) == null ? Optional.empty()
                : Optional.of(new EntityRef(type(rs.getString(5)), rs.getString(6)));
        Optional<LocalDate> from = Optional.ofNullable(rs.getDate(8)).map(Date::toLocalDate);
        ItemDraft draft = new ItemDraft(entity, parent, rs.getString(7), from, rs.getString(9),
                new SourceReference(rs.getString(10), rs.getString(11), rs.getString(12)), rs.getString(13));
        long base = rs.getLong(14);
        OptionalLong baseFact = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(base);
        return new SubmissionItem(rs.getInt(2), draft, baseFact, Optional.ofNullable(rs.getString(15)),
                ItemDecision.valueOf(rs.getString(16)), rs.getString(17));
    }

    private static EntityType type(String id) {
        return EntityType.byId(id).orElseThrow(() -> new IllegalStateException("unknown entity type " + id));
    }

    private record Row(long id, String chamber, long submitterId, String submitter, String submitterName,
                       SubmissionState state, int version, Instant created, Instant updated, Optional<Instant> submitted,
                       Optional<Instant> reviewed, Optional<String> reviewer, String comment, OptionalLong publication) {
        Submission with(List<SubmissionItem> items) {
            return new Submission(id, chamber, submitterId, submitter, submitterName, state, version, created, updated,
                    submitted, reviewed, reviewer, comment, publication, items);
        }
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        long publication = rs.getLong(14);
        OptionalLong pub = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(publication);
        return new Row(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                SubmissionState.valueOf(rs.getString(6)), rs.getInt(7), rs.getTimestamp(8).toInstant(),
                rs.getTimestamp(9).toInstant(), instant(rs.getTimestamp(10)), instant(rs.getTimestamp(11)),
                Optional.ofNullable(rs.getString(12)), rs.getString(13), pub);
    }

    private static Optional<Instant> instant(Timestamp timestamp) {
        return Optional.ofNullable(timestamp).map(Timestamp::toInstant);
    }
}
