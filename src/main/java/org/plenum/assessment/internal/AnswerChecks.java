package org.plenum.assessment.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.plenum.assessment.AnswerProblem;
import org.plenum.assessment.Answers;
import org.plenum.assessment.AssessmentException;
import org.plenum.assessment.Choice;
import org.plenum.assessment.Edition;
import org.plenum.assessment.MatrixRow;
import org.plenum.assessment.Question;
import org.plenum.assessment.QuestionType;
import org.plenum.assessment.Section;
import org.plenum.assessment.Text;

/**
 * Skip logic and the checks of answers against an edition (decision 0051). Relevance is worked out in the order of
 * the questions, as ODK does: a question in a section that is not relevant is not relevant, and the answer to a
 * question that is not relevant counts as unanswered in the expressions after it.
 */
public final class AnswerChecks {

    private static final Map<String, XlsFormExpression> PARSED = new ConcurrentHashMap<>();

    private AnswerChecks() {
    }

    /** The parsed expression (parsed once and kept: editions are few and their expressions fixed). */
    public static XlsFormExpression expression(String source) {
        XlsFormExpression parsed = PARSED.get(source);
        if (parsed == null) {
            parsed = XlsFormExpression.parse(source);
            if (PARSED.size() < 10_000) {
                PARSED.put(source, parsed);
            }
        }
        return parsed;
    }

    /**
     * Which questions and sections are relevant given the answers: name (of a question, a matrix row or a section)
     * → relevant.
     */
    public static Map<String, Boolean> relevance(Edition edition, Answers answers) {
        Map<String, Boolean> relevant = new LinkedHashMap<>();
        Map<String, String> effective = new HashMap<>(answers.values());
        for (Section section : edition.sections()) {
            boolean sectionRelevant = section.relevant().map(r -> holds(r, effective)).orElse(true);
            relevant.put(section.name(), sectionRelevant);
            for (Question question : section.questions()) {
                boolean asked = sectionRelevant && question.relevant().map(r -> holds(r, effective)).orElse(true);
                relevant.put(question.name(), asked);
                question.rows().forEach(row -> relevant.put(row.name(), asked));
                if (!asked) {
                    effective.remove(question.name());
                    effective.remove(question.otherName());
                    question.rows().forEach(row -> effective.remove(row.name()));
                }
            }
        }
        return relevant;
    }

    private static boolean holds(String expression, Map<String, String> answers) {
        return expression(expression).test(answers::get, "");
    }

    public static boolean isRelevant(Edition edition, String name, Answers answers) {
        Map<String, Boolean> relevance = relevance(edition, answers);
        Boolean relevant = relevance.get(name);
        if (relevant == null && name.endsWith("_other")) {
            relevant = relevance.get(name.substring(0, name.length() - "_other".length()));
        }
        if (relevant == null) {
            throw new AssessmentException("Questionnaire " + edition.questionnaire() + " edition " + edition.edition()
                    + " has no question or section named '" + name + "'");
        }
        return relevant;
    }

    public static List<AnswerProblem> check(Edition edition, Answers answers, boolean complete) {
        Map<String, Boolean> relevance = relevance(edition, answers);
        List<AnswerProblem> problems = new ArrayList<>();
        Set<String> known = new LinkedHashSet<>();
        for (Question question : edition.questions().toList()) {
            if (question.type() == QuestionType.MATRIX) {
                question.rows().forEach(row -> known.add(row.name()));
            } else if (question.type() != QuestionType.NOTE) {
                known.add(question.name());
                if (question.otherSpecify()) {
                    known.add(question.otherName());
                }
            }
        }
        for (String name : answers.values().keySet()) {
            if (!known.contains(name)) {
                problems.add(new AnswerProblem(name, "unknown_question", Text.of(
                        "There is no question named '" + name + "' in this questionnaire.",
                        "Ce questionnaire n’a pas de question nommée « " + name + " ».")));
            }
        }
        for (Question question : edition.questions().toList()) {
            boolean asked = relevance.getOrDefault(question.name(), true);
            if (question.type() == QuestionType.NOTE) {
                continue;
            }
            if (question.type() == QuestionType.MATRIX) {
                for (MatrixRow row : question.rows()) {
                    checkOne(question, row.name(), answers.get(row.name()), asked, complete,
                            row.required() || question.required(), problems);
                }
                continue;
            }
            checkOne(question, question.name(), answers.get(question.name()), asked, complete, question.required(),
                    problems);
            if (question.otherSpecify()) {
                Optional<String> other = answers.get(question.otherName());
                boolean otherChosen = answers.selected(question.name()).contains("other");
                if (other.isPresent() && asked && !otherChosen) {
                    problems.add(new AnswerProblem(question.otherName(), "not_relevant", Text.of(
                            "Give this text only when “Other” is chosen.",
                            "Ne donnez ce texte que si « Autre » est choisi.")));
                } else if (other.isEmpty() && asked && otherChosen && complete) {
                    problems.add(new AnswerProblem(question.otherName(), "required", Text.of(
                            "Please specify the other answer.", "Veuillez préciser l’autre réponse.")));
                }
            }
        }
        return problems;
    }

    private static void checkOne(Question question, String name, Optional<String> answer, boolean asked,
                                 boolean complete, boolean required, List<AnswerProblem> problems) {
        if (answer.isEmpty()) {
            if (asked && complete && required) {
                problems.add(new AnswerProblem(name, "required", Text.of("This question needs an answer.",
                        "Cette question demande une réponse.")));
            }
            return;
        }
        if (!asked) {
            problems.add(new AnswerProblem(name, "not_relevant", Text.of(
                    "This question is not asked given the other answers: remove its answer.",
                    "Cette question n’est pas posée compte tenu des autres réponses : retirez sa réponse.")));
            return;
        }
        String value = answer.get();
        Optional<AnswerProblem> encoding = encoding(question, name, value);
        if (encoding.isPresent()) {
            problems.add(encoding.get());
            return;
        }
        if (question.constraint().isPresent() && question.type() != QuestionType.MATRIX
                && !expression(question.constraint().get()).test(n -> null, value)) {
            Map<String, String> message = new LinkedHashMap<>(Map.of(
                    "en", "This answer is not allowed (" + question.constraint().get() + ").",
                    "fr", "Cette réponse n’est pas admise (" + question.constraint().get() + ")."));
            message.putAll(question.constraintMessage().byLanguage());
            problems.add(new AnswerProblem(name, "constraint", new Text(message)));
        }
    }

    private static Optional<AnswerProblem> encoding(Question question, String name, String value) {
        switch (question.type()) {
            case INTEGER:
                if (!value.matches("-?[0-9]+")) {
                    return Optional.of(new AnswerProblem(name, "not_an_integer", Text.of(
                            "Give a whole number, e.g. 42.", "Indiquez un nombre entier, par exemple 42.")));
                }
                return Optional.empty();
            case DECIMAL:
                if (!value.matches("-?[0-9]+(\\.[0-9]+)?")) {
                    return Optional.of(new AnswerProblem(name, "not_a_number", Text.of(
                            "Give a number with a dot for decimals, e.g. 3.5.",
                            "Indiquez un nombre avec un point pour les décimales, par exemple 3.5.")));
                }
                return Optional.empty();
            case DATE:
                try {
                    LocalDate.parse(value);
                    return Optional.empty();
                } catch (DateTimeParseException e) {
                    return Optional.of(new AnswerProblem(name, "not_a_date", Text.of(
                            "Give a date as year-month-day, e.g. 2024-05-31.",
                            "Indiquez une date sous la forme année-mois-jour, par exemple 2024-05-31.")));
                }
            case YES_NO:
                if (!value.equals("yes") && !value.equals("no")) {
                    return notAChoice(name, value);
                }
                return Optional.empty();
            case SINGLE_CHOICE:
                if (value.contains(" ") || !isChoice(question, value)) {
                    return notAChoice(name, value);
                }
                return Optional.empty();
            case MULTIPLE_CHOICE:
            case MATRIX:
                for (String token : value.split("\\s+")) {
                    if (!isChoice(question, token)) {
                        return notAChoice(name, token);
                    }
                }
                return Optional.empty();
            default:
                return Optional.empty();
        }
    }

    private static boolean isChoice(Question question, String value) {
        return (question.otherSpecify() && value.equals("other"))
                || question.choices().stream().map(Choice::name).anyMatch(value::equals)
                || (question.type() == QuestionType.YES_NO && (value.equals("yes") || value.equals("no")));
    }

    private static Optional<AnswerProblem> notAChoice(String name, String value) {
        return Optional.of(new AnswerProblem(name, "not_a_choice", Text.of(
                "'" + value + "' is not one of the choices.", "« " + value + " » ne fait pas partie des choix.")));
    }

    /**
     * What is wrong with an edition itself: names not unique or not XLSForm names, choice questions without choices,
     * matrices without rows, expressions that do not parse or name unknown questions. Empty when nothing is.
     */
    public static List<String> problemsOf(Edition edition) {
        List<String> problems = new ArrayList<>();
        String where = "Questionnaire " + edition.questionnaire() + " edition " + edition.edition();
        if (!edition.questionnaire().matches("[a-z0-9][a-z0-9_-]{0,79}")) {
            problems.add(where + ": the questionnaire code must be lower-case letters, digits, - or _ (at most 80)");
        }
        if (!edition.edition().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,79}")) {
            problems.add(where + ": the edition code must be letters, digits, ., - or _ (at most 80)");
        }
        if (edition.title().isEmpty()) {
            problems.add(where + ": the title is missing");
        }
        Set<String> names = new LinkedHashSet<>();
        for (Section section : edition.sections()) {
            if (!names.add(section.name())) {
                problems.add(where + ": the name '" + section.name() + "' is used twice");
            }
            for (Question q : section.questions()) {
                List<String> own = new ArrayList<>(List.of(q.name()));
                q.rows().forEach(r -> own.add(r.name()));
                for (String name : own) {
                    if (!name.matches("[A-Za-z_][A-Za-z0-9_.-]*")) {
                        problems.add(where + ", question '" + name + "': not a valid XLSForm name (a letter or _,"
                                + " then letters, digits, _, . or -)");
                    }
                    if (!names.add(name)) {
                        problems.add(where + ": the name '" + name + "' is used twice");
                    }
                }
                boolean choices = q.type() == QuestionType.SINGLE_CHOICE || q.type() == QuestionType.MULTIPLE_CHOICE
                        || q.type() == QuestionType.MATRIX;
                if (choices && q.choices().isEmpty()) {
                    problems.add(where + ", question '" + q.name() + "': a " + q.type() + " question needs choices");
                }
                if (q.type() == QuestionType.MATRIX && q.rows().isEmpty()) {
                    problems.add(where + ", question '" + q.name() + "': a matrix needs rows");
                }
            }
        }
        for (Section section : edition.sections()) {
            section.relevant().ifPresent(r -> expressionProblems(where + ", section '" + section.name() + "', relevant",
                    r, names, problems));
            for (Question q : section.questions()) {
                q.relevant().ifPresent(r -> expressionProblems(where + ", question '" + q.name() + "', relevant", r,
                        names, problems));
                q.constraint().ifPresent(c -> expressionProblems(where + ", question '" + q.name() + "', constraint",
                        c, names, problems));
            }
        }
        return problems;
    }

    private static void expressionProblems(String where, String source, Set<String> names, List<String> problems) {
        try {
            XlsFormExpression parsed = expression(source);
            for (String reference : parsed.references()) {
                if (!names.contains(reference)) {
                    problems.add(where + ": `" + source + "` names ${" + reference + "}, which is not a question of"
                            + " this edition");
                }
            }
        } catch (AssessmentException e) {
            problems.add(where + ": " + e.getMessage());
        }
    }
}
