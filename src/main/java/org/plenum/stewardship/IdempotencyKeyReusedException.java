package org.plenum.stewardship;

/** An {@code Idempotency-Key} sent again with a different request: refused, nothing written. */
public class IdempotencyKeyReusedException extends RuntimeException {

    private final long submission;

    public IdempotencyKeyReusedException(String key, long submission) {
        super("the Idempotency-Key '" + key + "' was used for submission #" + submission + " with a different request");
        this.submission = submission;
    }

    public long submission() {
        return submission;
    }
}
