package org.plenum.assessment.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenum.assessment.AssessmentException;
import org.plenum.assessment.Framework;
import org.plenum.assessment.Rule;

class FrameworkDocumentReaderTest {

    @Test
    void readsEveryPartOfTheDocument() {
        Framework f = FrameworkDocumentReader.read(SmallFramework.json("zero", 0.5), "small-1.0.json");
        assertThat(f.code()).isEqualTo("small");
        assertThat(f.version()).isEqualTo("1.0");
        assertThat(f.title().in("fr")).isEqualTo("Petit indice");
        assertThat(f.missing().treatment()).isEqualTo(Framework.MissingPolicy.Treatment.ZERO);
        assertThat(f.missing().minimumShareAnswered()).isEqualTo(0.5);
        assertThat(f.bands()).extracting(Framework.Band::code).containsExactly("low", "mid", "high");
        assertThat(f.areas()).extracting(Framework.Area::weight).containsExactly(2.0, 1.0);
        Rule.ChoicePoints channels = (Rule.ChoicePoints) f.areas().get(0).indicators().get(1).rule();
        assertThat(channels.combine()).isEqualTo(Rule.ChoicePoints.Combine.SUM);
        assertThat(channels.cap()).contains(2.0);
        assertThat(channels.maxPoints()).isEqualTo(2.0);
        Rule.Thresholds staff = (Rule.Thresholds) f.areas().get(1).indicators().get(0).rule();
        assertThat(staff.steps()).containsExactly(new Rule.Thresholds.Step(1, 1), new Rule.Thresholds.Step(10, 2));
        Rule.AnyOf open = (Rule.AnyOf) f.areas().get(1).indicators().get(1).rule();
        assertThat(open.questions()).containsExactly("open_data", "channels");
        assertThat(f.practices()).singleElement().satisfies(p -> assertThat(p.condition().conditions().get(0).choices())
                .containsExactly("yes_multi"));
    }

    @Test
    void namesEveryMistakeByPathAndWhy() {
        String json = SmallFramework.json("zero", 0.5)
                .replace("\"fr\": \"Gouvernance\"}, \"weight\": 2,", "\"fr\": \"Gouvernance\"}, \"weight\": 0, \"colour\": \"red\",")
                .replace("{\"from\": 5, \"code\": \"mid\"", "{\"from\": 0.5, \"code\": \"mid\"")
                .replace("\"combine\": \"sum\"", "\"combine\": \"all\"")
                .replace("\"treatment\": \"zero\"", "\"treatment\": \"ignore\"")
                .replace("\"steps\": [{\"at_least\": 1, \"points\": 1}, {\"at_least\": 10", "\"steps\": [{\"at_least\": 10, \"points\": 1}, {\"at_least\": 1");
        assertThatThrownBy(() -> FrameworkDocumentReader.read(json, "small-1.0.json"))
                .isInstanceOf(AssessmentException.class)
                .satisfies(e -> assertThat(((AssessmentException) e).problems()).containsExactlyInAnyOrder(
                        "small-1.0.json: $.missing.treatment: must be \"zero\" or \"skip\" (was \"ignore\")",
                        "small-1.0.json: $.bands[1].from: must be between 1 and 10 (was 0.5)",
                        "small-1.0.json: $.bands[1].from: bands must be in increasing order of from (0.5 after 1.0)",
                        "small-1.0.json: $.areas[0].colour: unknown key (expected one of code, description, indicators, title, weight)",
                        "small-1.0.json: $.areas[0].weight: must be greater than 0 (was 0.0)",
                        "small-1.0.json: $.areas[0].indicators[1].rule.choice_points.combine: must be \"sum\" or \"max\" (was \"all\")",
                        "small-1.0.json: $.areas[1].indicators[0].rule.thresholds.steps[1].at_least: steps must be in increasing order of at_least (1.0 after 10.0)"));
    }

    @Test
    void refusesARuleWithTwoKindsAndMissingKeys() {
        String json = """
                {"code": "X", "questionnaire": "survey", "title": {"fr": "Seulement"},
                 "missing": {"treatment": "skip", "minimum_share_answered": 2, "explanation": {"en": "e"}},
                 "bands": [{"from": 2, "code": "a", "label": {"en": "A"}}],
                 "areas": [{"code": "a", "title": {"en": "A"}, "weight": 1, "indicators": [
                   {"code": "i", "title": {"en": "I"}, "weight": 1,
                    "rule": {"any_of": {"conditions": [], "points": 1}, "thresholds": {"question": "q", "steps": []}}}]}]}
                """;
        assertThatThrownBy(() -> FrameworkDocumentReader.read(json, "x.json"))
                .isInstanceOf(AssessmentException.class)
                .satisfies(e -> assertThat(((AssessmentException) e).problems()).containsExactlyInAnyOrder(
                        "x.json: $.code: must be lower-case letters, digits, '_', '-' or '.' (was \"X\")",
                        "x.json: $.version: missing",
                        "x.json: $.title.en: missing (every text has at least English)",
                        "x.json: $.missing.minimum_share_answered: must be between 0 and 1 (was 2.0)",
                        "x.json: $.bands[0].from: the first band must start at 1 so that every score has a band (was 2.0)",
                        "x.json: $.areas[0].indicators[0].rule: must have exactly one of choice_points, thresholds, any_of (has 2)"));
    }

    @Test
    void refusesWhatIsNotJson() {
        assertThatThrownBy(() -> FrameworkDocumentReader.read("{\"code\": ", "broken.json"))
                .isInstanceOf(AssessmentException.class).hasMessageStartingWith("broken.json: not a JSON document");
    }

    @Test
    void checksTheRulesAgainstTheEditionScored() {
        Framework f = FrameworkDocumentReader.read(SmallFramework.json("zero", 0.5)
                .replace("\"question\": \"it_staff\"", "\"question\": \"it_budget\"")
                .replace("\"yes_annual\": 1", "\"yes_yearly\": 1")
                .replace("{\"question\": \"open_data\", \"choices\": [\"yes\"]}", "{\"question\": \"strategy\", \"choices\": [\"maybe\"]}"),
                "small-1.0.json");
        List<String> problems = FrameworkDocumentReader.problemsWith(f, SmallFramework.edition("2024"));
        assertThat(problems).containsExactly(
                "framework small 1.0 against survey 2024: $.areas[0].indicators[0].rule.choice_points.points.yes_yearly: strategy has no choice yes_yearly",
                "framework small 1.0 against survey 2024: $.areas[1].indicators[0].rule.thresholds.question: the edition has no question it_budget",
                "framework small 1.0 against survey 2024: $.areas[1].indicators[1].rule.any_of.conditions[0].choices: strategy has no choice maybe");
        Framework thresholdsOnChoice = FrameworkDocumentReader.read(SmallFramework.json("zero", 0.5)
                .replace("\"question\": \"it_staff\"", "\"question\": \"strategy\""), "small-1.0.json");
        assertThat(FrameworkDocumentReader.problemsWith(thresholdsOnChoice, SmallFramework.edition("2024"))).containsExactly(
                "framework small 1.0 against survey 2024: $.areas[1].indicators[0].rule.thresholds.question: strategy is a SINGLE_CHOICE question; thresholds need an integer or decimal");
    }
}
