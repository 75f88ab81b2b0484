package org.plenum.stewardship.web;

/** A finding of the checks in the reader's language, next to the field it is about. */
public record Message(String severity, String text) {

    public boolean error() {
        return severity.equals("error");
    }
}
