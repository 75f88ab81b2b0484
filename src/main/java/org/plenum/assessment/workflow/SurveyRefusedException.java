package org.plenum.assessment.workflow;

import java.util.List;
import org.plenum.assessment.AnswerProblem;

/** A response that cannot be submitted or accepted as it is: the problems, each about one answer. */
public class SurveyRefusedException extends RuntimeException {

    private final transient List<AnswerProblem> problems;

    public SurveyRefusedException(List<AnswerProblem> problems) {
        super(problems.size() + " problem(s) in the answers, the first: " + problems.get(0).question() + ": "
                + problems.get(0).message().in("en"));
        this.problems = List.copyOf(problems);
    }

    public List<AnswerProblem> problems() {
        return problems;
    }
}
