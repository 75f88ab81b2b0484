package org.plenum.exchange.ipu.historical;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What one cell holds, as stored in the workbook (a formula cell gives its cached result): a number, a
 * text, nothing, or an Excel error such as {@code #DIV/0!}.
 */
sealed interface CellValue {

    Pattern DIGITS = Pattern.compile("\\d{1,9}");

    /** The cell as a reader would quote it in a message, e.g. {@code '7 5'} or {@code 264}. */
    String quoted();

    record Number(double value) implements CellValue {
        @Override
        public String quoted() {
            return value == Math.rint(value) && Math.abs(value) < 1e15
                    ? Long.toString((long) value) : Double.toString(value);
        }
    }

    record Text(String value) implements CellValue {
        @Override
        public String quoted() {
            return "'" + value + "'";
        }
    }

    record Blank() implements CellValue {
        @Override
        public String quoted() {
            return "an empty cell";
        }
    }

    record Error(String code) implements CellValue {
        @Override
        public String quoted() {
            return "the Excel error " + code;
        }
    }

    /**
     * A formula cell: its formula and its cached result. Counts are typed in IPU's workbook, never computed, so a
     * formula in a count cell is a corrupted cell; elsewhere the cached result is read ({@link #result}).
     */
    record Formula(String formula, CellValue cached) implements CellValue {
        @Override
        public String quoted() {
            return "the formula '=" + formula + "'";
        }
    }

    /** The value the cell shows: the cached result of a formula, else the cell itself. */
    default CellValue result() {
        return this instanceof Formula formula ? formula.cached() : this;
    }

    /** The text of a text cell without its surrounding spaces, the number of a number cell, or "". */
    default String trimmedText() {
        if (this instanceof Formula formula) {
            return formula.cached().trimmedText();
        }
        if (this instanceof Text text) {
            return text.value().strip();
        }
        if (this instanceof Number) {
            return quoted();
        }
        return "";
    }

    /**
     * The whole number the cell holds: a number cell with no fraction (below 10^9 either way), or a
     * text cell of one to nine digits only (a number stored as text), without surrounding spaces.
     */
    default Optional<Long> wholeNumber() {
        if (this instanceof Number number) {
            double value = number.value();
            return value == Math.rint(value) && Math.abs(value) < 1e9 ? Optional.of((long) value) : Optional.empty();
        }
        String text = trimmedText();
        return this instanceof Text && DIGITS.matcher(text).matches() ? Optional.of(Long.parseLong(text)) : Optional.empty();
    }

    default boolean isBlank() {
        return this instanceof Formula formula ? formula.cached().isBlank() : this instanceof Blank || (this instanceof Text text && text.value().isBlank());
    }
}
