package org.plenum.assessment;

import java.util.List;

/**
 * A questionnaire, framework or set of responses that cannot be used: the message names where (file, sheet, row,
 * column; respondent and question) and why; {@code problems} lists every problem found, not only the first.
 */
public class AssessmentException extends RuntimeException {

    private final List<String> problems;

    public AssessmentException(String message, List<String> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public AssessmentException(String message) {
        this(message, List.of(message));
    }

    public List<String> problems() {
        return problems;
    }
}
