package org.plenum.assessment.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plenum.assessment.Edition;
import org.plenum.assessment.Question;
import org.plenum.assessment.QuestionType;
import org.plenum.assessment.Questionnaires;
import org.plenum.assessment.Response;
import org.plenum.assessment.ResponseState;
import org.plenum.assessment.Responses;
import org.plenum.assessment.Section;
import org.plenum.assessment.web.PublicSurveyViews.EditionRow;
import org.plenum.assessment.web.PublicSurveyViews.QuestionRow;
import org.plenum.assessment.web.PublicSurveyViews.QuestionnaireRow;
import org.plenum.assessment.web.PublicSurveyViews.ResponseRow;
import org.plenum.assessment.web.PublicSurveyViews.SectionRow;
import org.plenum.web.PageContext;
import org.plenum.web.PageController;
import org.plenum.web.PageNotFoundException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public survey pages (decisions 0050, 0052): {@code /surveys} (the questionnaires, their editions and numbers of
 * accepted responses), {@code /surveys/{q}/{edition}} (the questions by section in the reader's language, with their
 * choices and skip logic in words), and for questionnaires whose responses are public
 * {@code /surveys/{q}/{edition}/responses[/{key}]} (accepted responses only; synthetic ones labelled as such).
 */
@PageController
class PublicSurveysController {

    private final Questionnaires questionnaires;
    private final Responses responses;

    PublicSurveysController(Questionnaires questionnaires, Responses responses) {
        this.questionnaires = questionnaires;
        this.responses = responses;
    }

    @GetMapping("/surveys")
    String list(@ModelAttribute("page") PageContext page, Model model) {
        Map<String, Long> counts = responses.counts(EnumSet.of(ResponseState.ACCEPTED));
        Map<String, List<Edition>> byQuestionnaire = new LinkedHashMap<>();
        questionnaires.editions().forEach(e -> byQuestionnaire.computeIfAbsent(e.questionnaire(), q -> new ArrayList<>()).add(e));
        List<QuestionnaireRow> rows = new ArrayList<>();
        byQuestionnaire.forEach((code, editions) -> {
            Edition newest = editions.get(0);
            rows.add(new QuestionnaireRow(code, newest.title().in(page.lang()), newest.description().in(page.lang()),
                    editions.stream().map(e -> new EditionRow(e.edition(), e.title().in(page.lang()),
                            counts.getOrDefault(e.questionnaire() + "/" + e.edition(), 0L), e.publicResponses(),
                            href(e), href(e) + "/xlsform.xlsx", e.publicResponses() ? href(e) + "/responses" : ""))
                            .toList()));
        });
        model.addAttribute("questionnaires", rows);
        return "assessment/surveys";
    }

    @GetMapping("/surveys/{questionnaire}/{edition}")
    String edition(@PathVariable String questionnaire, @PathVariable String edition,
                   @ModelAttribute("page") PageContext page, Model model) {
        Edition e = find(questionnaire, edition);
        List<SectionRow> sections = new ArrayList<>();
        for (Section section : e.sections()) {
            List<QuestionRow> questions = new ArrayList<>();
            for (Question q : section.questions()) {
                List<String> choices = new ArrayList<>();
                if (q.type() == QuestionType.YES_NO) {
                    choices.add(page.t("surveys.yes"));
                    choices.add(page.t("surveys.no"));
                } else {
                    q.choices().forEach(c -> choices.add(c.label().in(page.lang())));
                }
                if (q.otherSpecify()) {
                    choices.add(page.t("surveys.otherPleaseSpecify"));
                }
                questions.add(new QuestionRow(q.name(), q.label().in(page.lang()), q.hint().in(page.lang()),
                        page.t("surveys.type." + q.type().name().toLowerCase()), q.required(),
                        q.relevant().map(r -> SkipLogicWords.describe(r, e, page)).orElse(""),
                        q.constraint().map(c -> q.constraintMessage().isEmpty() ? c : q.constraintMessage().in(page.lang()))
                                .orElse(""),
                        choices, q.rows().stream().map(r -> r.label().in(page.lang())).toList(), q.otherSpecify()));
            }
            sections.add(new SectionRow(section.name(), section.title().in(page.lang()), section.hint().in(page.lang()),
                    section.relevant().map(r -> SkipLogicWords.describe(r, e, page)).orElse(""), questions));
        }
        model.addAttribute("title", e.title().in(page.lang()));
        model.addAttribute("description", e.description().in(page.lang()));
        model.addAttribute("questionnaire", e.questionnaire());
        model.addAttribute("edition", e.edition());
        model.addAttribute("sections", sections);
        model.addAttribute("questions", e.questions().filter(q -> q.type() != QuestionType.NOTE).count());
        model.addAttribute("href", href(e));
        model.addAttribute("publicResponses", e.publicResponses());
        model.addAttribute("languages", String.join(", ", e.languages()));
        return "assessment/edition";
    }

    @GetMapping("/surveys/{questionnaire}/{edition}/responses")
    String responses(@PathVariable String questionnaire, @PathVariable String edition,
                     @ModelAttribute("page") PageContext page, Model model) {
        Edition e = publicEdition(questionnaire, edition);
        List<ResponseRow> rows = responses.list(questionnaire, edition, EnumSet.of(ResponseState.ACCEPTED)).stream()
                .map(r -> new ResponseRow(r.respondent().key(), r.respondent().label(), r.respondent().organisation(),
                        r.respondent().chamber().orElse(""), r.respondent().synthetic(),
                        href(e) + "/responses/" + PageContext.encode(r.respondent().key()))).toList();
        model.addAttribute("title", e.title().in(page.lang()));
        model.addAttribute("edition", e.edition());
        model.addAttribute("href", href(e));
        model.addAttribute("rows", rows);
        return "assessment/responses";
    }

    @GetMapping("/surveys/{questionnaire}/{edition}/responses/{key}")
    String response(@PathVariable String questionnaire, @PathVariable String edition, @PathVariable String key,
                    @ModelAttribute("page") PageContext page, Model model) {
        Edition e = publicEdition(questionnaire, edition);
        Response r = responses.find(questionnaire, edition, key).filter(x -> x.state() == ResponseState.ACCEPTED)
                .orElseThrow(() -> new PageNotFoundException("response " + key));
        model.addAttribute("title", e.title().in(page.lang()));
        model.addAttribute("edition", e.edition());
        model.addAttribute("href", href(e));
        model.addAttribute("respondent", r.respondent());
        model.addAttribute("sections", SurveyForms.sections(e, r.answers(), List.of(), java.util.Optional.empty(), page));
        return "assessment/response";
    }

    private Edition find(String questionnaire, String edition) {
        return questionnaires.edition(questionnaire, edition).orElseThrow(() -> new PageNotFoundException(
                "questionnaire " + questionnaire + " edition " + edition));
    }

    private Edition publicEdition(String questionnaire, String edition) {
        Edition e = find(questionnaire, edition);
        if (!e.publicResponses()) {
            throw new PageNotFoundException("the responses to " + questionnaire + " " + edition + " are not public");
        }
        return e;
    }

    static String href(Edition e) {
        return "/surveys/" + PageContext.encode(e.questionnaire()) + "/" + PageContext.encode(e.edition());
    }
}
