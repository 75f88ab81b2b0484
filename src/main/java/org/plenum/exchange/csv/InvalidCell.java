package org.plenum.exchange.csv;

import org.plenum.exchange.RejectedRow;

/**
 * A cell whose content cannot be read as what its column holds, or, with an empty {@link #column()},
 * a row that cannot be used as a whole. The message is the reason, written for the person who fixes
 * the file. Readers catch it and report it as a {@link RejectedRow} ({@link #rejectedRow}).
 */
public class InvalidCell extends RuntimeException {
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

    /** The rejection of this cell (or row) in row {@code row} of {@code file}. */
    public RejectedRow rejectedRow(String file, int row) {
        return new RejectedRow(file, row, column, reason());
    }
}
