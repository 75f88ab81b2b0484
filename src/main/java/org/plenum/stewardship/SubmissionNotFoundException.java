package org.plenum.stewardship;

/** No submission with this number that the actor may see. */
public class SubmissionNotFoundException extends RuntimeException {

    public SubmissionNotFoundException(long id) {
        super("no submission #" + id);
    }
}
