package org.plenum.assessment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.plenum.assessment.Answers;
import org.plenum.assessment.Respondent;
import org.plenum.assessment.Response;
import org.plenum.assessment.ResponseState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The responses in table {@code assessment_response} (V60): plain JDBC, portable SQL. */
@Repository
public class ResponseRecords {

    private static final String COLUMNS = "id, questionnaire, edition, respondent_key, chamber_code, country_code, label,"
            + " organisation, region, income_group, synthetic, state, answers, version, source, submitter, updated_at,"
            + " submitted_at, reviewed_at, reviewer, review_comment";

    private final JdbcClient jdbc;

    ResponseRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StoredResponse> find(String questionnaire, String edition, String respondentKey) {
        return query("where questionnaire = ? and edition = ? and respondent_key = ?", questionnaire, edition,
                respondentKey).stream().findFirst();
    }

    public Optional<StoredResponse> find(long id) {
        return query("where id = ?", id).stream().findFirst();
    }

    /** The responses to an edition in the given states, by respondent key. */
    public List<StoredResponse> list(String questionnaire, String edition, Collection<ResponseState> states) {
        if (states.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(List.of(questionnaire, edition));
        states.forEach(s -> params.add(s.name()));
        return query("where questionnaire = ? and edition = ? and state in (" + marks(states.size())
                + ") order by respondent_key", params.toArray());
    }

    /** The responses of every edition in the given states, oldest change first (the review queue). */
    public List<StoredResponse> inStates(Collection<ResponseState> states) {
        if (states.isEmpty()) {
            return List.of();
        }
        return query("where state in (" + marks(states.size()) + ") order by updated_at, id",
                states.stream().map(Enum::name).toArray());
    }

    /** Each edition's number of responses in the given states: "questionnaire/edition" → count. */
    public java.util.Map<String, Long> counts(Collection<ResponseState> states) {
        java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
        if (states.isEmpty()) {
            return counts;
        }
        jdbc.sql("select questionnaire, edition, count(*) from assessment_response where state in ("
                        + marks(states.size()) + ") group by questionnaire, edition")
                .params(states.stream().map(Enum::name).toList())
                .query(rs -> {
                    counts.put(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3));
                });
        return counts;
    }

    /** A new response, version 1; returns its number. */
    public long insert(String questionnaire, String edition, Respondent respondent, ResponseState state, Answers answers,
                       String source, Optional<String> submitter, Instant now) {
        jdbc.sql("insert into assessment_response (questionnaire, edition, respondent_key, chamber_code, country_code,"
                        + " label, organisation, region, income_group, synthetic, state, answers, version, source, submitter,"
                        + " created_at, updated_at, submitted_at, review_comment)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, '')")
                .params(questionnaire, edition, respondent.key(), respondent.chamber().orElse(null),
                        respondent.country().orElse(null), JdbcQuestionnaires.cut(respondent.label(), 500),
                        JdbcQuestionnaires.cut(respondent.organisation(), 500), respondent.region().orElse(null),
                        respondent.incomeGroup().orElse(null), respondent.synthetic(), state.name(),
                        EditionDocument.writeAnswers(answers.values()), JdbcQuestionnaires.cut(source, 500),
                        submitter.orElse(null), Timestamp.from(now), Timestamp.from(now),
                        state == ResponseState.SUBMITTED ? Timestamp.from(now) : null)
                .update();
        return find(questionnaire, edition, respondent.key()).orElseThrow().response().id();
    }

    /**
     * The correspondent's save or submit of a response still at {@code expectedVersion}: answers, state, version + 1.
     *
     * @return false when the response has changed since (nothing written)
     */
    public boolean save(long id, int expectedVersion, ResponseState state, Answers answers, String source,
                        String submitter, Instant now) {
        return jdbc.sql("update assessment_response set state = ?, answers = ?, source = ?, submitter = ?,"
                        + " version = version + 1, updated_at = ?,"
                        + " submitted_at = case when ? = 'SUBMITTED' then ? else submitted_at end"
                        + " where id = ? and version = ?")
                .params(state.name(), EditionDocument.writeAnswers(answers.values()), JdbcQuestionnaires.cut(source, 500),
                        submitter, Timestamp.from(now), state.name(), Timestamp.from(now), id, expectedVersion)
                .update() == 1;
    }

    /** The editor's acceptance or return of a response still at {@code expectedVersion}; false when it has changed. */
    public boolean review(long id, int expectedVersion, ResponseState state, String reviewer, String comment,
                          Instant now) {
        return jdbc.sql("update assessment_response set state = ?, version = version + 1, updated_at = ?,"
                        + " reviewed_at = ?, reviewer = ?, review_comment = ? where id = ? and version = ?")
                .params(state.name(), Timestamp.from(now), Timestamp.from(now), reviewer,
                        JdbcQuestionnaires.cut(comment, 4000), id, expectedVersion)
                .update() == 1;
    }

    /** An import's replacement of a response's respondent and answers, stored accepted (version + 1). */
    public void replaceImported(long id, Respondent respondent, Answers answers, String source, Instant now) {
        jdbc.sql("update assessment_response set chamber_code = ?, country_code = ?, label = ?, organisation = ?,"
                        + " region = ?, income_group = ?, synthetic = ?, state = 'ACCEPTED', answers = ?, source = ?,"
                        + " version = version + 1, updated_at = ? where id = ?")
                .params(respondent.chamber().orElse(null), respondent.country().orElse(null),
                        JdbcQuestionnaires.cut(respondent.label(), 500),
                        JdbcQuestionnaires.cut(respondent.organisation(), 500), respondent.region().orElse(null),
                        respondent.incomeGroup().orElse(null), respondent.synthetic(),
                        EditionDocument.writeAnswers(answers.values()), JdbcQuestionnaires.cut(source, 500),
                        Timestamp.from(now), id)
                .update();
    }

    public int deleteSynthetic(String questionnaire, String edition) {
        return jdbc.sql("delete from assessment_response where questionnaire = ? and edition = ? and synthetic = ?")
                .params(questionnaire, edition, true).update();
    }

    private List<StoredResponse> query(String where, Object... params) {
        return jdbc.sql("select " + COLUMNS + " from assessment_response " + where).params(params)
                .query((rs, n) -> row(rs)).list();
    }

    private static StoredResponse row(ResultSet rs) throws SQLException {
        String where = "assessment_response " + rs.getLong("id");
        Respondent respondent = new Respondent(rs.getString("respondent_key"),
                Optional.ofNullable(rs.getString("chamber_code")), Optional.ofNullable(rs.getString("country_code")),
                rs.getString("label"), rs.getString("organisation"), Optional.ofNullable(rs.getString("region")),
                Optional.ofNullable(rs.getString("income_group")), rs.getBoolean("synthetic"));
        Response response = new Response(rs.getLong("id"), rs.getString("questionnaire"), rs.getString("edition"),
                respondent, ResponseState.valueOf(rs.getString("state")),
                new Answers(EditionDocument.readAnswers(rs.getString("answers"), where)), rs.getInt("version"),
                rs.getString("source"), rs.getTimestamp("updated_at").toInstant());
        return new StoredResponse(response, Optional.ofNullable(rs.getString("submitter")),
                instant(rs.getTimestamp("submitted_at")), Optional.ofNullable(rs.getString("reviewer")),
                instant(rs.getTimestamp("reviewed_at")), rs.getString("review_comment"));
    }

    private static Optional<Instant> instant(Timestamp timestamp) {
        return Optional.ofNullable(timestamp).map(Timestamp::toInstant);
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
