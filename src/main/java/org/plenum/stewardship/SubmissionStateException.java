package org.plenum.stewardship;

/**
 * An action the submission's state or version does not allow: editing a submitted one, approving a decided one, or
 * acting on a version older than the stored one (someone else changed it meanwhile). Nothing was written.
 */
public class SubmissionStateException extends RuntimeException {

    public SubmissionStateException(String message) {
        super(message);
    }
}
