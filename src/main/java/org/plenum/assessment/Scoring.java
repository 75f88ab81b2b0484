package org.plenum.assessment;

import java.util.List;
import java.util.Optional;

/** The scoring frameworks and the scores of accepted responses (decision 0050). */
public interface Scoring {

    /** Every framework, newest version of each first. */
    List<Framework> frameworks();

    /** The newest version of a framework. */
    Optional<Framework> framework(String code);

    Optional<Framework> framework(String code, String version);

    /** Scores answers under a framework: a pure computation (the what-if uses it with answers not saved). */
    ScoreCard score(Framework framework, Edition edition, Respondent respondent, Answers answers);

    /**
     * The accepted responses to an edition scored and ranked: highest score first, equal scores (to one decimal)
     * share a rank, respondents without a score last and unranked.
     */
    List<Ranked> ranking(Framework framework, String edition);

    /**
     * {@code responses} to {@code edition} scored and ranked as {@link #ranking(Framework, String)} ranks the accepted
     * ones; the framework is checked against the edition once.
     */
    List<Ranked> ranking(Framework framework, Edition edition, List<Response> responses);

    /** A place in a ranking: {@code rank} is empty for a respondent without a score. */
    record Ranked(Optional<Integer> rank, ScoreCard card) {
    }
}
