package org.plenum.exchange.ipu;

import java.util.Locale;
import java.util.Set;
import org.plenum.exchange.csv.InvalidCell;

/**
 * The Rank cell of IPU's ranking: a number; a ditto mark (same rank as the row above); empty
 * (unranked: the number of women in the lower or single chamber is not available); or
 * {@code Suspended} (the parliament is suspended).
 */
sealed interface RankCell {

    /**
     * Ditto marks as they occur in IPU's files and their copies: the left and right double quotation
     * marks, the ASCII double quote, two apostrophes, the low-9 and reversed-9 double quotation marks,
     * the double prime and the ditto mark proper.
     */
    Set<String> DITTO_MARKS = Set.of("\u201C", "\u201D", "\"", "''", "\u201E", "\u201F", "\u2033", "\u3003");

    record Numbered(int rank) implements RankCell {
    }

    record Ditto() implements RankCell {
    }

    record Unranked() implements RankCell {
    }

    record Suspended() implements RankCell {
    }

    static RankCell parse(String cell, String column) {
        String text = cell.strip();
        if (text.isEmpty()) {
            return new Unranked();
        }
        if (DITTO_MARKS.contains(text)) {
            return new Ditto();
        }
        if (text.toLowerCase(Locale.ROOT).equals("suspended")) {
            return new Suspended();
        }
        if (text.matches("\\d{1,4}")) {
            int rank = Integer.parseInt(text);
            if (rank == 0) {
                throw new InvalidCell(column, "rank 0: ranks start at 1");
            }
            return new Numbered(rank);
        }
        throw new InvalidCell(column, "'" + text + "' is not a rank (a number, a ditto mark, empty, or Suspended)");
    }

    /** Whether a row with this rank is ranked by its share of women. */
    default boolean ranked() {
        return this instanceof Numbered || this instanceof Ditto;
    }
}
