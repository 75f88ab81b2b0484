package org.plenum.assessment;

/**
 * Something wrong with one answer, shown next to its question (and named in import errors).
 *
 * @param question the question (or matrix row, or {@code <name>_other}) the problem is about
 * @param code     what is wrong: {@code required}, {@code not_a_choice}, {@code not_an_integer}, {@code not_a_number},
 *                 {@code not_a_date}, {@code constraint}, {@code not_relevant}, {@code unknown_question}
 * @param message  the explanation, in the languages of the questionnaire and of the site (at least en and fr)
 */
public record AnswerProblem(String question, String code, Text message) {
}
