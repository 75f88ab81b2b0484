package org.plenum.assessment.workflow;

/**
 * A change the response's state or version does not allow: a form based on an older version (someone saved it
 * since), a submitted or accepted response changed by its correspondent, a review of a response not submitted.
 */
public class SurveyStateException extends RuntimeException {

    private final boolean stale;

    public SurveyStateException(String message, boolean stale) {
        super(message);
        this.stale = stale;
    }

    /** Whether the form or request was based on an older version of the response. */
    public boolean stale() {
        return stale;
    }
}
