package org.plenum.assessment.web;

import java.util.Map;
import java.util.Optional;
import org.plenum.assessment.Edition;
import org.plenum.assessment.Question;
import org.plenum.assessment.internal.AnswerChecks;
import org.plenum.assessment.internal.XlsFormExpression;
import org.plenum.assessment.internal.XlsFormExpression.Binary;
import org.plenum.assessment.internal.XlsFormExpression.Call;
import org.plenum.assessment.internal.XlsFormExpression.Literal;
import org.plenum.assessment.internal.XlsFormExpression.Reference;
import org.plenum.web.PageContext;

/**
 * Skip logic in words, in the reader's language: {@code ${has_strategy} = 'yes'} reads "“Does the parliament have
 * a strategy?” is “Yes”"; questions by their labels, choices by theirs. Messages {@code surveys.logic.*}.
 */
final class SkipLogicWords {

    private static final Map<String, String> OPERATORS = Map.of("=", "eq", "!=", "ne", "<", "lt", "<=", "le", ">", "gt",
            ">=", "ge");

    private SkipLogicWords() {
    }

    static String describe(String expression, Edition edition, PageContext page) {
        return words(AnswerChecks.expression(expression).root(), edition, page, Optional.empty());
    }

    private static String words(XlsFormExpression.Node node, Edition edition, PageContext page,
                                Optional<Question> context) {
        if (node instanceof Binary b && (b.operator().equals("and") || b.operator().equals("or"))) {
            return page.t("surveys.logic." + b.operator(), words(b.left(), edition, page, Optional.empty()),
                    words(b.right(), edition, page, Optional.empty()));
        }
        if (node instanceof Binary b) {
            Optional<Question> q = question(b.left(), edition).or(() -> question(b.right(), edition));
            return page.t("surveys.logic." + OPERATORS.get(b.operator()), words(b.left(), edition, page, q),
                    words(b.right(), edition, page, q));
        }
        if (node instanceof Call c) {
            return switch (c.function()) {
                case "not" -> page.t("surveys.logic.not", words(c.arguments().get(0), edition, page, Optional.empty()));
                case "selected" -> page.t("surveys.logic.selected",
                        words(c.arguments().get(1), edition, page, question(c.arguments().get(0), edition)),
                        words(c.arguments().get(0), edition, page, Optional.empty()));
                case "count-selected" -> page.t("surveys.logic.count",
                        words(c.arguments().get(0), edition, page, Optional.empty()));
                case "string-length" -> page.t("surveys.logic.length",
                        words(c.arguments().get(0), edition, page, Optional.empty()));
                default -> page.t("surveys.logic.regex", words(c.arguments().get(0), edition, page, Optional.empty()),
                        words(c.arguments().get(1), edition, page, Optional.empty()));
            };
        }
        if (node instanceof Reference r) {
            return page.t("surveys.logic.quoted", edition.question(r.name()).map(q -> q.label().in(page.lang()))
                    .filter(l -> !l.isEmpty()).orElse(r.name()));
        }
        if (node instanceof Literal l) {
            if (l.value() instanceof Double d) {
                return d == Math.rint(d) ? Long.toString(d.longValue()) : d.toString();
            }
            String value = l.value().toString();
            String label = context.flatMap(q -> label(q, value, page)).orElse(value);
            return page.t("surveys.logic.quoted", label);
        }
        return page.t("surveys.logic.self");
    }

    private static Optional<Question> question(XlsFormExpression.Node node, Edition edition) {
        return node instanceof Reference r ? edition.question(r.name()) : Optional.empty();
    }

    private static Optional<String> label(Question q, String value, PageContext page) {
        if (q.type() == org.plenum.assessment.QuestionType.YES_NO && (value.equals("yes") || value.equals("no"))) {
            return Optional.of(page.t("surveys." + value));
        }
        return q.choices().stream().filter(c -> c.name().equals(value)).findFirst().map(c -> c.label().in(page.lang()));
    }
}
