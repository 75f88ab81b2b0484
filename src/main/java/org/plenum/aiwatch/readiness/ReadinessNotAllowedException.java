package org.plenum.aiwatch.readiness;

/** A person tried to see or change a readiness profile that is not theirs to see or change (403). */
public class ReadinessNotAllowedException extends RuntimeException {
    public ReadinessNotAllowedException(String message) {
        super(message);
    }
}
