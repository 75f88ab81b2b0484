package org.plenum.stewardship.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.plenum.accounts.Actor;
import org.plenum.stewardship.Conflict;
import org.plenum.stewardship.Finding;
import org.plenum.stewardship.NotAllowedException;
import org.plenum.stewardship.Stewardship;
import org.plenum.stewardship.Submission;
import org.plenum.stewardship.SubmissionConflictException;
import org.plenum.stewardship.SubmissionNotFoundException;
import org.plenum.stewardship.SubmissionRefusedException;
import org.plenum.stewardship.SubmissionStateException;
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
 * The correspondent's pages ({@code /my}: my parliament, the submission form, my submissions) and the editor's
 * ({@code /review}: the queue, a submission's review, the chambers' correspondents). Forms work without JavaScript:
 * a form with findings comes back with them next to each field; a form that went through redirects (303) to the
 * submission's page. The security configuration lets correspondents and up in {@code /my}, editors and up in
 * {@code /review}; the service checks each chamber and action again.
 */
@PageController
class StewardshipPageController {

    private final Stewardship stewardship;
    private final StewardshipPages pages;
    private final CorrespondentCoverages coverages;
    private final org.plenum.registry.PublishedRegistry registry;
    private final ElectionForms elections;

    StewardshipPageController(Stewardship stewardship, StewardshipPages pages, CorrespondentCoverages coverages,
                              org.plenum.registry.PublishedRegistry registry, ElectionForms elections) {
        this.registry = registry;
        this.elections = elections;
        this.stewardship = stewardship;
        this.pages = pages;
        this.coverages = coverages;
    }

    // ---- correspondent

    @GetMapping("/my")
    String my(@AuthenticationPrincipal Actor actor, @ModelAttribute("page") PageContext page, Model model) {
        model.addAttribute("chambers", pages.myParliament(actor, page));
        model.addAttribute("displayName", actor.displayName());
        return "stewardship/my";
    }

    @GetMapping("/my/submissions")
    String mySubmissions(@AuthenticationPrincipal Actor actor, @ModelAttribute("page") PageContext page, Model model) {
        model.addAttribute("submissions", pages.rows(page, stewardship.mine(actor)));
        model.addAttribute("title", page.t("stewardship.mine.title"));
        model.addAttribute("lead", page.t("stewardship.mine.lead"));
        model.addAttribute("empty", page.t("stewardship.mine.empty"));
        return "stewardship/submissions";
    }

    @GetMapping("/my/chambers/{chamber}/submissions/new")
    String newSubmission(@AuthenticationPrincipal Actor actor, @PathVariable String chamber,
                         @ModelAttribute("page") PageContext page, CsrfToken csrf, HttpServletResponse response,
                         Model model) {
        Optional<String> refused = refused(actor, chamber, response, model);
        if (refused.isPresent()) {
            return refused.get();
        }
        return form(model, csrf, pages.emptyForm(page, chamber));
    }

    @PostMapping("/my/chambers/{chamber}/submissions")
    String create(@AuthenticationPrincipal Actor actor, @PathVariable String chamber,
                  @RequestParam Map<String, String> form, @ModelAttribute("page") PageContext page, CsrfToken csrf,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        Optional<String> refused = refused(actor, chamber, response, model);
        if (refused.isPresent()) {
            return refused.get();
        }
        return save(actor, Optional.empty(), chamber, form, page, csrf, request, response, model);
    }

    @GetMapping("/my/chambers/{chamber}/elections/new")
    String newElection(@AuthenticationPrincipal Actor actor, @PathVariable String chamber,
                       @ModelAttribute("page") PageContext page, CsrfToken csrf, HttpServletResponse response, Model model) {
        Optional<String> refused = refused(actor, chamber, response, model);
        if (refused.isPresent()) {
            return refused.get();
        }
        ElectionForms.Parsed empty = elections.parse(chamber, new StewardshipPages.FormInput(Map.of()));
        return election(model, csrf, elections.form(page, chamber, Optional.empty(),
                new ElectionForms.Parsed(List.of(), Optional.empty(), empty.source(), "", "", "", empty.parties()), List.of(), false));
    }

    @PostMapping("/my/chambers/{chamber}/elections")
    String createElection(@AuthenticationPrincipal Actor actor, @PathVariable String chamber,
                          @RequestParam Map<String, String> form, @ModelAttribute("page") PageContext page, CsrfToken csrf,
                          HttpServletRequest request, HttpServletResponse response, Model model) {
        Optional<String> refused = refused(actor, chamber, response, model);
        if (refused.isPresent()) {
            return refused.get();
        }
        return saveElection(actor, Optional.empty(), chamber, form, page, csrf, request, response, model);
    }

    /** The 403 page when the person may not submit for the chamber, empty when they may; a 404 for no such chamber. */
    private Optional<String> refused(Actor actor, String chamber, HttpServletResponse response, Model model) {
        if (!actor.maySubmitFor(chamber)) {
            return Optional.of(forbidden(response, model, chamber));
        }
        if (registry.current().get(org.plenum.registry.EntityRef.chamber(chamber)).isEmpty()) {
            throw new PageNotFoundException("chamber " + chamber);
        }
        return Optional.empty();
    }

    private String saveElection(Actor actor, Optional<Submission> existing, String chamber, Map<String, String> form,
                                PageContext page, CsrfToken csrf, HttpServletRequest request, HttpServletResponse response,
                                Model model) {
        ElectionForms.Parsed parsed = elections.parse(chamber, new StewardshipPages.FormInput(form));
        if (parsed.items().isEmpty()) {
            response.setStatus(422);
            return election(model, csrf, elections.form(page, chamber, existing, parsed, List.of(), false));
        }
        Submission saved;
        try {
            saved = stewardship.saveDraft(actor, origin(request), existing.map(s -> OptionalLong.of(s.id())).orElse(OptionalLong.empty()),
                    version(form), chamber, parsed.items());
        } catch (SubmissionStateException e) {
            return seeOther("/my/submissions/" + existing.map(Submission::id).orElse(0L));
        }
        if (!"send".equals(form.get("action"))) {
            return seeOther("/my/submissions/" + saved.id() + "/edit?saved");
        }
        try {
            stewardship.submit(actor, origin(request), saved.id(), saved.version());
            return seeOther("/my/submissions/" + saved.id());
        } catch (SubmissionRefusedException e) {
            response.setStatus(422);
            return election(model, csrf, elections.form(page, chamber, Optional.of(saved), parsed, e.findings(), true));
        }
    }

    private String election(Model model, CsrfToken csrf, ElectionForm form) {
        model.addAttribute("form", form);
        model.addAttribute("csrfName", csrf.getParameterName());
        model.addAttribute("csrfToken", csrf.getToken());
        return "stewardship/election";
    }

    @GetMapping("/my/submissions/{id}")
    String submission(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute("page") PageContext page,
                      CsrfToken csrf, Model model) {
        Submission submission = visible(actor, id);
        return review(model, csrf, pages.review(actor, page, submission, List.of(), List.of()), false);
    }

    @GetMapping("/my/submissions/{id}/edit")
    String edit(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam(required = false) String saved,
                @ModelAttribute("page") PageContext page, CsrfToken csrf, Model model) {
        Submission submission = own(actor, id);
        if (!submission.state().editable()) {
            return seeOther("/my/submissions/" + id);
        }
        if (ElectionForms.isElection(submission)) {
            return election(model, csrf, elections.form(page, submission.chamber(), Optional.of(submission),
                    elections.fromSubmission(submission), List.of(), saved != null));
        }
        return form(model, csrf, pages.form(page, submission, List.of(), saved != null));
    }

    @PostMapping("/my/submissions/{id}")
    String update(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam Map<String, String> form,
                  @ModelAttribute("page") PageContext page, CsrfToken csrf, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        Submission submission = own(actor, id);
        if (ElectionForms.isElection(submission) || "election".equals(form.get("kind"))) {
            return saveElection(actor, Optional.of(submission), submission.chamber(), form, page, csrf, request, response, model);
        }
        return save(actor, Optional.of(submission), submission.chamber(), form, page, csrf, request, response, model);
    }

    private String save(Actor actor, Optional<Submission> existing, String chamber, Map<String, String> form,
                        PageContext page, CsrfToken csrf, HttpServletRequest request, HttpServletResponse response,
                        Model model) {
        StewardshipPages.ParsedForm parsed = pages.parse(chamber, new StewardshipPages.FormInput(form));
        boolean send = "send".equals(form.get("action"));
        if (parsed.items().isEmpty()) {
            response.setStatus(422);
            return form(model, csrf, pages.form(page, chamber, existing, parsed.items(), parsed.badDates(), parsed.source(),
                    List.of(Finding.error(0, "items", "stewardship.check.no-items")), false));
        }
        Submission saved;
        try {
            saved = stewardship.saveDraft(actor, origin(request), existing.map(s -> OptionalLong.of(s.id())).orElse(OptionalLong.empty()),
                    version(form), chamber, parsed.items());
        } catch (SubmissionStateException e) {
            return seeOther("/my/submissions/" + existing.map(Submission::id).orElse(0L));
        }
        if (!parsed.badDates().isEmpty()) {
            response.setStatus(422);
            return form(model, csrf, pages.form(page, chamber, Optional.of(saved), saved.drafts(), parsed.badDates(),
                    parsed.source(), stewardship.check(chamber, saved.drafts()), true));
        }
        if (!send) {
            return seeOther("/my/submissions/" + saved.id() + "/edit?saved");
        }
        try {
            stewardship.submit(actor, origin(request), saved.id(), saved.version());
            return seeOther("/my/submissions/" + saved.id());
        } catch (SubmissionRefusedException e) {
            response.setStatus(422);
            return form(model, csrf, pages.form(page, saved, e.findings(), true));
        }
    }

    // ---- editor

    @GetMapping("/review")
    String queue(@AuthenticationPrincipal Actor actor, @ModelAttribute("page") PageContext page, Model model) {
        model.addAttribute("submissions", pages.reviewRows(page, reviewer(actor, () -> stewardship.queue(actor))));
        model.addAttribute("title", page.t("stewardship.queue.title"));
        model.addAttribute("lead", page.t("stewardship.queue.lead"));
        model.addAttribute("empty", page.t("stewardship.queue.empty"));
        model.addAttribute("review", true);
        return "stewardship/submissions";
    }

    @GetMapping("/review/submissions/{id}")
    String reviewPage(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute("page") PageContext page,
                      CsrfToken csrf, Model model) {
        Submission submission = visible(actor, id);
        List<Conflict> conflicts = submission.state() == org.plenum.stewardship.SubmissionState.SUBMITTED
                ? stewardship.conflicts(submission) : List.of();
        return review(model, csrf, pages.review(actor, page, submission, List.of(), conflicts), true);
    }

    @PostMapping("/review/submissions/{id}")
    String decide(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                  @RequestParam(name = "item", required = false) List<Integer> items,
                  @RequestParam(defaultValue = "") String action, @RequestParam(defaultValue = "") String comment,
                  @RequestParam(defaultValue = "false") boolean replace, @RequestParam(defaultValue = "0") String version,
                  @ModelAttribute("page") PageContext page, CsrfToken csrf, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        Submission submission = visible(actor, id);
        int expected = version(Map.of("version", version));
        List<Finding> findings = new ArrayList<>();
        List<Conflict> conflicts = List.of();
        try {
            switch (action) {
                case "approve" -> stewardship.approve(actor, origin(request), id, expected,
                        items == null ? List.of() : items, comment, replace);
                case "return" -> stewardship.returnToSubmitter(actor, origin(request), id, expected, comment);
                case "reject" -> stewardship.reject(actor, origin(request), id, expected, comment);
                default -> throw new org.plenum.web.BadPageRequestException("action", "approve, return or reject");
            }
            return seeOther("/review/submissions/" + id);
        } catch (SubmissionConflictException e) {
            response.setStatus(409);
            conflicts = e.conflicts();
        } catch (SubmissionRefusedException e) {
            response.setStatus(422);
            findings.addAll(e.findings());
        } catch (SubmissionStateException e) {
            response.setStatus(409);
            findings.add(Finding.error(0, "items", items == null || items.isEmpty() ? "stewardship.error.noItems"
                    : "stewardship.error.state"));
        } catch (NotAllowedException e) {
            throw new PageNotFoundException("submission " + id);
        }
        Submission now = stewardship.get(actor, id);
        return review(model, csrf, pages.review(actor, page, now, findings, conflicts), true);
    }

    @GetMapping("/review/correspondents")
    String correspondents(@AuthenticationPrincipal Actor actor, @ModelAttribute("page") PageContext page, Model model) {
        if (!actor.mayReview()) {
            throw new PageNotFoundException("/review/correspondents");
        }
        List<CorrespondentCoverage> chambers = coverages.chambers(page);
        model.addAttribute("chambers", chambers);
        model.addAttribute("withoutCorrespondent", chambers.stream().filter(CorrespondentCoverage::noCorrespondent).count());
        model.addAttribute("stale", chambers.stream().filter(CorrespondentCoverage::stale).count());
        return "stewardship/correspondents";
    }

    // ---- helpers

    private String form(Model model, CsrfToken csrf, SubmissionForm form) {
        model.addAttribute("form", form);
        model.addAttribute("csrfName", csrf.getParameterName());
        model.addAttribute("csrfToken", csrf.getToken());
        return "stewardship/form";
    }

    private String review(Model model, CsrfToken csrf, ReviewView view, boolean editorPage) {
        model.addAttribute("review", view);
        model.addAttribute("csrfName", csrf.getParameterName());
        model.addAttribute("csrfToken", csrf.getToken());
        return "stewardship/submission";
    }

    private Submission visible(Actor actor, long id) {
        try {
            return stewardship.get(actor, id);
        } catch (SubmissionNotFoundException e) {
            throw new PageNotFoundException("submission " + id);
        }
    }

    private Submission own(Actor actor, long id) {
        Submission submission = visible(actor, id);
        if (submission.submitterId() != actor.accountId()) {
            throw new PageNotFoundException("submission " + id);
        }
        return submission;
    }

    /** 403: the chamber is not bound to the signed-in correspondent. */
    private static String forbidden(HttpServletResponse response, Model model, String chamber) {
        response.setStatus(403);
        model.addAttribute("chamber", chamber);
        return "stewardship/forbidden";
    }

    private static <T> T reviewer(Actor actor, java.util.function.Supplier<T> read) {
        if (!actor.mayReview()) {
            throw new PageNotFoundException("/review");
        }
        return read.get();
    }

    private static int version(Map<String, String> form) {
        try {
            return Integer.parseInt(form.getOrDefault("version", "0").strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A redirect after a form (303 See Other: the browser GETs the page). */
    private static String seeOther(String path) {
        org.springframework.web.context.request.RequestContextHolder.currentRequestAttributes().setAttribute(
                org.springframework.web.servlet.View.RESPONSE_STATUS_ATTRIBUTE, org.springframework.http.HttpStatus.SEE_OTHER,
                org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST);
        return "redirect:" + path;
    }

    static String origin(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
