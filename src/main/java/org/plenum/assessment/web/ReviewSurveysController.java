package org.plenum.assessment.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.plenum.accounts.Actor;
import org.plenum.assessment.AnswerProblem;
import org.plenum.assessment.Edition;
import org.plenum.assessment.Response;
import org.plenum.assessment.ResponseState;
import org.plenum.assessment.internal.StoredResponse;
import org.plenum.assessment.workflow.SurveyNotAllowedException;
import org.plenum.assessment.workflow.SurveyNotFoundException;
import org.plenum.assessment.workflow.SurveyRefusedException;
import org.plenum.assessment.workflow.SurveyStateException;
import org.plenum.assessment.workflow.SurveyWorkflow;
import org.plenum.web.BadPageRequestException;
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
 * The editors' survey pages (decision 0052): {@code /review/surveys} (the submitted responses, oldest first) and
 * {@code /review/surveys/{id}} (every answer beside the same respondent's answer to the previous edition, the
 * problems the checks find; accept, or return with a comment). The security configuration lets editors and up in
 * {@code /review}; the workflow checks again.
 */
@PageController
class ReviewSurveysController {

    private final SurveyWorkflow workflow;

    ReviewSurveysController(SurveyWorkflow workflow) {
        this.workflow = workflow;
    }

    @GetMapping("/review/surveys")
    String queue(@AuthenticationPrincipal Actor actor, @ModelAttribute("page") PageContext page, Model model) {
        List<StoredResponse> queue;
        try {
            queue = workflow.queue(actor);
        } catch (SurveyNotAllowedException e) {
            throw new PageNotFoundException("/review/surveys");
        }
        model.addAttribute("rows", queue.stream().map(s -> {
            Response r = s.response();
            String title = workflow.edition(r.questionnaire(), r.edition()).title().in(page.lang());
            return new ReviewRow(r.id(), title, r.edition(), r.respondent().label(), s.submitter().orElse(""),
                    s.submittedAt().map(t -> page.date(LocalDate.ofInstant(t, ZoneOffset.UTC))).orElse(""),
                    "/review/surveys/" + r.id());
        }).toList());
        return "assessment/review-queue";
    }

    @GetMapping("/review/surveys/{id}")
    String review(@AuthenticationPrincipal Actor actor, @PathVariable String id, @ModelAttribute("page") PageContext page,
                  CsrfToken csrf, Model model) {
        StoredResponse stored = visible(actor, id);
        return page(model, csrf, view(stored, List.of(), "", page));
    }

    @PostMapping("/review/surveys/{id}")
    String decide(@AuthenticationPrincipal Actor actor, @PathVariable String id, @RequestParam(defaultValue = "") String action,
                  @RequestParam(defaultValue = "") String comment, @RequestParam(defaultValue = "-1") String version,
                  @ModelAttribute("page") PageContext page, CsrfToken csrf, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        StoredResponse stored = visible(actor, id);
        long number = stored.response().id();
        int expected = MySurveysController.number(version);
        try {
            switch (action) {
                case "accept" -> workflow.accept(actor, request.getRemoteAddr(), number, expected, comment);
                case "return" -> workflow.returnToCorrespondent(actor, request.getRemoteAddr(), number, expected, comment);
                default -> throw new BadPageRequestException("action", "accept or return");
            }
            return MySurveysController.seeOther("/review/surveys/" + number);
        } catch (SurveyRefusedException e) {
            response.setStatus(422);
            return page(model, csrf, view(visible(actor, id), e.problems(), "refused", page));
        } catch (SurveyStateException e) {
            response.setStatus(409);
            return page(model, csrf, view(visible(actor, id), List.of(), "stale", page));
        } catch (SurveyNotAllowedException e) {
            throw new PageNotFoundException("response " + id);
        }
    }

    private ReviewPage view(StoredResponse stored, List<AnswerProblem> extra, String notice, PageContext page) {
        Response r = stored.response();
        Edition edition = workflow.edition(r.questionnaire(), r.edition());
        Optional<Response> previous = workflow.previous(edition, r.respondent().key());
        List<AnswerProblem> problems = new java.util.ArrayList<>(workflow.problems(edition, r.answers(), true));
        extra.stream().filter(p -> !problems.contains(p)).forEach(problems::add);
        String stateId = r.state().name().toLowerCase();
        return new ReviewPage(r.id(), edition.title().in(page.lang()), r.edition(), r.respondent().label(),
                stored.submitter().orElse(""),
                stored.submittedAt().map(t -> page.date(LocalDate.ofInstant(t, ZoneOffset.UTC))).orElse(""), stateId,
                page.t("surveys.state." + stateId), stored.reviewer().orElse(""), stored.reviewComment(), r.version(),
                r.state() == ResponseState.SUBMITTED, previous.map(Response::edition).orElse(""), notice,
                SurveyForms.summary(edition, problems, page),
                SurveyForms.sections(edition, r.answers(), problems, previous.map(Response::answers), page));
    }

    private StoredResponse visible(Actor actor, String id) {
        try {
            StoredResponse stored = workflow.get(actor, Long.parseLong(id));
            if (!actor.mayReview()) {
                throw new PageNotFoundException("response " + id);
            }
            return stored;
        } catch (NumberFormatException | SurveyNotFoundException e) {
            throw new PageNotFoundException("response " + id);
        }
    }

    private static String page(Model model, CsrfToken csrf, ReviewPage review) {
        model.addAttribute("review", review);
        model.addAttribute("csrfName", csrf.getParameterName());
        model.addAttribute("csrfToken", csrf.getToken());
        return "assessment/review";
    }
}
