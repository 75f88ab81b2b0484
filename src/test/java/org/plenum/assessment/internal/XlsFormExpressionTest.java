package org.plenum.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenum.assessment.AssessmentException;

/** The XLSForm expression subset: every operator and function, XPath's comparisons, and the errors with positions. */
class XlsFormExpressionTest {

    private final Map<String, String> answers = Map.of("has_strategy", "yes", "staff", "12", "hosting", "cloud own",
            "name", "Assemblée", "ratio", "2.5");

    private boolean holds(String expression) {
        return XlsFormExpression.parse(expression).test(answers::get, "");
    }

    private boolean holdsFor(String expression, String self) {
        return XlsFormExpression.parse(expression).test(answers::get, self);
    }

    @Test
    void comparesTextAndNumbers() {
        assertThat(holds("${has_strategy} = 'yes'")).isTrue();
        assertThat(holds("${has_strategy} = \"no\"")).isFalse();
        assertThat(holds("${has_strategy} != 'no'")).isTrue();
        assertThat(holds("${staff} = 12")).isTrue();
        assertThat(holds("${staff} = '12'")).isTrue();
        assertThat(holds("${staff} > 11")).isTrue();
        assertThat(holds("${staff} >= 12")).isTrue();
        assertThat(holds("${staff} < 12")).isFalse();
        assertThat(holds("${staff} <= 12")).isTrue();
        assertThat(holds("${ratio} > 2.49")).isTrue();
        // text compared with a number: the numbers, not the letters ('9' > '12' as text)
        assertThat(holds("${staff} > 9")).isTrue();
        assertThat(holds(". >= -1")).isFalse();
        assertThat(holdsFor(". >= -1", "0")).isTrue();
    }

    @Test
    void anUnansweredQuestionIsEmptyAndNotANumber() {
        assertThat(holds("${missing} = ''")).isTrue();
        assertThat(holds("${missing} > 0")).isFalse();
        assertThat(holds("${missing} <= 0")).isFalse();
        assertThat(holds("${missing} = 0")).isFalse();
        assertThat(holds("${missing} != 0")).isTrue();
        assertThat(holds("${has_strategy} > 0")).isFalse();
    }

    @Test
    void combinesWithAndOrNotAndParentheses() {
        assertThat(holds("${has_strategy} = 'yes' and ${staff} > 20")).isFalse();
        assertThat(holds("${has_strategy} = 'yes' or ${staff} > 20")).isTrue();
        assertThat(holds("not(${has_strategy} = 'yes')")).isFalse();
        assertThat(holds("not(${staff} > 20) and (${has_strategy} = 'no' or ${ratio} = 2.5)")).isTrue();
        // and binds tighter than or
        assertThat(holds("${staff} = 1 and ${ratio} = 1 or ${has_strategy} = 'yes'")).isTrue();
        assertThat(holds("${staff} = 1 and (${ratio} = 1 or ${has_strategy} = 'yes')")).isFalse();
        assertThat(holds("${staff}")).isTrue();
        assertThat(holds("${missing}")).isFalse();
    }

    @Test
    void functions() {
        assertThat(holds("selected(${hosting}, 'cloud')")).isTrue();
        assertThat(holds("selected(${hosting}, 'premises')")).isFalse();
        assertThat(holds("selected(${missing}, 'cloud')")).isFalse();
        assertThat(holds("count-selected(${hosting}) = 2")).isTrue();
        assertThat(holds("count-selected(${missing}) = 0")).isTrue();
        assertThat(holdsFor("string-length(.) <= 5", "abcde")).isTrue();
        assertThat(holdsFor("string-length(.) <= 5", "abcdef")).isFalse();
        assertThat(holds("string-length(${name}) = 9")).isTrue();
        assertThat(holdsFor("regex(., '[A-Z]{2}-[LU]C0[12]')", "ES-LC01")).isTrue();
        assertThat(holdsFor("regex(., '[A-Z]{2}-[LU]C0[12]')", "es-lc01")).isFalse();
        assertThat(holdsFor("regex(., '^https?://.+')", "https://ipu.org")).isTrue();
    }

    @Test
    void namesTheQuestionsItReads() {
        assertThat(XlsFormExpression.parse("${a} = 'x' and (selected(${b}, 'y') or not(${a} = ${c}))").references())
                .containsExactly("a", "b", "c");
    }

    @Test
    void refusesWhatIsNotInTheSubsetNamingExpressionAndPosition() {
        assertThatThrownBy(() -> XlsFormExpression.parse("${a} + 1 = 2"))
                .isInstanceOf(AssessmentException.class)
                .hasMessage("Expression `${a} + 1 = 2` at position 6: unexpected '+ 1 = 2'");
        assertThatThrownBy(() -> XlsFormExpression.parse("today() > ${d}"))
                .hasMessageStartingWith("Expression `today() > ${d}` at position 1: 'today' is not supported");
        assertThatThrownBy(() -> XlsFormExpression.parse("${a} = 'yes"))
                .hasMessage("Expression `${a} = 'yes` at position 8: the text starting here is not closed with '");
        assertThatThrownBy(() -> XlsFormExpression.parse("(${a} = 1"))
                .hasMessage("Expression `(${a} = 1` at position 10: ')' expected, but the expression ends");
        assertThatThrownBy(() -> XlsFormExpression.parse("${a} ="))
                .hasMessage("Expression `${a} =` at position 7: the expression ends where a value is expected");
        assertThatThrownBy(() -> XlsFormExpression.parse("selected(${a})"))
                .hasMessage("Expression `selected(${a})` at position 1: selected() takes 2 arguments, not 1");
        assertThatThrownBy(() -> XlsFormExpression.parse("${a b} = 1"))
                .hasMessage("Expression `${a b} = 1` at position 1: 'a b' is not a question name");
        assertThatThrownBy(() -> XlsFormExpression.parse("$a = 1"))
                .hasMessage("Expression `$a = 1` at position 1: a reference is written ${name}");
        assertThatThrownBy(() -> XlsFormExpression.parse("1 < 2 < 3"))
                .hasMessageContaining("at position 7: a comparison cannot follow a comparison");
        assertThatThrownBy(() -> XlsFormExpression.parse("regex(., '[a-')"))
                .hasMessageStartingWith("Expression `regex(., '[a-')` at position 1: '[a-' is not a regular expression");
        assertThatThrownBy(() -> XlsFormExpression.parse("  "))
                .hasMessage("Expression `  ` is empty");
        assertThatThrownBy(() -> XlsFormExpression.parse("${a} = 1 ${b}"))
                .hasMessage("Expression `${a} = 1 ${b}` at position 10: unexpected '${b}'");
    }
}
