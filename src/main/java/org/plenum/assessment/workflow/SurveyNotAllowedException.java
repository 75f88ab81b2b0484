package org.plenum.assessment.workflow;

/** The person may not answer for this chamber, or may not review. */
public class SurveyNotAllowedException extends RuntimeException {

    public SurveyNotAllowedException(String message) {
        super(message);
    }
}
