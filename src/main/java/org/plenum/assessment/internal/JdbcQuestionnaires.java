package org.plenum.assessment.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.plenum.assessment.AnswerProblem;
import org.plenum.assessment.Answers;
import org.plenum.assessment.AssessmentException;
import org.plenum.assessment.Edition;
import org.plenum.assessment.Question;
import org.plenum.assessment.Questionnaires;
import org.plenum.audit.AuditEntry;
import org.plenum.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editions in table {@code questionnaire_edition} (V60): key columns and the content as one JSON document
 * ({@link EditionDocument}). Parsed documents are kept by digest, so a page reads an edition without parsing it again.
 */
@Component
class JdbcQuestionnaires implements Questionnaires {

    private static final int CONTENT_LIMIT = 1_000_000;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Edition> parsed = new ConcurrentHashMap<>();

    JdbcQuestionnaires(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Edition> editions() {
        List<Edition> all = new ArrayList<>(jdbc.sql("select questionnaire, edition, content, content_digest"
                + " from questionnaire_edition").query((rs, n) -> edition(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4))).list());
        all.sort(Comparator.comparing(Edition::questionnaire).thenComparing(Edition::edition, Comparator.reverseOrder()));
        return all;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Edition> edition(String questionnaire, String edition) {
        return jdbc.sql("select questionnaire, edition, content, content_digest from questionnaire_edition"
                        + " where questionnaire = ? and edition = ?").params(questionnaire, edition)
                .query((rs, n) -> edition(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Edition> latest(String questionnaire) {
        return editions().stream().filter(e -> e.questionnaire().equals(questionnaire)).findFirst();
    }

    private Edition edition(String questionnaire, String edition, String content, String digest) {
        return parsed.computeIfAbsent(digest, d -> EditionDocument.read(content,
                "questionnaire_edition " + questionnaire + "/" + edition));
    }

    @Override
    @Transactional
    public boolean save(Edition edition, String actor) {
        List<String> problems = AnswerChecks.problemsOf(edition);
        if (!problems.isEmpty()) {
            throw new AssessmentException(problems.size() == 1 ? problems.get(0) : "Questionnaire "
                    + edition.questionnaire() + " edition " + edition.edition() + " cannot be saved: "
                    + problems.size() + " problems, the first: " + problems.get(0), problems);
        }
        String content = EditionDocument.write(edition);
        if (content.length() > CONTENT_LIMIT) {
            throw new AssessmentException("Questionnaire " + edition.questionnaire() + " edition " + edition.edition()
                    + " is too large to store: " + content.length() + " characters of JSON (at most " + CONTENT_LIMIT + ")");
        }
        String digest = sha256(content);
        Optional<String> stored = jdbc.sql("select content_digest from questionnaire_edition where questionnaire = ?"
                + " and edition = ?").params(edition.questionnaire(), edition.edition()).query(String.class).optional();
        if (stored.isPresent() && stored.get().equals(digest)) {
            return false;
        }
        Timestamp now = Timestamp.from(Instant.now(clock).truncatedTo(ChronoUnit.MILLIS));
        String title = edition.title().in(edition.languages().isEmpty() ? "en" : edition.languages().get(0));
        if (stored.isPresent()) {
            refuseRemovedQuestions(edition);
            jdbc.sql("update questionnaire_edition set title = ?, public_responses = ?, content = ?, content_digest = ?,"
                            + " updated_at = ? where questionnaire = ? and edition = ?")
                    .params(cut(title, 1000), edition.publicResponses(), content, digest, now, edition.questionnaire(),
                            edition.edition()).update();
        } else {
            jdbc.sql("insert into questionnaire_edition (questionnaire, edition, title, public_responses, content,"
                            + " content_digest, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(edition.questionnaire(), edition.edition(), cut(title, 1000), edition.publicResponses(),
                            content, digest, now, now).update();
        }
        audit.record(new AuditEntry(actor, stored.isPresent() ? "questionnaire.changed" : "questionnaire.added",
                "questionnaire:" + edition.questionnaire() + "/" + edition.edition(), origin(actor),
                edition.questions().count() + " questions in " + edition.sections().size() + " sections"));
        return true;
    }

    /** An edition with responses keeps every question it had, with its type. */
    private void refuseRemovedQuestions(Edition edition) {
        long responses = jdbc.sql("select count(*) from assessment_response where questionnaire = ? and edition = ?")
                .params(edition.questionnaire(), edition.edition()).query(Long.class).single();
        if (responses == 0) {
            return;
        }
        Edition before = edition(edition.questionnaire(), edition.edition()).orElseThrow();
        Map<String, Question> now = edition.questions().collect(Collectors.toMap(Question::name, Function.identity()));
        List<String> problems = new ArrayList<>();
        before.questions().forEach(q -> {
            Question after = now.get(q.name());
            if (after == null) {
                problems.add("Questionnaire " + edition.questionnaire() + " edition " + edition.edition() + " has "
                        + responses + " responses: question '" + q.name() + "' cannot be removed");
            } else if (after.type() != q.type()) {
                problems.add("Questionnaire " + edition.questionnaire() + " edition " + edition.edition() + " has "
                        + responses + " responses: question '" + q.name() + "' cannot change from " + q.type()
                        + " to " + after.type());
            }
        });
        if (!problems.isEmpty()) {
            throw new AssessmentException(problems.get(0), problems);
        }
    }

    @Override
    public List<AnswerProblem> check(Edition edition, Answers answers, boolean complete) {
        return AnswerChecks.check(edition, answers, complete);
    }

    @Override
    public boolean isRelevant(Edition edition, String question, Answers answers) {
        return AnswerChecks.isRelevant(edition, question, answers);
    }

    static String origin(String actor) {
        return actor.startsWith("cli:") ? "cli" : "server";
    }

    static String cut(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit);
    }

    static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
