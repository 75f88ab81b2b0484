package org.plenum.assessment;

import java.util.List;
import java.util.Optional;

/** The questionnaires' editions, stored in the database (decision 0050). */
public interface Questionnaires {

    /** Every edition of every questionnaire: by questionnaire code, then newest edition first. */
    List<Edition> editions();

    Optional<Edition> edition(String questionnaire, String edition);

    /** The newest edition of a questionnaire (editions compare as text: {@code 2026} after {@code 2024}). */
    Optional<Edition> latest(String questionnaire);

    /**
     * Stores an edition, in one transaction, audited under {@code actor}. Saving the same content again changes
     * nothing (returns false). An edition that already has responses may change its texts, but a question it had
     * cannot be removed or change type: {@link AssessmentException} names the question.
     *
     * @return whether anything changed
     */
    boolean save(Edition edition, String actor);

    /**
     * What is wrong with {@code answers} to {@code edition}: unknown questions, answers to questions that are not
     * relevant (skip logic), wrong encodings, unknown choices, failed constraints and — when {@code complete} —
     * required answers that are missing. Empty when nothing is.
     */
    List<AnswerProblem> check(Edition edition, Answers answers, boolean complete);

    /** Whether {@code question} (or a section's name) is asked given {@code answers} (skip logic). */
    boolean isRelevant(Edition edition, String question, Answers answers);
}
