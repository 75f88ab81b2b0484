package org.plenum.aiwatch.readiness;

/** A change that the profile's state does not allow, e.g. publishing a self-assessment not completed (409). */
public class ReadinessStateException extends RuntimeException {
    public ReadinessStateException(String message) {
        super(message);
    }
}
