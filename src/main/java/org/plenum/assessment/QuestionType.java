package org.plenum.assessment;

/**
 * The kinds of question, each with its XLSForm {@code type} and how its answer is written in {@link Answers}
 * (ODK's submission encoding, so a CSV of responses reads the same).
 */
public enum QuestionType {
    /** {@code select_one LIST}: the chosen choice's name. */
    SINGLE_CHOICE,
    /** {@code select_multiple LIST}: the chosen choices' names separated by one space. */
    MULTIPLE_CHOICE,
    /** {@code integer}: a whole number, e.g. {@code 42}. */
    INTEGER,
    /** {@code decimal}: a number with a dot, e.g. {@code 3.5}. */
    DECIMAL,
    /** {@code date}: ISO 8601, e.g. {@code 2024-05-31}. */
    DATE,
    /** {@code text}: any text. */
    TEXT,
    /** {@code select_one yes_no} with the choices {@code yes} and {@code no}: {@code yes} or {@code no}. */
    YES_NO,
    /**
     * A matrix: rows that share one choice list; each row is answered as its own question named
     * {@link MatrixRow#name()}. In XLSForm a {@code begin_group} with {@code appearance = table-list} whose questions
     * are {@code select_one} (or {@code select_multiple}) of the same list.
     */
    MATRIX,
    /** {@code note}: text shown to the respondent, no answer. */
    NOTE
}
