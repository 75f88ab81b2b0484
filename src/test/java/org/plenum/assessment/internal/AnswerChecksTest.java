package org.plenum.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.plenum.assessment.AnswerProblem;
import org.plenum.assessment.Answers;
import org.plenum.assessment.AssessmentException;
import org.plenum.assessment.Choice;
import org.plenum.assessment.Edition;
import org.plenum.assessment.MatrixRow;
import org.plenum.assessment.Question;
import org.plenum.assessment.QuestionType;
import org.plenum.assessment.Section;
import org.plenum.assessment.TestEditions;
import org.plenum.assessment.Text;

/** Skip logic and the checks of answers, on an edition with every type of question. */
class AnswerChecksTest {

    static final Edition EDITION = TestEditions.every("test", "2026", false);

    static Question question(String name, QuestionType type, boolean required, String relevant, String constraint,
                             List<Choice> choices, boolean other, List<MatrixRow> rows) {
        return TestEditions.question(name, type, required, relevant, constraint, choices, other, rows);
    }

    private static List<String> codes(List<AnswerProblem> problems) {
        return problems.stream().map(p -> p.question() + ":" + p.code()).toList();
    }

    @Test
    void completeValidAnswersHaveNoProblem() {
        Answers answers = new Answers(Map.of("has_strategy", "yes", "strategy_year", "2019", "staff", "12.5",
                "adopted", "2019-03-01", "hosting", "cloud premises", "provider", "other", "provider_other", "Local firm",
                "remarks", "ok", "svc_mail", "full", "svc_files", "some"));
        assertThat(AnswerChecks.check(EDITION, answers, true)).isEmpty();
    }

    @Test
    void requiredAnswersAreMissingOnlyWhenCompleteAndRelevant() {
        Answers answers = new Answers(Map.of("has_strategy", "no"));
        assertThat(AnswerChecks.check(EDITION, answers, false)).isEmpty();
        // strategy_year is not asked (has_strategy = no); the cloud section is not asked (hosting unanswered)
        assertThat(codes(AnswerChecks.check(EDITION, answers, true))).containsExactly("hosting:required");
        Answers cloud = new Answers(Map.of("has_strategy", "yes", "hosting", "cloud"));
        assertThat(codes(AnswerChecks.check(EDITION, cloud, true)))
                .containsExactly("strategy_year:required", "svc_mail:required");
    }

    @Test
    void wrongEncodingsAndUnknownChoices() {
        Answers answers = new Answers(Map.of("has_strategy", "maybe", "staff", "12,5", "adopted", "01/03/2019",
                "hosting", "cloud attic", "provider", "cloud premises", "remarks", "far too long for the constraint"));
        assertThat(codes(AnswerChecks.check(EDITION, answers, false))).containsExactly("has_strategy:not_a_choice",
                "staff:not_a_number", "adopted:not_a_date", "hosting:not_a_choice", "provider:not_a_choice",
                "remarks:constraint");
        Answers integer = new Answers(Map.of("has_strategy", "yes", "strategy_year", "2019.5"));
        assertThat(codes(AnswerChecks.check(EDITION, integer, false))).containsExactly("strategy_year:not_an_integer");
    }

    @Test
    void constraintsUseTheQuestionsMessageInEachLanguage() {
        Answers answers = new Answers(Map.of("has_strategy", "yes", "strategy_year", "1850"));
        AnswerProblem problem = AnswerChecks.check(EDITION, answers, false).get(0);
        assertThat(problem.code()).isEqualTo("constraint");
        assertThat(problem.message().in("en")).isEqualTo("Between 0 and 10000.");
        assertThat(problem.message().in("fr")).isEqualTo("Entre 0 et 10000.");
    }

    @Test
    void answersToQuestionsNotAskedAndUnknownQuestions() {
        Answers answers = new Answers(Map.of("has_strategy", "no", "strategy_year", "2019", "svc_mail", "full",
                "colour", "blue", "intro", "read", "services", "full"));
        assertThat(codes(AnswerChecks.check(EDITION, answers, false))).containsExactlyInAnyOrder("colour:unknown_question",
                "intro:unknown_question", "services:unknown_question", "strategy_year:not_relevant",
                "svc_mail:not_relevant");
    }

    @Test
    void otherPleaseSpecify() {
        Answers noText = new Answers(Map.of("has_strategy", "no", "hosting", "premises", "provider", "other"));
        assertThat(codes(AnswerChecks.check(EDITION, noText, true))).containsExactly("provider_other:required");
        Answers textWithoutOther = new Answers(Map.of("provider", "cloud", "provider_other", "Local firm"));
        assertThat(codes(AnswerChecks.check(EDITION, textWithoutOther, false))).containsExactly("provider_other:not_relevant");
    }

    @Test
    void relevanceFollowsSectionsAndCascades() {
        Answers answers = new Answers(Map.of("has_strategy", "no", "strategy_year", "2019", "hosting", "cloud"));
        assertThat(AnswerChecks.isRelevant(EDITION, "strategy_year", answers)).isFalse();
        assertThat(AnswerChecks.isRelevant(EDITION, "cloud", answers)).isTrue();
        assertThat(AnswerChecks.isRelevant(EDITION, "svc_files", answers)).isTrue();
        // cloud_since reads strategy_year, which is not asked: it counts as unanswered
        assertThat(AnswerChecks.isRelevant(EDITION, "cloud_since", answers)).isFalse();
        Answers premises = new Answers(Map.of("hosting", "premises"));
        assertThat(AnswerChecks.isRelevant(EDITION, "cloud", premises)).isFalse();
        assertThat(AnswerChecks.isRelevant(EDITION, "services", premises)).isFalse();
        assertThat(AnswerChecks.isRelevant(EDITION, "svc_mail", premises)).isFalse();
        assertThatThrownBy(() -> AnswerChecks.isRelevant(EDITION, "nothing", premises))
                .isInstanceOf(AssessmentException.class).hasMessageContaining("no question or section named 'nothing'");
    }

    @Test
    void anEditionsOwnProblems() {
        Edition bad = new Edition("test", "2026", Text.of("T", "T"), Text.NONE, List.of("en"), false, List.of(
                new Section("main", Text.NONE, Text.NONE, Optional.empty(), List.of(
                        question("a", QuestionType.TEXT, false, "${nowhere} = 1", null, List.of(), false, List.of()),
                        question("a", QuestionType.SINGLE_CHOICE, false, null, ". + 1", List.of(), false, List.of())))));
        assertThat(AnswerChecks.problemsOf(bad)).containsExactly(
                "Questionnaire test edition 2026: the name 'a' is used twice",
                "Questionnaire test edition 2026, question 'a': a SINGLE_CHOICE question needs choices",
                "Questionnaire test edition 2026, question 'a', relevant: `${nowhere} = 1` names ${nowhere}, which is"
                        + " not a question of this edition",
                "Questionnaire test edition 2026, question 'a', constraint: Expression `. + 1` at position 3:"
                        + " unexpected '+ 1'");
        assertThat(AnswerChecks.problemsOf(EDITION)).isEmpty();
    }
}
