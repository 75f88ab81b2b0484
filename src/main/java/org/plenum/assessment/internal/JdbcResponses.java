package org.plenum.assessment.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.plenum.assessment.AnswerProblem;
import org.plenum.assessment.AssessmentException;
import org.plenum.assessment.Edition;
import org.plenum.assessment.Questionnaires;
import org.plenum.assessment.Response;
import org.plenum.assessment.ResponseState;
import org.plenum.assessment.Responses;
import org.plenum.assessment.workflow.ChamberRespondents;
import org.plenum.audit.AuditEntry;
import org.plenum.audit.AuditLog;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link Responses} on {@link ResponseRecords}: reads, and the imports of whole accepted sets (decision 0051). */
@Component
class JdbcResponses implements Responses {

    private final ResponseRecords records;
    private final Questionnaires questionnaires;
    private final AuditLog audit;
    private final ChamberRespondents respondents;
    private final Clock clock = Clock.systemUTC();

    JdbcResponses(ResponseRecords records, Questionnaires questionnaires, AuditLog audit, ChamberRespondents respondents) {
        this.records = records;
        this.questionnaires = questionnaires;
        this.audit = audit;
        this.respondents = respondents;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Long> counts(Set<ResponseState> states) {
        return records.counts(states);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Response> find(String questionnaire, String edition, String respondentKey) {
        return records.find(questionnaire, edition, respondentKey).map(StoredResponse::response);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Response> list(String questionnaire, String edition, Set<ResponseState> states) {
        return records.list(questionnaire, edition, states).stream().map(StoredResponse::response).toList();
    }

    @Override
    @Transactional
    public int importAccepted(String questionnaire, String edition, List<ImportedResponse> given, String source,
                              String actor) {
        List<ImportedResponse> responses = given.stream()
                .map(r -> new ImportedResponse(respondents.completed(r.respondent()), r.answers())).toList();
        Edition form = questionnaires.edition(questionnaire, edition).orElseThrow(() -> new AssessmentException(
                "Questionnaire " + questionnaire + " has no edition " + edition + ": save the edition before its responses"));
        List<String> problems = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (ImportedResponse imported : responses) {
            String key = imported.respondent().key();
            if (key == null || key.isBlank() || key.length() > 200) {
                problems.add("Respondent '" + key + "': a respondent key is needed (at most 200 characters)");
                continue;
            }
            if (!keys.add(key)) {
                problems.add("Respondent " + key + ": appears more than once in " + source);
            }
            for (AnswerProblem problem : questionnaires.check(form, imported.answers(), false)) {
                problems.add("Respondent " + key + ", question " + problem.question() + ": "
                        + problem.message().in("en") + " (" + problem.code() + ")");
            }
        }
        if (!problems.isEmpty()) {
            throw new AssessmentException(source + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                    + " in the responses to " + questionnaire + " " + edition + ", nothing imported; the first: "
                    + problems.get(0), problems);
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        int added = 0;
        int changed = 0;
        for (ImportedResponse imported : responses) {
            Optional<StoredResponse> existing = records.find(questionnaire, edition, imported.respondent().key());
            if (existing.isEmpty()) {
                records.insert(questionnaire, edition, imported.respondent(), ResponseState.ACCEPTED, imported.answers(),
                        source, Optional.empty(), now);
                added++;
            } else {
                Response was = existing.get().response();
                if (!was.respondent().equals(imported.respondent()) || !was.answers().equals(imported.answers())
                        || was.state() != ResponseState.ACCEPTED || !was.source().equals(source)) {
                    records.replaceImported(was.id(), imported.respondent(), imported.answers(), source, now);
                    changed++;
                }
            }
        }
        if (added + changed > 0) {
            audit.record(new AuditEntry(actor, "responses.imported", "questionnaire:" + questionnaire + "/" + edition,
                    JdbcQuestionnaires.origin(actor), "source=" + source + "; added=" + added + "; changed=" + changed
                    + "; unchanged=" + (responses.size() - added - changed)));
        }
        return added + changed;
    }

    @Override
    @Transactional
    public int removeSynthetic(String questionnaire, String edition, String actor) {
        int removed = records.deleteSynthetic(questionnaire, edition);
        if (removed > 0) {
            audit.record(new AuditEntry(actor, "responses.synthetic-removed", "questionnaire:" + questionnaire + "/"
                    + edition, JdbcQuestionnaires.origin(actor), "removed=" + removed));
        }
        return removed;
    }
}
