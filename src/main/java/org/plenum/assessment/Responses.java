package org.plenum.assessment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The responses to the editions (decision 0050). The correspondents' workflow (draft, submit, review) is the
 * module's own; other modules read accepted responses and import whole sets.
 */
public interface Responses {

    Optional<Response> find(String questionnaire, String edition, String respondentKey);

    /** How many responses each edition has in the given states: {@code "questionnaire/edition"} → count. */
    Map<String, Long> counts(Set<ResponseState> states);

    /** The responses to an edition in the given states, by respondent key. */
    List<Response> list(String questionnaire, String edition, Set<ResponseState> states);

    /**
     * Replaces, in one transaction, the responses of {@code source}'s respondents to an edition with {@code responses}
     * (stored {@link ResponseState#ACCEPTED}): responses with the same key are updated, new keys added; nothing else
     * is touched. Every answer is checked first ({@link Questionnaires#check}, not complete): any problem refuses the
     * whole set with an {@link AssessmentException} naming respondent, question and reason, and nothing is written.
     * Re-importing the same set changes nothing.
     *
     * @return the number of responses added or changed
     */
    int importAccepted(String questionnaire, String edition, List<ImportedResponse> responses, String source,
                       String actor);

    /** Removes the synthetic responses of an edition (to reload the demonstration set); returns how many. */
    int removeSynthetic(String questionnaire, String edition, String actor);

    /** One imported respondent and its answers. */
    record ImportedResponse(Respondent respondent, Answers answers) {
    }
}
