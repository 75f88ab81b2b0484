package org.plenum.hubs.join;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.plenum.accounts.Actor;
import org.plenum.hubs.Hub;
import org.plenum.hubs.HubDataException;
import org.plenum.hubs.Hubs;
import org.plenum.hubs.JoinRequest;
import org.plenum.hubs.web.HubFormProblem;
import org.plenum.stewardship.NotAllowedException;
import org.plenum.stewardship.Proposal;
import org.plenum.stewardship.Proposals;
import org.plenum.stewardship.SubmissionConflictException;
import org.plenum.stewardship.SubmissionRefusedException;
import org.plenum.stewardship.SubmissionStateException;
import org.plenum.web.BadPageRequestException;
import org.plenum.web.PageContext;
import org.plenum.web.PageController;
import org.plenum.web.PageNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.View;

/**
 * A correspondent asks that their parliament join a hub ({@code /my/hubs/{code}/join}: a {@code hub-join} proposal
 * through stewardship's {@link Proposals}); an editor reviews it ({@code /review/hubs/join/{id}}) and approves (the
 * membership is written from the requested date, in the approval's transaction), returns or rejects it.
 */
@PageController
class HubJoinController {

    private final Hubs hubs;
    private final Proposals proposals;

    HubJoinController(Hubs hubs, Proposals proposals) {
        this.hubs = hubs;
        this.proposals = proposals;
    }

    @GetMapping("/my/hubs/{code}/join")
    String form(@AuthenticationPrincipal Actor actor, @PathVariable String code, @ModelAttribute("page") PageContext page,
                CsrfToken csrf, Model model) {
        return form(actor, hub(code), null, Map.of(), page, csrf, model);
    }

    @PostMapping("/my/hubs/{code}/join")
    String ask(@AuthenticationPrincipal Actor actor, @PathVariable String code, @RequestParam Map<String, String> form,
               @ModelAttribute("page") PageContext page, CsrfToken csrf, HttpServletResponse response, Model model) {
        Hub hub = hub(code);
        String parliament = form.getOrDefault("parliament", "").strip();
        try {
            if (!actor.maySubmitForParliament(parliament)) {
                throw new HubDataException("parliament", "you may not ask for " + (parliament.isEmpty() ? "no parliament"
                        : parliament) + ": choose a parliament bound to your account");
            }
            JoinRequest request = hubs.checkJoin(code, parliament, form.get("from"), form.get("note"));
            proposals.send(actor, HubJoinKind.CODE, parliament, hubs.parliamentName(parliament, "en") + " asks to join the "
                    + hub.nameEn(), request.toJson());
        } catch (HubDataException e) {
            response.setStatus(422);
            return form(actor, hub, new HubFormProblem("join", e.field(), e.getMessage()), form, page, csrf, model);
        } catch (SubmissionRefusedException e) {
            response.setStatus(422);
            return form(actor, hub, new HubFormProblem("join", "other", e.getMessage()), form, page, csrf, model);
        }
        return seeOther("/my/proposals");
    }

    private String form(Actor actor, Hub hub, HubFormProblem problem, Map<String, String> form, PageContext page,
                        CsrfToken csrf, Model model) {
        List<String> mine = actor.parliaments().stream().sorted().toList();
        model.addAttribute("hub", hub);
        model.addAttribute("parliaments", mine);
        model.addAttribute("hubs", hubs);
        model.addAttribute("problem", problem);
        model.addAttribute("form", form);
        model.addAttribute("csrfName", csrf.getParameterName());
        model.addAttribute("csrfToken", csrf.getToken());
        return "hubs/join";
    }

    @GetMapping("/review/hubs/join/{id}")
    String review(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute("page") PageContext page,
                  CsrfToken csrf, Model model) {
        return review(actor, proposal(actor, id), null, page, csrf, model);
    }

    @PostMapping("/review/hubs/join/{id}")
    String decide(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam(defaultValue = "") String action,
                  @RequestParam(defaultValue = "") String comment, @RequestParam(defaultValue = "-1") int version,
                  @ModelAttribute("page") PageContext page, CsrfToken csrf, HttpServletResponse response, Model model) {
        Proposal proposal = proposal(actor, id);
        try {
            switch (action) {
                case "approve" -> proposals.approve(actor, id, version,
                        p -> hubs.join(actor, p.id(), JoinRequest.fromJson(p.payload())));
                case "return" -> proposals.sendBack(actor, id, version, comment);
                case "reject" -> proposals.reject(actor, id, version, comment);
                default -> throw new BadPageRequestException("action", "approve, return or reject");
            }
        } catch (HubDataException e) {
            response.setStatus(422);
            return review(actor, proposal, new HubFormProblem(action, e.field(), e.getMessage()), page, csrf, model);
        } catch (SubmissionRefusedException e) {
            response.setStatus(422);
            return review(actor, proposal, new HubFormProblem(action, "comment", e.getMessage()), page, csrf, model);
        } catch (SubmissionConflictException | SubmissionStateException e) {
            response.setStatus(409);
            return review(actor, proposal(actor, id), new HubFormProblem(action, "version", e.getMessage()), page, csrf, model);
        } catch (NotAllowedException e) {
            throw new PageNotFoundException("proposal " + id);
        }
        return seeOther("/review/hubs/join/" + id);
    }

    private String review(Actor actor, Proposal proposal, HubFormProblem problem, PageContext page, CsrfToken csrf,
                          Model model) {
        JoinRequest request = null;
        try {
            request = JoinRequest.fromJson(proposal.payload());
        } catch (HubDataException e) {
            problem = problem != null ? problem : new HubFormProblem("review", "payload", e.getMessage());
        }
        model.addAttribute("proposal", proposal);
        model.addAttribute("request", request);
        model.addAttribute("hub", request == null ? null : hubs.find(request.hub()).orElse(null));
        model.addAttribute("hubs", hubs);
        model.addAttribute("problem", problem);
        model.addAttribute("csrfName", csrf.getParameterName());
        model.addAttribute("csrfToken", csrf.getToken());
        return "hubs/join-review";
    }

    private Proposal proposal(Actor actor, long id) {
        if (!actor.mayReview()) {
            throw new PageNotFoundException("/review/hubs/join/" + id);
        }
        return proposals.find(actor, id).filter(p -> p.kind().equals(HubJoinKind.CODE))
                .orElseThrow(() -> new PageNotFoundException("request to join #" + id));
    }

    private Hub hub(String code) {
        return hubs.find(code).orElseThrow(() -> new PageNotFoundException("hub " + code));
    }

    private static String seeOther(String path) {
        RequestContextHolder.currentRequestAttributes().setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.SEE_OTHER,
                RequestAttributes.SCOPE_REQUEST);
        return "redirect:" + path;
    }
}
