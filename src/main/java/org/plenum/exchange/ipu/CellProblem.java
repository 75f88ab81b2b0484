package org.plenum.exchange.ipu;

/**
 * A cell (or, with an empty column, a whole row) that makes its row unusable; caught by the reader
 * and turned into a {@link org.plenum.exchange.RejectedRow}.
 */
final class CellProblem extends RuntimeException {
    private final String column;

    CellProblem(String column, String reason) {
        super(reason, null, false, false);
        this.column = column;
    }

    String column() {
        return column;
    }

    String reason() {
        return getMessage();
    }
}
