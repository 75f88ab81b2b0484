package org.plenum.stewardship.proposals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.plenum.stewardship.Proposal;
import org.plenum.stewardship.ProposalState;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Proposals in the table of V64 (plain JDBC, portable SQL). */
@Repository
class ProposalRecords {

    private static final String COLUMNS = "id, kind, parliament, title, payload, state, version, submitter_id, submitter,"
            + " submitter_name, submitted_at, reviewer, reviewed_at, review_comment, result";

    private final JdbcTemplate jdbc;

    ProposalRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new sent proposal (version 1); returns its number. */
    long insert(String kind, String parliament, String title, String payload, long submitterId, String submitter,
                String submitterName, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var ps = connection.prepareStatement("insert into proposal (kind, parliament, title, payload, state, version,"
                    + " submitter_id, submitter, submitter_name, created_at, submitted_at, updated_at, review_comment)"
                    + " values (?, ?, ?, ?, 'SENT', 1, ?, ?, ?, ?, ?, ?, '')", new String[] {"id"});
            ps.setString(1, kind);
            ps.setString(2, parliament);
            ps.setString(3, title);
            ps.setString(4, payload);
            ps.setLong(5, submitterId);
            ps.setString(6, submitter);
            ps.setString(7, submitterName);
            ps.setTimestamp(8, Timestamp.from(now));
            ps.setTimestamp(9, Timestamp.from(now));
            ps.setTimestamp(10, Timestamp.from(now));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    /** The submitter sends a returned proposal again: new title and payload, sent, version + 1. */
    int resend(long id, int version, String title, String payload, Instant now) {
        return jdbc.update("update proposal set title = ?, payload = ?, state = 'SENT', version = version + 1,"
                + " submitted_at = ?, updated_at = ? where id = ? and version = ?",
                title, payload, Timestamp.from(now), Timestamp.from(now), id, version);
    }

    /** The editor's decision or return: version + 1; the number of rows changed (0: the version moved meanwhile). */
    int review(long id, int version, ProposalState state, String reviewer, String comment, Optional<String> result,
               Instant now) {
        return jdbc.update("update proposal set state = ?, version = version + 1, updated_at = ?, reviewer = ?,"
                        + " reviewed_at = ?, review_comment = ?, result = ? where id = ? and version = ?",
                state.name(), Timestamp.from(now), reviewer, Timestamp.from(now), comment, result.orElse(null), id,
                version);
    }

    Optional<Proposal> find(long id) {
        return jdbc.query("select " + COLUMNS + " from proposal where id = ?", ProposalRecords::row, id).stream()
                .findFirst();
    }

    /** A submitter's proposals (of a kind, or every kind when null), newest first. */
    List<Proposal> bySubmitter(long submitterId, String kind) {
        List<Object> args = new ArrayList<>(List.of(submitterId));
        String where = "submitter_id = ?";
        if (kind != null) {
            where += " and kind = ?";
            args.add(kind);
        }
        return jdbc.query("select " + COLUMNS + " from proposal where " + where
                + " order by submitted_at desc, id desc", ProposalRecords::row, args.toArray());
    }

    /** The proposals in a state (of a kind, or every kind when null), oldest sent first. */
    List<Proposal> byState(ProposalState state, String kind) {
        List<Object> args = new ArrayList<>(List.of(state.name()));
        String where = "state = ?";
        if (kind != null) {
            where += " and kind = ?";
            args.add(kind);
        }
        return jdbc.query("select " + COLUMNS + " from proposal where " + where + " order by submitted_at, id",
                ProposalRecords::row, args.toArray());
    }

    private static Proposal row(ResultSet rs, int n) throws SQLException {
        Timestamp reviewed = rs.getTimestamp("reviewed_at");
        return new Proposal(rs.getLong("id"), rs.getString("kind"), rs.getString("parliament"), rs.getString("title"),
                rs.getString("payload"), ProposalState.valueOf(rs.getString("state")), rs.getInt("version"),
                rs.getLong("submitter_id"), rs.getString("submitter"), rs.getString("submitter_name"),
                rs.getTimestamp("submitted_at").toInstant(), Optional.ofNullable(rs.getString("reviewer")),
                Optional.ofNullable(reviewed).map(Timestamp::toInstant), rs.getString("review_comment"),
                Optional.ofNullable(rs.getString("result")));
    }
}
