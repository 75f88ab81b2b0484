package org.plenum.exchange.legislativeopenness;

import java.util.List;
import java.util.Map;
import org.plenum.assessment.Answers;
import org.plenum.assessment.Edition;
import org.plenum.assessment.Responses.ImportedResponse;

/**
 * The Global Legislative Openness survey of 2015–2016 as Plenum holds it (decision 0058): the questionnaire
 * {@code legislative-openness}, edition {@code 2016}, its 37 respondents' answers, and the organisers' "IDEAL
 * RESPONSES" row, which is no parliament: kept apart as the reference the framework's points are checked against.
 *
 * @param edition      the questionnaire's edition
 * @param responses    one per respondent row, in file order (keys {@code lo-2016-<country>-<n>})
 * @param ideal        the answers of the "IDEAL RESPONSES" row
 * @param optionValues per choice question, the Explorer's value of each choice ({@code os.csv}: 1 best, 2, 3
 *                     worst, 0 not scored); choices without a value are absent
 */
public record LegislativeOpennessSurvey(Edition edition, List<ImportedResponse> responses, Answers ideal,
                                        Map<String, Map<String, Integer>> optionValues) {

    public static final String QUESTIONNAIRE = "legislative-openness";
    public static final String EDITION = "2016";

    public LegislativeOpennessSurvey {
        responses = List.copyOf(responses);
        optionValues = Map.copyOf(optionValues);
    }
}
