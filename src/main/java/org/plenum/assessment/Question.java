package org.plenum.assessment;

import java.util.List;
import java.util.Optional;

/**
 * One question of an edition. Names are unique in an edition (XLSForm's {@code name}: letters, digits, {@code _},
 * starting with a letter); an edition reuses a previous edition's question by giving it the same name, so answers
 * compare across editions.
 *
 * @param name              the answer's key in {@link Answers}
 * @param type              the kind of question
 * @param label             what is asked
 * @param hint              help text shown under the question (may be empty)
 * @param required          whether an answer is needed (when the question is relevant)
 * @param relevant          XLSForm {@code relevant}: the question is asked only when this expression is true (skip
 *                          logic), e.g. {@code ${has_strategy} = 'yes'} or {@code selected(${hosting}, 'cloud')}
 * @param constraint        XLSForm {@code constraint} on the answer ({@code .} is the answer), e.g. {@code . >= 0}
 * @param constraintMessage what is said when the constraint fails
 * @param listName          the choice list's name for choice and matrix questions (XLSForm {@code select_one LIST})
 * @param choices           the options, in order, for choice and matrix questions (empty otherwise)
 * @param otherSpecify      XLSForm's {@code or_other}: an extra choice {@code other} whose text is answered under
 *                          {@code <name>_other}
 * @param choiceFilter      XLSForm {@code choice_filter} (kept and written back; choices are not filtered by it)
 * @param rows              the rows of a matrix (empty otherwise)
 */
public record Question(String name, QuestionType type, Text label, Text hint, boolean required,
                       Optional<String> relevant, Optional<String> constraint, Text constraintMessage,
                       Optional<String> listName, List<Choice> choices, boolean otherSpecify,
                       Optional<String> choiceFilter, List<MatrixRow> rows) {

    public Question {
        choices = List.copyOf(choices);
        rows = List.copyOf(rows);
    }

    /** The key under which the "other, please specify" text is answered. */
    public String otherName() {
        return name + "_other";
    }
}
