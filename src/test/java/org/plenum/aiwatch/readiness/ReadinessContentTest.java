package org.plenum.aiwatch.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.plenum.assessment.Edition;
import org.plenum.assessment.Framework;
import org.plenum.assessment.Question;
import org.plenum.assessment.QuestionType;
import org.plenum.assessment.Rule;
import org.plenum.assessment.Text;
import org.plenum.assessment.scoring.FrameworkDocumentReader;
import org.plenum.exchange.xlsform.XlsFormReader;
import org.springframework.core.io.ClassPathResource;

/**
 * The bundled AI readiness questionnaire, framework and recommended steps (decisions 0069, 0070), read by the real
 * readers: the questionnaire is a self-assessment in English and French with several question types and skip logic;
 * the framework's four dimensions score its questions; the steps cover every dimension at every level, name only
 * indicators of their dimension, and link only to use cases that exist.
 */
class ReadinessContentTest {

    static final Path FORM = Path.of("src/main/resources/assessment/questionnaires/ai-readiness/2026");

    static Edition edition() {
        return XlsFormReader.read(FORM);
    }

    static Framework framework() throws IOException {
        return FrameworkDocumentReader.read(new ClassPathResource("assessment/frameworks/ai-readiness-2026.1.json")
                .getContentAsString(StandardCharsets.UTF_8), "ai-readiness-2026.1.json");
    }

    static ReadinessRecommendations recommendations() throws IOException {
        return ReadinessRecommendations.of(new ClassPathResource(ReadinessRecommendations.FILE)
                .getContentAsString(StandardCharsets.UTF_8), ReadinessRecommendations.FILE);
    }

    @Test
    void theQuestionnaireIsABilingualSelfAssessmentWithSectionsTypesAndSkipLogic() {
        Edition edition = edition();
        assertThat(edition.questionnaire()).isEqualTo("ai-readiness");
        assertThat(edition.edition()).isEqualTo("2026");
        assertThat(edition.selfAssessment()).isTrue();
        assertThat(edition.publicResponses()).isFalse();
        assertThat(edition.languages()).containsExactlyInAnyOrder("en", "fr");
        assertThat(edition.description().in("en")).contains("Guidelines for AI in parliaments", "not the IPU's");
        assertThat(edition.sections()).extracting(s -> s.name()).containsExactly("context", "strategy", "governance",
                "ethics", "risk", "data", "development", "training", "portfolio", "impact");
        List<Question> asked = edition.questions().filter(q -> q.type() != QuestionType.NOTE).toList();
        long answers = asked.stream().mapToLong(q -> q.type() == QuestionType.MATRIX ? q.rows().size() : 1).sum();
        assertThat(answers).isBetween(30L, 50L);
        assertThat(asked).allSatisfy(q -> {
            bilingual(q.label(), q.name());
            q.choices().forEach(c -> bilingual(c.label(), q.name() + "/" + c.name()));
            q.rows().forEach(r -> bilingual(r.label(), r.name()));
            q.constraint().ifPresent(c -> bilingual(q.constraintMessage(), q.name()));
        });
        assertThat(asked.stream().map(Question::type).collect(Collectors.toSet())).contains(QuestionType.SINGLE_CHOICE,
                QuestionType.MULTIPLE_CHOICE, QuestionType.YES_NO, QuestionType.INTEGER, QuestionType.DECIMAL,
                QuestionType.DATE, QuestionType.TEXT, QuestionType.MATRIX);
        assertThat(asked).anyMatch(Question::otherSpecify);
        assertThat(asked).filteredOn(q -> q.relevant().isPresent()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(asked).filteredOn(q -> q.constraint().isPresent()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void theSelfAssessmentSettingSurvivesTheXlsFormWorkbookAndTheStoredDocument() {
        Edition edition = edition();
        Edition fromWorkbook = XlsFormReader.read(org.plenum.exchange.xlsform.XlsFormSheets.workbook(
                new org.plenum.exchange.InputFile("ai-readiness.xlsx", org.plenum.exchange.xlsform.XlsFormWriter.write(edition))));
        assertThat(fromWorkbook.selfAssessment()).isTrue();
        assertThat(fromWorkbook).isEqualTo(edition);
        String stored = org.plenum.assessment.internal.EditionDocument.write(edition);
        assertThat(stored).contains("\"selfAssessment\":true");
        assertThat(org.plenum.assessment.internal.EditionDocument.read(stored, "test").selfAssessment()).isTrue();
        // an edition that is not a self-assessment keeps the document it had before the setting existed
        Edition survey = new Edition("x", "1", edition.title(), edition.description(), edition.languages(), false,
                edition.sections());
        assertThat(org.plenum.assessment.internal.EditionDocument.write(survey)).doesNotContain("selfAssessment");
    }

    @Test
    void theFrameworkScoresTheQuestionnaireInFourDimensionsAndFourLevels() throws IOException {
        Framework framework = framework();
        Edition edition = edition();
        assertThat(FrameworkDocumentReader.problemsWith(framework, edition)).isEmpty();
        assertThat(framework.areas()).extracting(Framework.Area::code)
                .containsExactly("governance", "technical", "organisational", "democratic");
        assertThat(framework.bands()).extracting(Framework.Band::code)
                .containsExactly("foundations", "piloting", "scaling", "embedded");
        framework.bands().forEach(b -> bilingual(b.label(), b.code()));
        Set<String> scored = new HashSet<>();
        for (Framework.Area area : framework.areas()) {
            bilingual(area.title(), area.code());
            for (Framework.Indicator indicator : area.indicators()) {
                bilingual(indicator.title(), indicator.code());
                assertThat(indicator.rule().maxPoints()).as(indicator.code()).isPositive();
                // each indicator in one dimension only, each question scored once
                assertThat(scored.addAll(indicator.rule().questions())).as(indicator.code()).isTrue();
                if (indicator.rule() instanceof Rule.ChoicePoints rule) {
                    Question question = edition.question(rule.question()).orElseThrow();
                    assertThat(rule.points().keySet()).as(indicator.code())
                            .containsExactlyInAnyOrderElementsOf(question.choices().stream().map(c -> c.name()).toList());
                }
            }
        }
        // every guideline area of the questionnaire is scored somewhere
        for (String section : List.of("strategy", "governance", "ethics", "risk", "data", "development", "training",
                "portfolio", "impact")) {
            assertThat(edition.sections().stream().filter(s -> s.name().equals(section)).findFirst().orElseThrow()
                    .questions().stream().flatMap(q -> q.type() == QuestionType.MATRIX
                            ? q.rows().stream().map(r -> r.name()) : java.util.stream.Stream.of(q.name())))
                    .as(section).anyMatch(scored::contains);
        }
    }

    @Test
    void theStepsCoverEveryDimensionAtEveryLevelAndNameOnlyTheirOwnIndicators() throws IOException {
        Framework framework = framework();
        ReadinessRecommendations recommendations = recommendations();
        assertThat(recommendations.framework()).isEqualTo(framework.code());
        assertThat(recommendations.levels()).extracting(ReadinessRecommendations.Level::code)
                .containsExactlyElementsOf(framework.bands().stream().map(Framework.Band::code).toList());
        recommendations.levels().forEach(l -> bilingual(l.meaning(), l.code()));
        List<String> order = framework.bands().stream().map(Framework.Band::code).toList();
        for (Framework.Area area : framework.areas()) {
            Set<String> indicators = area.indicators().stream().map(Framework.Indicator::code).collect(Collectors.toSet());
            for (Framework.Band band : framework.bands()) {
                // with no gap at all, a chamber still gets the level's steps
                assertThat(recommendations.forDimension(area.code(), band.code(), order, List.of()))
                        .as(area.code() + " at " + band.code()).isNotEmpty();
            }
            recommendations.steps().stream().filter(s -> s.dimension().equals(area.code()))
                    .forEach(s -> assertThat(indicators).as(s.code()).containsAll(s.indicators()));
        }
        assertThat(recommendations.steps()).allSatisfy(s -> {
            assertThat(framework.areas()).extracting(Framework.Area::code).contains(s.dimension());
            bilingual(s.title(), s.code());
            bilingual(s.text(), s.code());
        });
        // the first level gets a small internal pilot (transcription), never a chatbot answering the public
        List<String> firstLevel = recommendations.steps().stream().filter(s -> s.levels().contains("foundations"))
                .flatMap(s -> s.useCases().stream()).toList();
        assertThat(firstLevel).contains("047", "066").doesNotContain("011", "025", "064", "061");
    }

    @Test
    void everyLinkedUseCaseIsOneOfTheSeedsUseCases() throws IOException {
        Set<String> seed;
        try (var in = getClass().getResourceAsStream("/dataset/ai/ai-use-cases.csv")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).filter(l -> l.matches("^\\d{3},.*")).map(l -> l.substring(0, 3))
                .collect(Collectors.toSet());
        }
        assertThat(seed).hasSize(26);
        assertThat(recommendations().steps()).allSatisfy(s -> assertThat(seed).as(s.code()).containsAll(s.useCases()));
        assertThat(recommendations().steps().stream().flatMap(s -> s.useCases().stream()).distinct().count())
                .isGreaterThanOrEqualTo(15);
    }

    @Test
    void aBrokenRecommendationsFileIsRefusedWithEveryProblemByPath() {
        String json = "{\"about\":{\"en\":\"a\",\"fr\":\"b\"},\"source\":\"s\",\"framework\":\"ai-readiness\","
                + "\"levels\":[{\"code\":\"foundations\",\"meaning\":{\"en\":\"x\"}}],"
                + "\"steps\":[{\"code\":\"a\",\"dimension\":\"governance\",\"levels\":[\"nowhere\"],"
                + "\"title\":{\"en\":\"t\",\"fr\":\"t\"},\"text\":{\"en\":\"t\",\"fr\":\"t\"},\"colour\":\"red\"}]}";
        assertThatThrownBy(() -> ReadinessRecommendations.of(json, "test.json"))
                .hasMessageContaining("test.json")
                .hasMessageContaining("$.levels[0].meaning.fr: must be a text that is not empty")
                .hasMessageContaining("$.steps[0].levels: 'nowhere' is not one of the levels")
                .hasMessageContaining("$.steps[0].colour: unknown key");
    }

    static void bilingual(Text text, String what) {
        assertThat(text.byLanguage().get("en")).as(what + " (en)").isNotBlank();
        assertThat(text.byLanguage().get("fr")).as(what + " (fr)").isNotBlank();
    }
}
