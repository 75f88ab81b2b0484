package org.plenum.web;

/**
 * Thrown by a page controller when the address names nothing (an unknown country code, say): answered with the
 * site's HTML 404 page in the reader's language, never with a JSON:API error.
 */
public class PageNotFoundException extends RuntimeException {

    public PageNotFoundException(String what) {
        super(what);
    }
}
