package org.plenum.exchange.csv;

/**
 * A cell whose content cannot be read as what its column holds. {@link #column()} names the
 * column; the message is the reason, written for the person who fixes the file.
 */
public class InvalidCell extends Exception {
    private final String column;

    public InvalidCell(String column, String reason) {
        super(reason, null, false, false);
        this.column = column;
    }

    public String column() {
        return column;
    }

    public String reason() {
        return getMessage();
    }
}
