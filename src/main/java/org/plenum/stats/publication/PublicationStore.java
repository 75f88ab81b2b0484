package org.plenum.stats.publication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The table {@code report_publication}: revisions are only ever inserted. */
@Repository
class PublicationStore {

    private static final String SUMMARY = "report, period, revision, number, data_publication, published_at, published_by, digest";

    private final JdbcTemplate jdbc;

    PublicationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a revision; false when that revision of that month (or that number) exists already (another node). */
    boolean insert(Publication publication) {
        try {
            jdbc.update("insert into report_publication (" + SUMMARY + ", content, changes) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    publication.report().id(), publication.month().toString(), publication.revision(), publication.number(),
                    publication.dataPublication(), Timestamp.from(publication.publishedAt()), publication.publishedBy(),
                    publication.digest(), publication.content().orElseThrow(), publication.changes().orElse(null));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** The latest revision of a report's month, with its content. */
    Optional<Publication> latest(PublishedReport report, YearMonth month) {
        return jdbc.query("select " + SUMMARY + ", content, changes from report_publication where report = ? and period = ?"
                        + " order by revision desc fetch first 1 rows only", full(), report.id(), month.toString())
                .stream().findFirst();
    }

    /** One revision of a report's month, with its content. */
    Optional<Publication> revision(PublishedReport report, YearMonth month, int revision) {
        return jdbc.query("select " + SUMMARY + ", content, changes from report_publication where report = ? and period = ?"
                + " and revision = ?", full(), report.id(), month.toString(), revision).stream().findFirst();
    }

    /** Every revision of a report's month, oldest first, without content. */
    List<Publication> revisions(PublishedReport report, YearMonth month) {
        return jdbc.query("select " + SUMMARY + " from report_publication where report = ? and period = ? order by revision",
                summary(), report.id(), month.toString());
    }

    /** The latest revision of every publication, without content: by report, then month. */
    List<Publication> latestOfEach() {
        return jdbc.query("select " + SUMMARY + " from report_publication p where revision = (select max(revision) from"
                + " report_publication q where q.report = p.report and q.period = p.period) order by report, period", summary());
    }

    /** How many revisions the table holds (of every report and month). */
    long count() {
        Long count = jdbc.queryForObject("select count(*) from report_publication", Long.class);
        return count == null ? 0 : count;
    }

    /** The number the report's next newly published month gets. */
    int nextNumber(PublishedReport report) {
        Integer max = jdbc.queryForObject("select max(number) from report_publication where report = ?", Integer.class, report.id());
        return max == null ? 1 : max + 1;
    }

    private static RowMapper<Publication> summary() {
        return (rs, row) -> read(rs, false);
    }

    private static RowMapper<Publication> full() {
        return (rs, row) -> read(rs, true);
    }

    private static Publication read(ResultSet rs, boolean withContent) throws SQLException {
        return new Publication(PublishedReport.byId(rs.getString("report")).orElseThrow(), YearMonth.parse(rs.getString("period")),
                rs.getInt("number"), rs.getInt("revision"), rs.getLong("data_publication"),
                rs.getTimestamp("published_at").toInstant(), rs.getString("published_by"), rs.getString("digest"),
                withContent ? Optional.of(rs.getString("content")) : Optional.empty(),
                withContent ? Optional.ofNullable(rs.getString("changes")) : Optional.empty());
    }
}
