package org.plenum.assessment.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.plenum.accounts.Actor;
import org.plenum.assessment.AnswerProblem;
import org.plenum.assessment.Answers;
import org.plenum.assessment.Edition;
import org.plenum.assessment.Question;
import org.plenum.assessment.QuestionType;
import org.plenum.assessment.Questionnaires;
import org.plenum.assessment.Response;
import org.plenum.assessment.ResponseState;
import org.plenum.assessment.internal.AnswerChecks;
import org.plenum.assessment.internal.ResponseRecords;
import org.plenum.assessment.internal.StoredResponse;
import org.plenum.audit.AuditEntry;
import org.plenum.audit.AuditLog;
import org.plenum.notifications.MailRequested;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The correspondents' workflow on questionnaires (decision 0052), as stewardship's on submissions: a correspondent
 * saves a draft of their chamber's response (and resumes it), submits it when complete; an editor accepts it (then it
 * counts in scores) or returns it with a comment (the correspondent edits and submits again). Every change names the
 * version it was based on and is refused when the response changed since; every change is audited with its own
 * entry in the same transaction; the correspondent is e-mailed the editor's decision. Who may do what is checked
 * here, on the {@link Actor}.
 */
@Service
public class SurveyWorkflow {

    private final Questionnaires questionnaires;
    private final ResponseRecords records;
    private final ChamberRespondents chambers;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    SurveyWorkflow(Questionnaires questionnaires, ResponseRecords records, ChamberRespondents chambers, AuditLog audit,
                   ApplicationEventPublisher events) {
        this.questionnaires = questionnaires;
        this.records = records;
        this.chambers = chambers;
        this.audit = audit;
        this.events = events;
    }

    // ---- reading

    /**
     * The editions open to correspondents: the newest edition of each questionnaire whose responses are not public
     * (a questionnaire with public responses is a published survey, imported whole).
     */
    @Transactional(readOnly = true)
    public List<Edition> openEditions() {
        Map<String, Edition> newest = new LinkedHashMap<>();
        for (Edition edition : questionnaires.editions()) {
            newest.putIfAbsent(edition.questionnaire(), edition);
        }
        return newest.values().stream().filter(e -> !e.publicResponses()).toList();
    }

    public boolean isOpen(Edition edition) {
        return openEditions().stream().anyMatch(e -> e.questionnaire().equals(edition.questionnaire())
                && e.edition().equals(edition.edition()));
    }

    /** The edition, or {@link SurveyNotFoundException}. */
    public Edition edition(String questionnaire, String edition) {
        return questionnaires.edition(questionnaire, edition).orElseThrow(() -> new SurveyNotFoundException(
                "questionnaire " + questionnaire + " has no edition " + edition));
    }

    /** The chamber's response to an edition, if there is one; refused when the chamber is not the person's. */
    @Transactional(readOnly = true)
    public Optional<StoredResponse> response(Actor actor, String questionnaire, String edition, String chamber) {
        requireChamber(actor, chamber);
        return records.find(questionnaire, edition, chamber);
    }

    /** A response that the person may see: an editor any, a correspondent those of their chambers. */
    @Transactional(readOnly = true)
    public StoredResponse get(Actor actor, long id) {
        StoredResponse stored = records.find(id).orElseThrow(() -> new SurveyNotFoundException("response " + id));
        Response response = stored.response();
        if (!actor.mayReview() && response.respondent().chamber().filter(actor::maySubmitFor).isEmpty()) {
            throw new SurveyNotFoundException("response " + id);
        }
        return stored;
    }

    /** The submitted responses waiting for an editor, oldest first. Editors only. */
    @Transactional(readOnly = true)
    public List<StoredResponse> queue(Actor actor) {
        requireReviewer(actor);
        return records.inStates(EnumSet.of(ResponseState.SUBMITTED));
    }

    /**
     * The same respondent's accepted response to the edition before {@code edition} of its questionnaire, if there is
     * one (the review page shows its answers beside the new ones, by question name).
     */
    @Transactional(readOnly = true)
    public Optional<Response> previous(Edition edition, String respondentKey) {
        return questionnaires.editions().stream()
                .filter(e -> e.questionnaire().equals(edition.questionnaire()))
                .filter(e -> e.edition().compareTo(edition.edition()) < 0)
                .max(Comparator.comparing(Edition::edition))
                .flatMap(e -> records.find(e.questionnaire(), e.edition(), respondentKey))
                .map(StoredResponse::response)
                .filter(r -> r.state() == ResponseState.ACCEPTED);
    }

    /** The problems of a response's answers (complete: missing required answers too). */
    public List<AnswerProblem> problems(Edition edition, Answers answers, boolean complete) {
        return questionnaires.check(edition, answers, complete);
    }

    // ---- the correspondent

    /**
     * Saves the chamber's answers as a draft (a new response when there is none, version 0): the answers replace
     * those saved before; answers to questions that are not asked given the others (skip logic) are dropped, as ODK
     * does. A draft may hold answers with problems: they are shown next to their questions, and refuse a submit.
     *
     * @param version the version the form was made from (0 for a new response)
     * @param source  {@code web} or {@code api}
     */
    @Transactional
    public StoredResponse save(Actor actor, String origin, String source, String questionnaire, String edition,
                               String chamber, Answers answers, int version) {
        requireChamber(actor, chamber);
        Edition form = openEdition(questionnaire, edition);
        if (!chambers.exists(chamber)) {
            throw new SurveyNotFoundException("chamber " + chamber);
        }
        Answers kept = asked(form, answers);
        Instant now = now();
        Optional<StoredResponse> existing = records.find(questionnaire, edition, chamber);
        long id;
        if (existing.isEmpty()) {
            if (version != 0) {
                throw new SurveyStateException("The response of " + chamber + " to " + questionnaire + " " + edition
                        + " does not exist (version " + version + " was given): open the form again", true);
            }
            try {
                id = records.insert(questionnaire, edition, chambers.of(chamber), ResponseState.DRAFT, kept, source,
                        Optional.of(actor.username()), now);
            } catch (DuplicateKeyException e) {
                throw new SurveyStateException("The response of " + chamber + " to " + questionnaire + " " + edition
                        + " was started by someone else meanwhile: open the form again", true);
            }
        } else {
            Response response = existing.get().response();
            editable(form, response, version);
            id = response.id();
            // a completed self-assessment that is changed is a draft again until it is completed again
            ResponseState state = response.state() == ResponseState.ACCEPTED ? ResponseState.DRAFT : response.state();
            if (!records.save(id, version, state, kept, source, actor.username(), now)) {
                throw stale(response, version);
            }
        }
        audit.record(new AuditEntry(actor.username(), "survey-response.saved", "survey-response:" + id, origin,
                questionnaire + "/" + edition + " " + chamber + ": " + kept.values().size() + " answers (" + source + ")"));
        return records.find(id).orElseThrow();
    }

    /**
     * Submits an editable response for review: refused with the problems when any answer has one or one is missing. A
     * self-assessment's response is accepted at once (no editor reviews it; decision 0069).
     */
    @Transactional
    public StoredResponse submit(Actor actor, String origin, long id, int version) {
        StoredResponse stored = records.find(id).orElseThrow(() -> new SurveyNotFoundException("response " + id));
        Response response = stored.response();
        requireChamber(actor, response.respondent().chamber().orElse(""));
        Edition form = openEdition(response.questionnaire(), response.edition());
        editable(form, response, version);
        List<AnswerProblem> problems = questionnaires.check(form, response.answers(), true);
        if (!problems.isEmpty()) {
            throw new SurveyRefusedException(problems);
        }
        // a self-assessment needs no editor: complete, it counts at once (decision 0069)
        ResponseState state = form.selfAssessment() ? ResponseState.ACCEPTED : ResponseState.SUBMITTED;
        if (!records.save(id, version, state, response.answers(), response.source(), actor.username(), now())) {
            throw stale(response, version);
        }
        audit.record(new AuditEntry(actor.username(), form.selfAssessment() ? "survey-response.self-assessed"
                : "survey-response.submitted", "survey-response:" + id, origin,
                response.questionnaire() + "/" + response.edition() + " " + response.respondent().key() + ": "
                        + response.answers().values().size() + " answers"));
        return records.find(id).orElseThrow();
    }

    // ---- the editor

    /** Accepts a submitted response (it then counts in scores); the correspondent is told by e-mail. */
    @Transactional
    public StoredResponse accept(Actor actor, String origin, long id, int version, String comment) {
        requireReviewer(actor);
        Response response = submitted(id, version);
        Edition form = edition(response.questionnaire(), response.edition());
        List<AnswerProblem> problems = questionnaires.check(form, response.answers(), true);
        if (!problems.isEmpty()) {
            throw new SurveyRefusedException(problems);
        }
        return review(actor, origin, response, version, ResponseState.ACCEPTED, comment.strip(), "survey-response.accepted");
    }

    /** Returns a submitted response to its correspondent with a comment (required): editable again. */
    @Transactional
    public StoredResponse returnToCorrespondent(Actor actor, String origin, long id, int version, String comment) {
        requireReviewer(actor);
        if (comment.isBlank()) {
            throw new SurveyRefusedException(List.of(new AnswerProblem("comment", "required",
                    org.plenum.assessment.Text.of("Say what to change: a comment is needed to return a response.",
                            "Dites ce qu’il faut changer : un commentaire est nécessaire pour renvoyer une réponse."))));
        }
        Response response = submitted(id, version);
        return review(actor, origin, response, version, ResponseState.RETURNED, comment.strip(), "survey-response.returned");
    }

    private StoredResponse review(Actor actor, String origin, Response response, int version, ResponseState state,
                                  String comment, String action) {
        if (!records.review(response.id(), version, state, actor.username(), comment, now())) {
            throw stale(response, version);
        }
        audit.record(new AuditEntry(actor.username(), action, "survey-response:" + response.id(), origin,
                response.questionnaire() + "/" + response.edition() + " " + response.respondent().key()
                        + (comment.isEmpty() ? "" : ": " + comment)));
        StoredResponse decided = records.find(response.id()).orElseThrow();
        decided.submitter().ifPresent(to -> mail(to, decided));
        return decided;
    }

    private void mail(String to, StoredResponse stored) {
        Response response = stored.response();
        boolean accepted = response.state() == ResponseState.ACCEPTED;
        String path = "/my/surveys/" + response.questionnaire() + "/" + response.edition() + "/"
                + response.respondent().key();
        String body = "Your response for " + response.respondent().label() + " to " + response.questionnaire() + " "
                + response.edition() + " was " + (accepted ? "accepted" : "returned to you") + " by "
                + stored.reviewer().orElse("an editor") + ".\n"
                + (stored.reviewComment().isEmpty() ? "" : "\nComment: " + stored.reviewComment() + "\n")
                + (accepted ? "" : "\nPlease change it and submit it again: " + path + "\n")
                + "\n---\n\nVotre réponse pour " + response.respondent().label() + " au questionnaire "
                + response.questionnaire() + " " + response.edition() + " a été "
                + (accepted ? "acceptée" : "renvoyée") + " par " + stored.reviewer().orElse("un éditeur") + ".\n"
                + (stored.reviewComment().isEmpty() ? "" : "\nCommentaire : " + stored.reviewComment() + "\n")
                + (accepted ? "" : "\nModifiez-la et soumettez-la à nouveau : " + path + "\n");
        events.publishEvent(new MailRequested(to, "Plenum: " + response.questionnaire() + " " + response.edition() + " "
                + response.respondent().key() + " " + (accepted ? "accepted" : "returned"), body, "review-result"));
    }

    // ---- helpers

    /**
     * The answers kept when saving: those to questions asked given the others, and an "other" text only when
     * "other" is chosen.
     */
    public static Answers asked(Edition edition, Answers answers) {
        Map<String, Boolean> relevance = AnswerChecks.relevance(edition, answers);
        Map<String, String> kept = new LinkedHashMap<>();
        Map<String, Question> others = edition.questions().filter(Question::otherSpecify)
                .collect(Collectors.toMap(Question::otherName, q -> q));
        answers.values().forEach((name, value) -> {
            if (others.containsKey(name)) {
                Question q = others.get(name);
                if (relevance.getOrDefault(q.name(), true) && answers.selected(q.name()).contains("other")) {
                    kept.put(name, value);
                }
            } else if (relevance.getOrDefault(name, true)) {
                kept.put(name, value);
            }
        });
        return new Answers(kept);
    }

    /** The names a form posts for an edition: each answerable question, matrix row and "other" text. */
    public static List<String> answerNames(Edition edition) {
        List<String> names = new ArrayList<>();
        edition.questions().forEach(q -> {
            if (q.type() == QuestionType.MATRIX) {
                q.rows().forEach(r -> names.add(r.name()));
            } else if (q.type() != QuestionType.NOTE) {
                names.add(q.name());
                if (q.otherSpecify()) {
                    names.add(q.otherName());
                }
            }
        });
        return names;
    }

    private Edition openEdition(String questionnaire, String edition) {
        Edition form = edition(questionnaire, edition);
        if (!isOpen(form)) {
            throw new SurveyStateException("Questionnaire " + questionnaire + " edition " + edition
                    + " is not open to correspondents (only the newest edition of a questionnaire whose responses are"
                    + " not public is)", false);
        }
        return form;
    }

    private static void editable(Edition form, Response response, int version) {
        if (response.state() == ResponseState.SUBMITTED
                || (response.state() == ResponseState.ACCEPTED && !form.selfAssessment())) {
            throw new SurveyStateException("The response of " + response.respondent().key() + " to "
                    + response.questionnaire() + " " + response.edition() + " is " + response.state().name().toLowerCase()
                    + ": it can be changed only when an editor returns it", false);
        }
        if (response.version() != version) {
            throw stale(response, version);
        }
    }

    private Response submitted(long id, int version) {
        Response response = records.find(id).orElseThrow(() -> new SurveyNotFoundException("response " + id)).response();
        if (response.state() != ResponseState.SUBMITTED) {
            throw new SurveyStateException("Response " + id + " is " + response.state().name().toLowerCase()
                    + ": there is nothing to review", false);
        }
        if (response.version() != version) {
            throw stale(response, version);
        }
        return response;
    }

    private static SurveyStateException stale(Response response, int version) {
        return new SurveyStateException("The response of " + response.respondent().key() + " to "
                + response.questionnaire() + " " + response.edition() + " was changed since the form was opened"
                + " (version " + version + ", now " + response.version() + "): open it again", true);
    }

    private static void requireChamber(Actor actor, String chamber) {
        if (chamber.isEmpty() || !actor.maySubmitFor(chamber)) {
            throw new SurveyNotAllowedException(actor.username() + " may not answer for " + chamber);
        }
    }

    private static void requireReviewer(Actor actor) {
        if (!actor.mayReview()) {
            throw new SurveyNotAllowedException(actor.username() + " may not review responses");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
