package org.plenum.assessment.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.plenum.assessment.Edition;
import org.plenum.assessment.Framework;
import org.plenum.assessment.Question;
import org.plenum.assessment.QuestionType;
import org.plenum.assessment.Rule;
import org.plenum.assessment.Text;
import org.plenum.assessment.demo.SyntheticEParliamentSet;
import org.plenum.assessment.scoring.FrameworkDocumentReader;
import org.plenum.exchange.xlsform.XlsFormReader;
import org.springframework.core.io.ClassPathResource;

/**
 * The bundled e-Parliament questionnaire 2024 and the Digital Maturity Index dmi 2024.1 (decision 0060), read by the
 * real XLSForm and framework readers: what the questionnaire must hold, that every rule names one of its questions
 * with its choices, and that every published headline has its question and its practice.
 */
class EParliamentContentTest {

    static final Path FORM = Path.of("src/main/resources/assessment/questionnaires/eparliament/2024");

    static Edition edition() {
        return XlsFormReader.read(FORM);
    }

    static Framework framework() throws IOException {
        return FrameworkDocumentReader.read(new ClassPathResource("assessment/frameworks/dmi-2024.1.json")
                .getContentAsString(StandardCharsets.UTF_8), "dmi-2024.1.json");
    }

    @Test
    void theQuestionnaireReadsWithSixSectionsInEnglishAndFrench() {
        Edition edition = edition();
        assertThat(edition.questionnaire()).isEqualTo("eparliament");
        assertThat(edition.edition()).isEqualTo("2024");
        assertThat(edition.publicResponses()).isFalse();
        assertThat(edition.languages()).containsExactlyInAnyOrder("en", "fr");
        assertBilingual(edition.title(), "title");
        assertThat(edition.description().in("en")).contains("Plenum's own questionnaire").contains("not IPU's questionnaire");
        assertThat(edition.description().in("fr")).contains("n'est pas le questionnaire de l'UIP");
        assertThat(edition.sections()).extracting(s -> s.name()).containsExactly("governance", "infrastructure", "business",
                "content", "engagement", "skills");
        assertThat(edition.sections()).allSatisfy(s -> assertBilingual(s.title(), s.name()));
        List<Question> asked = edition.questions().filter(q -> q.type() != QuestionType.NOTE).toList();
        assertThat(asked).hasSizeBetween(50, 70);
        assertThat(asked).allSatisfy(q -> {
            assertBilingual(q.label(), q.name());
            if (!q.hint().isEmpty()) {
                assertBilingual(q.hint(), q.name() + " hint");
            }
            q.choices().forEach(c -> assertBilingual(c.label(), q.name() + "/" + c.name()));
            q.rows().forEach(r -> assertBilingual(r.label(), r.name()));
            q.constraint().ifPresent(c -> assertBilingual(q.constraintMessage(), q.name() + " constraint message"));
        });
        assertThat(asked.stream().map(Question::type).collect(Collectors.toSet()))
                .containsAll(EnumSet.of(QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE, QuestionType.YES_NO,
                        QuestionType.INTEGER, QuestionType.DECIMAL, QuestionType.DATE, QuestionType.TEXT,
                        QuestionType.MATRIX));
        assertThat(asked).anyMatch(Question::otherSpecify);
        assertThat(asked).filteredOn(q -> q.relevant().isPresent()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(asked).filteredOn(q -> q.constraint().isPresent()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(asked).filteredOn(Question::required).hasSizeGreaterThanOrEqualTo(15);
        Question matrix = asked.stream().filter(q -> q.type() == QuestionType.MATRIX).findFirst().orElseThrow();
        assertThat(matrix.rows()).hasSize(7);
        assertThat(matrix.choices()).extracting(c -> c.name()).containsExactly("paper", "partly", "fully");
    }

    @Test
    void everyRuleAndPracticeOfTheFrameworkNamesAQuestionOfTheQuestionnaireWithItsChoices() throws IOException {
        Framework framework = framework();
        Edition edition = edition();
        assertThat(FrameworkDocumentReader.problemsWith(framework, edition)).isEmpty();
        assertThat(framework.code()).isEqualTo("dmi");
        assertThat(framework.version()).isEqualTo("2024.1");
        assertThat(framework.areas()).extracting(Framework.Area::code).containsExactly("governance", "infrastructure",
                "business", "content", "engagement", "skills");
        assertThat(framework.areas()).extracting(a -> a.title().in("en"))
                .containsExactlyElementsOf(edition.sections().stream().map(s -> s.title().in("en")).toList());
        assertThat(framework.bands()).hasSize(5);
        assertThat(framework.bands().get(0).label().in("en")).isEqualTo("Least digitally mature");
        assertThat(framework.bands().get(4).label().in("en")).isEqualTo("Most digitally mature");
        assertThat(framework.bands()).allSatisfy(b -> assertBilingual(b.label(), b.code()));
        assertBilingual(framework.missing().explanation(), "missing");
        // Every indicator's rule can give points, and each choice it names is one the question offers (the reader
        // checks the names; here also that no offered choice of a choice rule is left without points).
        for (Framework.Area area : framework.areas()) {
            for (Framework.Indicator indicator : area.indicators()) {
                assertBilingual(indicator.title(), indicator.code());
                assertThat(indicator.rule().maxPoints()).as(indicator.code()).isPositive();
                if (indicator.rule() instanceof Rule.ChoicePoints rule) {
                    Question question = edition.question(rule.question()).orElseThrow();
                    assertThat(rule.points().keySet()).as(indicator.code())
                            .containsExactlyInAnyOrderElementsOf(question.choices().stream().map(c -> c.name()).toList());
                }
            }
        }
    }

    @Test
    void everyPublishedHeadlineOfAResponseHasItsQuestionItsPracticeAndItsCalibration() throws IOException {
        Framework framework = framework();
        Edition edition = edition();
        Map<String, Double> published = SyntheticEParliamentSet.publishedFigures();
        // The figures that are shares of parliaments answering a question (not of scores, nor the count of chambers).
        Set<String> ofAnswers = published.keySet().stream().filter(code -> !code.equals("chambers_responding")
                && !code.contains("income")).collect(Collectors.toSet());
        assertThat(framework.practices()).extracting(Framework.Practice::code).containsExactlyInAnyOrderElementsOf(ofAnswers);
        assertThat(SyntheticEParliamentSet.HEADLINES).extracting(SyntheticEParliamentSet.Headline::practice)
                .containsExactlyInAnyOrderElementsOf(ofAnswers);
        for (SyntheticEParliamentSet.Headline headline : SyntheticEParliamentSet.HEADLINES) {
            Framework.Practice practice = framework.practices().stream().filter(p -> p.code().equals(headline.practice()))
                    .findFirst().orElseThrow();
            assertThat(practice.condition().conditions()).singleElement().satisfies(c -> {
                assertThat(c.question()).isEqualTo(headline.question());
                assertThat(c.choices()).containsExactlyInAnyOrderElementsOf(headline.choices());
            });
            assertThat(headline.percent()).isEqualTo((int) Math.round(published.get(headline.practice())));
            Question question = edition.question(headline.question()).orElseThrow();
            assertThat(question.choices().stream().map(c -> c.name())).containsAll(headline.choices());
        }
    }

    @Test
    void theGeneratorWritesExactlyTheQuestionnairesAnswers() {
        Edition edition = edition();
        List<String> names = new ArrayList<>();
        edition.questions().filter(q -> q.type() != QuestionType.NOTE).forEach(q -> {
            if (q.type() == QuestionType.MATRIX) {
                q.rows().forEach(r -> names.add(r.name()));
            } else {
                names.add(q.name());
            }
            if (q.otherSpecify()) {
                names.add(q.otherName());
            }
        });
        assertThat(SyntheticEParliamentSet.COLUMNS).containsExactlyElementsOf(names);
    }

    private static void assertBilingual(Text text, String what) {
        assertThat(text.byLanguage().get("en")).as(what + " in English").isNotBlank();
        assertThat(text.byLanguage().get("fr")).as(what + " in French").isNotBlank();
        assertThat(Stream.of("TODO", "TBD", "lorem")).noneMatch(w -> text.in("en").contains(w) || text.in("fr").contains(w));
    }
}
