package org.plenum.assessment;

import java.util.List;
import java.util.Optional;

/**
 * Editions built for tests (synthetic: no real questionnaire has them): every type of question, a matrix, an "other,
 * please specify", skip logic on a question and on a section, constraints with their messages.
 */
public final class TestEditions {

    private TestEditions() {
    }

    public static Question question(String name, QuestionType type, boolean required, String relevant,
                                    String constraint, List<Choice> choices, boolean other, List<MatrixRow> rows) {
        return new Question(name, type, Text.of("Label of " + name, "Libellé de " + name), Text.NONE, required,
                Optional.ofNullable(relevant), Optional.ofNullable(constraint),
                constraint == null ? Text.NONE : Text.of("Between 0 and 10000.", "Entre 0 et 10000."),
                choices.isEmpty() ? Optional.empty() : Optional.of("list"), choices, other, Optional.empty(), rows);
    }

    public static final List<Choice> HOSTING = List.of(new Choice("cloud", Text.of("Cloud", "Nuage")),
            new Choice("premises", Text.of("On premises", "Sur site")));
    public static final List<Choice> LEVELS = List.of(new Choice("none", Text.of("None", "Aucun")),
            new Choice("some", Text.of("Some", "Un peu")), new Choice("full", Text.of("Full", "Complet")));

    /** Questionnaire {@code test}, edition {@code code}. */
    public static Edition every(String questionnaire, String code, boolean publicResponses) {
        return new Edition(questionnaire, code, Text.of("Test survey", "Enquête test"),
                Text.of("A synthetic questionnaire for tests.", "Un questionnaire synthétique pour les tests."),
                List.of("en", "fr"), publicResponses, List.of(
                new Section("general", Text.of("General", "Général"), Text.NONE, Optional.empty(), List.of(
                        question("intro", QuestionType.NOTE, false, null, null, List.of(), false, List.of()),
                        question("has_strategy", QuestionType.YES_NO, true, null, null, List.of(), false, List.of()),
                        question("strategy_year", QuestionType.INTEGER, true, "${has_strategy} = 'yes'",
                                ". >= 1990 and . <= 2030", List.of(), false, List.of()),
                        question("staff", QuestionType.DECIMAL, false, null, ". >= 0", List.of(), false, List.of()),
                        question("adopted", QuestionType.DATE, false, null, null, List.of(), false, List.of()),
                        question("hosting", QuestionType.MULTIPLE_CHOICE, true, null, null, HOSTING, false, List.of()),
                        question("provider", QuestionType.SINGLE_CHOICE, false, null, null, HOSTING, true, List.of()),
                        question("remarks", QuestionType.TEXT, false, null, "string-length(.) <= 20", List.of(), false,
                                List.of()))),
                new Section("cloud", Text.of("Cloud", "Nuage"), Text.NONE, Optional.of("selected(${hosting}, 'cloud')"),
                        List.of(question("services", QuestionType.MATRIX, false, null, null, LEVELS, false, List.of(
                                        new MatrixRow("svc_mail", Text.of("E-mail", "Courriel"), true),
                                        new MatrixRow("svc_files", Text.of("Files", "Fichiers"), false))),
                                question("cloud_since", QuestionType.INTEGER, false, "${strategy_year} > 2000", null,
                                        List.of(), false, List.of())))));
    }
}
