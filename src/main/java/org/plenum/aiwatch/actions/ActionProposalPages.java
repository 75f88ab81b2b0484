package org.plenum.aiwatch.actions;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.plenum.accounts.Actor;
import org.plenum.aiwatch.ActionStatus;
import org.plenum.aiwatch.ActionType;
import org.plenum.registry.PublishedRegistry;
import org.plenum.stewardship.NotAllowedException;
import org.plenum.stewardship.Proposal;
import org.plenum.stewardship.ProposalState;
import org.plenum.stewardship.Proposals;
import org.plenum.stewardship.SubmissionConflictException;
import org.plenum.stewardship.SubmissionNotFoundException;
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
 * Proposing actions and reviewing them (decisions 0062, 0065): {@code /my/ai-actions} (the correspondent's
 * proposals), {@code /my/ai-actions/new} (the form: every field, the fixed vocabularies as choices, up to three
 * sources; problems shown next to their fields), {@code /my/ai-actions/{id}} (a proposal; a returned one can be
 * changed and sent again) and {@code /review/ai-actions/{id}} (the editor sees the action as it will look, then
 * approves, returns with a comment or rejects with a comment). The security configuration lets correspondents and up
 * in {@code /my}, editors in {@code /review}; {@link Proposals} checks each step again.
 */
@PageController
class ActionProposalPages {

    private final ActionProposals actions;
    private final Proposals proposals;
    private final ActionCountries countries;
    private final PublishedRegistry registry;

    ActionProposalPages(ActionProposals actions, Proposals proposals, ActionCountries countries,
                        PublishedRegistry registry) {
        this.actions = actions;
        this.proposals = proposals;
        this.countries = countries;
        this.registry = registry;
    }

    @GetMapping("/my/ai-actions")
    String mine(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("rows", proposals.mine(actor, ActionProposalKind.CODE));
        return "aiwatch/actions/my";
    }

    @GetMapping("/my/ai-actions/new")
    String blank(@AuthenticationPrincipal Actor actor, @ModelAttribute("page") PageContext page, CsrfToken csrf,
                 Model model) {
        List<String> mine = actions.countriesOf(actor);
        ActionForm form = ActionForm.empty(mine.isEmpty() ? "" : mine.get(0));
        return form(model, page, actor, "/my/ai-actions/new", page.t("aitracker.form.new"), form, Map.of(), 0, "", csrf);
    }

    @PostMapping("/my/ai-actions/new")
    String send(@AuthenticationPrincipal Actor actor, HttpServletRequest request, HttpServletResponse response,
                @ModelAttribute("page") PageContext page, CsrfToken csrf, Model model) {
        ActionForm form = ActionForm.posted(request::getParameter, request::getParameterValues);
        Map<String, List<String>> problems = actions.problems(actor, form);
        if (!problems.isEmpty()) {
            response.setStatus(422);
            return form(model, page, actor, "/my/ai-actions/new", page.t("aitracker.form.new"), form, problems, 0, "", csrf);
        }
        try {
            Proposal sent = actions.send(actor, form);
            return "redirect:/my/ai-actions/" + sent.id() + "?sent";
        } catch (NotAllowedException e) {
            response.setStatus(403);
            return form(model, page, actor, "/my/ai-actions/new", page.t("aitracker.form.new"), form,
                    Map.of("country", List.of("aitracker.check.country")), 0, "", csrf);
        }
    }

    @GetMapping("/my/ai-actions/{id}")
    String proposal(@AuthenticationPrincipal Actor actor, @PathVariable("id") long id,
                    @RequestParam(name = "sent", required = false) String sent,
                    @ModelAttribute("page") PageContext page, CsrfToken csrf, Model model) {
        Proposal proposal = visible(actor, id);
        if (proposal.state() == ProposalState.RETURNED && proposal.submitterId() == actor.accountId()) {
            return form(model, page, actor, "/my/ai-actions/" + id, page.t("aitracker.form.returned"),
                    ActionForm.of(actions.proposed(proposal)), Map.of(), proposal.version(), proposal.reviewComment(), csrf);
        }
        return show(model, page, proposal, sent != null ? "sent" : "", csrf, "aiwatch/actions/proposal");
    }

    @PostMapping("/my/ai-actions/{id}")
    String resend(@AuthenticationPrincipal Actor actor, @PathVariable("id") long id,
                  @RequestParam(name = "version", defaultValue = "-1") int version, HttpServletRequest request,
                  HttpServletResponse response, @ModelAttribute("page") PageContext page, CsrfToken csrf, Model model) {
        Proposal proposal = visible(actor, id);
        ActionForm form = ActionForm.posted(request::getParameter, request::getParameterValues);
        Map<String, List<String>> problems = actions.problems(actor, form);
        if (!form.country().equals(proposal.parliament())) {
            problems = new java.util.LinkedHashMap<>(problems);
            problems.put("country", List.of("aitracker.check.sameCountry"));
        }
        if (!problems.isEmpty()) {
            response.setStatus(422);
            return form(model, page, actor, "/my/ai-actions/" + id, page.t("aitracker.form.returned"), form, problems,
                    version, proposal.reviewComment(), csrf);
        }
        try {
            actions.resend(actor, id, version, form);
            return "redirect:/my/ai-actions/" + id + "?sent";
        } catch (NotAllowedException e) {
            response.setStatus(403);
            return show(model, page, proposal, "forbidden", csrf, "aiwatch/actions/proposal");
        } catch (SubmissionConflictException | SubmissionStateException e) {
            response.setStatus(409);
            return show(model, page, visible(actor, id), "stale", csrf, "aiwatch/actions/proposal");
        }
    }

    @GetMapping("/review/ai-actions/{id}")
    String review(@AuthenticationPrincipal Actor actor, @PathVariable("id") long id,
                  @RequestParam(name = "done", required = false) String done,
                  @ModelAttribute("page") PageContext page, CsrfToken csrf, Model model) {
        Proposal proposal = visible(actor, id);
        if (!proposal.kind().equals(ActionProposalKind.CODE)) {
            throw new PageNotFoundException("proposal " + id + " is no AI-policy action");
        }
        return show(model, page, proposal, done == null ? "" : "done", csrf, "aiwatch/actions/review");
    }

    @PostMapping("/review/ai-actions/{id}")
    String decide(@AuthenticationPrincipal Actor actor, @PathVariable("id") long id,
                  @RequestParam(name = "decision", defaultValue = "") String decision,
                  @RequestParam(name = "version", defaultValue = "-1") int version,
                  @RequestParam(name = "comment", defaultValue = "") String comment,
                  HttpServletResponse response, @ModelAttribute("page") PageContext page, CsrfToken csrf, Model model) {
        Proposal proposal = visible(actor, id);
        if (!proposal.kind().equals(ActionProposalKind.CODE)) {
            throw new PageNotFoundException("proposal " + id + " is no AI-policy action");
        }
        if (!List.of("approve", "return", "reject").contains(decision)) {
            response.setStatus(400);
            return show(model, page, proposal, "decision", csrf, "aiwatch/actions/review");
        }
        if (!decision.equals("approve") && comment.isBlank()) {
            response.setStatus(422);
            return show(model, page, proposal, "comment", csrf, "aiwatch/actions/review");
        }
        try {
            switch (decision) {
                case "approve" -> actions.approve(actor, id, version);
                case "return" -> proposals.sendBack(actor, id, version, comment.strip());
                default -> proposals.reject(actor, id, version, comment.strip());
            }
            return "redirect:/review/ai-actions/" + id + "?done";
        } catch (NotAllowedException e) {
            response.setStatus(403);
            return show(model, page, proposal, "forbidden", csrf, "aiwatch/actions/review");
        } catch (SubmissionConflictException | SubmissionStateException e) {
            response.setStatus(409);
            return show(model, page, visible(actor, id), "stale", csrf, "aiwatch/actions/review");
        }
    }

    private Proposal visible(Actor actor, long id) {
        try {
            return proposals.find(actor, id).orElseThrow(() -> new PageNotFoundException("no proposal " + id));
        } catch (SubmissionNotFoundException e) {
            throw new PageNotFoundException("no proposal " + id);
        }
    }

    private String show(Model model, PageContext page, Proposal proposal, String notice, CsrfToken csrf, String template) {
        ActionRecord proposed = actions.proposed(proposal);
        List<String> chambers = proposed.action().chambers().stream()
                .map(c -> registry.current().chamberTitle(c, page.lang())).toList();
        model.addAttribute("view", new ActionViews.ProposalPage(proposal, proposed,
                countries.name(proposed.action().country(), page.lang()), chambers, notice, csrf.getParameterName(),
                csrf.getToken()));
        return template;
    }

    private String form(Model model, PageContext page, Actor actor, String action, String heading, ActionForm form,
                        Map<String, List<String>> problems, int version, String comment, CsrfToken csrf) {
        String lang = page.lang();
        List<String> codes = actions.countriesOf(actor);
        List<ActionViews.Option> countryOptions = codes.stream().map(c -> new ActionViews.Option(c,
                countries.name(c, lang), c.equals(form.country()))).sorted(java.util.Comparator.comparing(ActionViews.Option::label)).toList();
        List<String> shownCountries = codes.size() <= 5 ? codes : List.of(form.country());
        List<ActionViews.Option> chambers = new ArrayList<>();
        for (String country : shownCountries) {
            for (String chamber : actions.chambersOf(country)) {
                chambers.add(new ActionViews.Option(chamber, registry.current().chamberTitle(chamber, lang),
                        form.chambers().contains(chamber)));
            }
        }
        for (String chamber : form.chambers()) {
            if (chambers.stream().noneMatch(o -> o.value().equals(chamber))) {
                chambers.add(new ActionViews.Option(chamber, chamber, true));
            }
        }
        List<ActionViews.Option> types = Arrays.stream(ActionType.values()).map(t -> new ActionViews.Option(t.code(),
                page.t("aitracker.type." + t.code()), t.code().equals(form.type()))).toList();
        List<ActionViews.Option> statuses = Arrays.stream(ActionStatus.values()).map(s -> new ActionViews.Option(s.code(),
                page.t("aitracker.status." + s.code()), s.code().equals(form.status()))).toList();
        model.addAttribute("view", new ActionViews.FormPage(action, heading, form, problems, countryOptions, chambers,
                types, statuses, version, comment, csrf.getParameterName(), csrf.getToken()));
        return "aiwatch/actions/form";
    }
}
