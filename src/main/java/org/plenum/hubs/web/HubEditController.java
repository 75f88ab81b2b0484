package org.plenum.hubs.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.plenum.accounts.Actor;
import org.plenum.hubs.ActivityKind;
import org.plenum.hubs.Hub;
import org.plenum.hubs.HubDataException;
import org.plenum.hubs.HubVersionException;
import org.plenum.hubs.Hubs;
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
 * The editors' page of a hub ({@code /review/hubs/{code}}): add or end a membership, add an activity, change the
 * host. Each form carries the hub's version: a change made from an older version is refused (409) and the page
 * shows the hub as it is now. A refused form comes back (422) with the problem next to the form.
 */
@PageController
class HubEditController {

    private final Hubs hubs;

    HubEditController(Hubs hubs) {
        this.hubs = hubs;
    }

    @GetMapping("/review/hubs/{code}")
    String edit(@AuthenticationPrincipal Actor actor, @PathVariable String code, @RequestParam(required = false) String done,
                @ModelAttribute("page") PageContext page, CsrfToken csrf, Model model) {
        return page(actor, code, done == null ? "" : done, null, Map.of(), csrf, model);
    }

    @PostMapping("/review/hubs/{code}")
    String change(@AuthenticationPrincipal Actor actor, @PathVariable String code, @RequestParam Map<String, String> form,
                  @ModelAttribute("page") PageContext page, CsrfToken csrf, HttpServletResponse response, Model model) {
        requireEditor(actor, code);
        String action = form.getOrDefault("action", "");
        int version = version(form);
        try {
            switch (action) {
                case "add-member" -> hubs.addMembership(actor, code, version, form.get("parliament"), form.get("joined"),
                        form.get("left"), form.get("source"), form.get("note"));
                case "end-member" -> hubs.endMembership(actor, code, version, number(form.get("membership")), form.get("left"));
                case "add-activity" -> hubs.addActivity(actor, code, version, form.get("kind"), form.get("title"),
                        form.get("start"), form.get("end"), form.get("place"), form.get("participants"),
                        form.get("parliaments"), form.get("source"), form.get("note"));
                case "change-host" -> hubs.changeHost(actor, code, version, form.get("parliament"), form.get("name"),
                        form.get("from"), form.get("source"), form.get("note"));
                default -> throw new BadPageRequestException("action", "add-member, end-member, add-activity or change-host");
            }
        } catch (HubVersionException e) {
            response.setStatus(409);
            return page(actor, code, "", new HubFormProblem(action, "version", e.getMessage()), Map.of(), csrf, model);
        } catch (HubDataException e) {
            response.setStatus(422);
            return page(actor, code, "", new HubFormProblem(action, e.field(), e.getMessage()), form, csrf, model);
        }
        RequestContextHolder.currentRequestAttributes().setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.SEE_OTHER,
                RequestAttributes.SCOPE_REQUEST);
        return "redirect:/review/hubs/" + code + "?done=" + action;
    }

    private String page(Actor actor, String code, String done, HubFormProblem problem, Map<String, String> form, CsrfToken csrf,
                        Model model) {
        requireEditor(actor, code);
        Hub hub = hubs.find(code).orElseThrow(() -> new PageNotFoundException("hub " + code));
        model.addAttribute("hub", hub);
        model.addAttribute("hubs", hubs);
        model.addAttribute("done", done);
        model.addAttribute("problem", problem);
        model.addAttribute("form", form);
        model.addAttribute("kinds", ActivityKind.values());
        model.addAttribute("csrfName", csrf.getParameterName());
        model.addAttribute("csrfToken", csrf.getToken());
        return "hubs/edit";
    }

    private static void requireEditor(Actor actor, String code) {
        if (actor == null || !actor.mayReview()) {
            throw new PageNotFoundException("/review/hubs/" + code);
        }
    }

    private static int version(Map<String, String> form) {
        try {
            return Integer.parseInt(form.getOrDefault("version", "").strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static long number(String text) {
        try {
            return Long.parseLong(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new HubDataException("membership", "choose a membership to end");
        }
    }
}
