package org.plenum.assessment.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenum.accounts.Actor;
import org.plenum.assessment.AnswerProblem;
import org.plenum.assessment.Answers;
import org.plenum.assessment.Edition;

import org.plenum.assessment.ResponseState;
import org.plenum.assessment.internal.StoredResponse;
import org.plenum.assessment.workflow.ChamberRespondents;
import org.plenum.assessment.workflow.SurveyNotAllowedException;
import org.plenum.assessment.workflow.SurveyNotFoundException;
import org.plenum.assessment.workflow.SurveyRefusedException;
import org.plenum.assessment.workflow.SurveyStateException;
import org.plenum.assessment.workflow.SurveyWorkflow;
import org.plenum.web.PageContext;
import org.plenum.web.PageController;
import org.plenum.web.PageNotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The correspondents' survey pages (decision 0052): {@code /my/surveys} (the open editions and their chambers, with
 * each response's state) and {@code /my/surveys/{q}/{edition}/{chamber}} (the form: save and resume, submit; read-only
 * once submitted until an editor returns it). Works without JavaScript: a saved form comes back (303) with the
 * problems next to their questions and the questions not asked hidden; {@code /assets/surveys.js} hides and shows
 * them as answers change. The security configuration lets correspondents and up in {@code /my}; the workflow checks
 * each chamber again.
 */
@PageController
class MySurveysController {

    private final SurveyWorkflow workflow;
    private final ChamberRespondents chambers;

    MySurveysController(SurveyWorkflow workflow, ChamberRespondents chambers) {
        this.workflow = workflow;
        this.chambers = chambers;
    }

    @GetMapping("/my/surveys")
    String mine(@AuthenticationPrincipal Actor actor, @ModelAttribute("page") PageContext page, Model model) {
        List<MySurveyRow> rows = new ArrayList<>();
        List<Edition> open = workflow.openEditions();
        for (Edition edition : open) {
            for (String chamber : chambers.chambersOf(actor)) {
                if (!chambers.exists(chamber)) {
                    continue;
                }
                Optional<StoredResponse> stored = workflow.response(actor, edition.questionnaire(), edition.edition(), chamber);
                Answers answers = stored.map(s -> s.response().answers()).orElse(Answers.NONE);
                int[] progress = SurveyForms.progress(edition, answers);
                String stateId = stored.map(s -> s.response().state().name().toLowerCase()).orElse("none");
                rows.add(new MySurveyRow(edition.questionnaire(), edition.edition(), edition.title().in(page.lang()),
                        chamber, chambers.name(chamber, page.lang()), stateId, page.t("surveys.state." + stateId),
                        page.t("surveys.progress", progress[0], progress[1]), href(edition, chamber)));
            }
        }
        model.addAttribute("rows", rows);
        model.addAttribute("openEditions", open.size());
        return "assessment/my-surveys";
    }

    @GetMapping("/my/surveys/{questionnaire}/{edition}/{chamber}")
    String form(@AuthenticationPrincipal Actor actor, @PathVariable String questionnaire, @PathVariable String edition,
                @PathVariable String chamber, @RequestParam(required = false) String saved,
                @RequestParam(required = false) String submitted, @RequestParam(defaultValue = "") String next,
                @ModelAttribute("page") PageContext page, CsrfToken csrf, HttpServletResponse response, Model model) {
        if (!actor.maySubmitFor(chamber)) {
            return forbidden(response, model, chamber);
        }
        Edition form = edition(questionnaire, edition, chamber);
        Optional<StoredResponse> stored = workflow.response(actor, questionnaire, edition, chamber);
        Answers answers = stored.map(s -> s.response().answers()).orElse(Answers.NONE);
        String notice = saved != null ? "saved" : submitted != null ? "submitted" : "";
        return page(model, csrf, view(form, chamber, stored, answers, workflow.problems(form, answers, false), notice,
                next(next), page));
    }

    @PostMapping("/my/surveys/{questionnaire}/{edition}/{chamber}")
    String save(@AuthenticationPrincipal Actor actor, @PathVariable String questionnaire, @PathVariable String edition,
                @PathVariable String chamber, @RequestParam(defaultValue = "save") String action,
                @RequestParam(defaultValue = "-1") String version, @RequestParam(defaultValue = "") String next,
                @ModelAttribute("page") PageContext page,
                CsrfToken csrf, HttpServletRequest request, HttpServletResponse response, Model model) {
        if (!actor.maySubmitFor(chamber)) {
            return forbidden(response, model, chamber);
        }
        Edition form = edition(questionnaire, edition, chamber);
        Answers answers = posted(form, request);
        StoredResponse saved;
        try {
            saved = workflow.save(actor, request.getRemoteAddr(), "web", questionnaire, edition, chamber, answers,
                    number(version));
        } catch (SurveyStateException e) {
            response.setStatus(409);
            Optional<StoredResponse> now = workflow.response(actor, questionnaire, edition, chamber);
            Answers current = now.map(s -> s.response().answers()).orElse(Answers.NONE);
            return page(model, csrf, view(form, chamber, now, current, List.of(), e.stale() ? "stale" : "closed",
                    next(next), page));
        } catch (SurveyNotAllowedException e) {
            return forbidden(response, model, chamber);
        }
        String back = next(next);
        if (!"submit".equals(action)) {
            return seeOther(href(form, chamber) + "?saved" + (back.isEmpty() ? "" : "&next=" + PageContext.encode(back)));
        }
        try {
            workflow.submit(actor, request.getRemoteAddr(), saved.response().id(), saved.response().version());
            return seeOther(back.isEmpty() ? href(form, chamber) + "?submitted" : back);
        } catch (SurveyRefusedException e) {
            response.setStatus(422);
            return page(model, csrf, view(form, chamber, Optional.of(saved), saved.response().answers(), e.problems(),
                    "refused", back, page));
        }
    }

    /** The answers a form posted: each answerable question's field {@code a.<name>}; several values joined by a space. */
    static Answers posted(Edition edition, HttpServletRequest request) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String name : SurveyWorkflow.answerNames(edition)) {
            String[] values = request.getParameterValues(SurveyForms.field(name));
            if (values == null) {
                continue;
            }
            List<String> kept = new ArrayList<>();
            for (String value : values) {
                if (value != null && !value.isBlank()) {
                    kept.add(value.strip());
                }
            }
            if (!kept.isEmpty()) {
                answers.put(name, String.join(" ", kept));
            }
        }
        return new Answers(answers);
    }

    private SurveyFormPage view(Edition edition, String chamber, Optional<StoredResponse> stored, Answers answers,
                                List<AnswerProblem> problems, String notice, String next, PageContext page) {
        ResponseState state = stored.map(s -> s.response().state()).orElse(ResponseState.DRAFT);
        boolean editable = (stored.isEmpty() || state == ResponseState.DRAFT || state == ResponseState.RETURNED
                || (state == ResponseState.ACCEPTED && edition.selfAssessment())) && workflow.isOpen(edition);
        int[] progress = SurveyForms.progress(edition, answers);
        String stateId = stored.map(s -> s.response().state().name().toLowerCase()).orElse("none");
        return new SurveyFormPage(edition.questionnaire(), edition.edition(), edition.title().in(page.lang()),
                edition.description().in(page.lang()), chamber, chambers.name(chamber, page.lang()),
                href(edition, chamber), stored.map(s -> s.response().version()).orElse(0), stateId,
                page.t("surveys.state." + stateId), editable,
                stored.filter(s -> s.response().state() == ResponseState.RETURNED).map(StoredResponse::reviewComment)
                        .orElse(""), progress[0], progress[1], notice, SurveyForms.summary(edition, problems, page),
                SurveyForms.sections(edition, answers, problems, Optional.empty(), page), edition.selfAssessment(), next);
    }

    /** A local address to go to after submitting ({@code /…}, not {@code //…}), else empty. */
    static String next(String next) {
        return next.matches("/[A-Za-z0-9/_.~-]*") && !next.startsWith("//") && next.length() <= 200 ? next : "";
    }

    private Edition edition(String questionnaire, String edition, String chamber) {
        if (!chambers.exists(chamber)) {
            throw new PageNotFoundException("chamber " + chamber);
        }
        try {
            return workflow.edition(questionnaire, edition);
        } catch (SurveyNotFoundException e) {
            throw new PageNotFoundException(e.getMessage());
        }
    }

    private static String page(Model model, CsrfToken csrf, SurveyFormPage form) {
        model.addAttribute("form", form);
        model.addAttribute("csrfName", csrf.getParameterName());
        model.addAttribute("csrfToken", csrf.getToken());
        return "assessment/form";
    }

    static String href(Edition edition, String chamber) {
        return "/my/surveys/" + PageContext.encode(edition.questionnaire()) + "/" + PageContext.encode(edition.edition())
                + "/" + PageContext.encode(chamber);
    }

    private static String forbidden(HttpServletResponse response, Model model, String chamber) {
        response.setStatus(403);
        model.addAttribute("chamber", chamber);
        return "assessment/forbidden";
    }

    static int number(String version) {
        try {
            return Integer.parseInt(version.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A redirect after a form (303 See Other: the browser GETs the page). */
    static String seeOther(String path) {
        org.springframework.web.context.request.RequestContextHolder.currentRequestAttributes().setAttribute(
                org.springframework.web.servlet.View.RESPONSE_STATUS_ATTRIBUTE, org.springframework.http.HttpStatus.SEE_OTHER,
                org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST);
        return "redirect:" + path;
    }

}
