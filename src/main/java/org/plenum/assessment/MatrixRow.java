package org.plenum.assessment;

/** A row of a {@link QuestionType#MATRIX matrix}: answered as its own question named {@code name}. */
public record MatrixRow(String name, Text label, boolean required) {
}
