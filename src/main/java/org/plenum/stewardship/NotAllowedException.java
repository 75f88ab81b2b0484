package org.plenum.stewardship;

/** The actor may not do this (a chamber not bound to them, a review by a correspondent). Nothing was written. */
public class NotAllowedException extends RuntimeException {

    public NotAllowedException(String message) {
        super(message);
    }
}
