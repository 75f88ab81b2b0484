package org.plenum.web;

/**
 * Thrown by a page controller for a query parameter it cannot use (e.g. {@code known_at=yesterday}): answered with
 * the site's HTML 400 page, which names the parameter and says what it expects.
 */
public class BadPageRequestException extends RuntimeException {

    private final String parameter;

    public BadPageRequestException(String parameter, String reason) {
        super(reason);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
