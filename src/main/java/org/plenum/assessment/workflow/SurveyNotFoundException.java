package org.plenum.assessment.workflow;

/** No such edition, chamber or response (or none the person may see). */
public class SurveyNotFoundException extends RuntimeException {

    public SurveyNotFoundException(String message) {
        super(message);
    }
}
