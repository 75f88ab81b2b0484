package org.plenum.assessment.scoring;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenum.assessment.Choice;
import org.plenum.assessment.Edition;
import org.plenum.assessment.Question;
import org.plenum.assessment.QuestionType;
import org.plenum.assessment.Respondent;
import org.plenum.assessment.Section;
import org.plenum.assessment.Text;

/** A small framework and an edition with its questions, for computing scores by hand in tests. */
public final class SmallFramework {

    private SmallFramework() {
    }

    /**
     * Two areas: governance (weight 2: strategy choice_points yes_multi=2/yes_annual=1 weight 2; channels sum capped
     * at 2 weight 1) and infrastructure (weight 1: it_staff thresholds 1→1, 10→2 weight 1; open_data any_of weight 1).
     */
    public static String json(String treatment, double minimumShare) {
        return """
                {"code": "small", "version": "1.0", "questionnaire": "survey",
                 "title": {"en": "Small index", "fr": "Petit indice"},
                 "description": {"en": "A framework for tests.", "fr": "Un cadre pour les tests."},
                 "missing": {"treatment": "%s", "minimum_share_answered": %s,
                             "explanation": {"en": "Unanswered questions give no points.", "fr": "Une question sans réponse ne donne aucun point."}},
                 "bands": [{"from": 1, "code": "low", "label": {"en": "Low", "fr": "Bas"}},
                           {"from": 5, "code": "mid", "label": {"en": "Middle", "fr": "Moyen"}},
                           {"from": 8, "code": "high", "label": {"en": "High", "fr": "Haut"}}],
                 "areas": [
                   {"code": "governance", "title": {"en": "Governance", "fr": "Gouvernance"}, "weight": 2,
                    "indicators": [
                      {"code": "strategy", "title": {"en": "Strategy", "fr": "Stratégie"}, "weight": 2,
                       "rule": {"choice_points": {"question": "strategy", "points": {"yes_multi": 2, "yes_annual": 1, "no": 0}}}},
                      {"code": "channels", "title": {"en": "Channels", "fr": "Canaux"}, "weight": 1,
                       "rule": {"choice_points": {"question": "channels", "points": {"web": 1, "social": 1, "app": 1}, "combine": "sum", "cap": 2}}}]},
                   {"code": "infrastructure", "title": {"en": "Infrastructure", "fr": "Infrastructure"}, "weight": 1,
                    "indicators": [
                      {"code": "it_staff", "title": {"en": "IT staff", "fr": "Personnel informatique"}, "weight": 1,
                       "rule": {"thresholds": {"question": "it_staff", "steps": [{"at_least": 1, "points": 1}, {"at_least": 10, "points": 2}]}}},
                      {"code": "open_data", "title": {"en": "Open data", "fr": "Données ouvertes"}, "weight": 1,
                       "rule": {"any_of": {"conditions": [{"question": "open_data", "choices": ["yes"]}, {"question": "channels", "choices": ["app"]}], "points": 1}}}]}],
                 "practices": [
                   {"code": "multi_year", "title": {"en": "A multi-year strategy", "fr": "Une stratégie pluriannuelle"},
                    "condition": {"conditions": [{"question": "strategy", "choices": ["yes_multi"]}]}}]}
                """.formatted(treatment, minimumShare);
    }

    public static Edition edition(String code) {
        return edition("survey", code);
    }

    /** The framework's document scoring {@code questionnaire} under the code {@code frameworkCode}. */
    public static String json(String frameworkCode, String questionnaire, String treatment, double minimumShare) {
        return json(treatment, minimumShare).replace("\"code\": \"small\"", "\"code\": \"" + frameworkCode + "\"")
                .replace("\"questionnaire\": \"survey\"", "\"questionnaire\": \"" + questionnaire + "\"");
    }

    /**
     * Six respondents whose scores are worked out by hand (zero policy, half the weight needed): r1 10.0 (Europe,
     * high income), r5 9.25 (Americas, high), r2 4.75 (Europe, upper middle), r4 4.75 (Sub-Saharan Africa, lower
     * middle), r3 1.0 (Sub-Saharan Africa, low), r6 no score (Americas, upper middle: infrastructure unanswered).
     */
    public static java.util.List<org.plenum.assessment.Responses.ImportedResponse> respondents() {
        return java.util.List.of(
                imported("r1", "europe", "high_income", "strategy", "yes_multi", "channels", "web social app", "it_staff", "12", "open_data", "yes"),
                imported("r2", "europe", "upper_middle_income", "strategy", "yes_annual", "channels", "web", "it_staff", "5", "open_data", "no"),
                imported("r3", "sub_saharan_africa", "low_income", "strategy", "no", "channels", "none", "it_staff", "0", "open_data", "no"),
                imported("r4", "sub_saharan_africa", "lower_middle_income", "strategy", "yes_annual", "channels", "web", "it_staff", "5", "open_data", "no"),
                imported("r5", "americas", "high_income", "strategy", "yes_multi", "channels", "web social", "it_staff", "1", "open_data", "yes"),
                imported("r6", "americas", "upper_middle_income", "strategy", "yes_multi"));
    }

    private static org.plenum.assessment.Responses.ImportedResponse imported(String key, String region, String income,
                                                                            String... answers) {
        return new org.plenum.assessment.Responses.ImportedResponse(respondent(key, region, income),
                new org.plenum.assessment.Answers(answers(answers)));
    }

    public static Edition edition(String questionnaire, String code) {
        Question strategy = question("strategy", QuestionType.SINGLE_CHOICE, List.of(
                choice("yes_multi"), choice("yes_annual"), choice("no")));
        Question channels = question("channels", QuestionType.MULTIPLE_CHOICE, List.of(
                choice("web"), choice("social"), choice("app"), choice("none")));
        Question staff = question("it_staff", QuestionType.INTEGER, List.of());
        Question open = question("open_data", QuestionType.YES_NO, List.of(choice("yes"), choice("no")));
        return new Edition(questionnaire, code, Text.of("Survey", "Enquête"), Text.NONE, List.of("en", "fr"), false,
                List.of(new Section("main", Text.NONE, Text.NONE, Optional.empty(), List.of(strategy, channels, staff, open))));
    }

    public static Respondent respondent(String key, String region, String income) {
        return new Respondent(key, Optional.empty(), Optional.empty(), "Synthetic chamber " + key, "",
                Optional.ofNullable(region), Optional.ofNullable(income), true);
    }

    private static Question question(String name, QuestionType type, List<Choice> choices) {
        return new Question(name, type, Text.of(name, name), Text.NONE, false, Optional.empty(), Optional.empty(),
                Text.NONE, choices.isEmpty() ? Optional.empty() : Optional.of(name), choices, false, Optional.empty(),
                List.of());
    }

    private static Choice choice(String name) {
        return new Choice(name, Text.of(name, name));
    }

    static Map<String, String> answers(String... pairs) {
        java.util.Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
