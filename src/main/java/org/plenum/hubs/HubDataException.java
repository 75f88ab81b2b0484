package org.plenum.hubs;

/**
 * Hub data that cannot be taken as it is: a bundled file's row (the message names file, row, column and why) or an
 * editor's form (the field and why). Nothing was written.
 *
 * @see #field()
 */
public class HubDataException extends RuntimeException {

    private final String field;

    public HubDataException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field (form) or column (file) it is about. */
    public String field() {
        return field;
    }
}
