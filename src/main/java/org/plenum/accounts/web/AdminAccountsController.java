package org.plenum.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.plenum.accounts.AccountException;
import org.plenum.accounts.Actor;
import org.plenum.accounts.Initiator;
import org.plenum.accounts.Invitation;
import org.plenum.accounts.Role;
import org.plenum.accounts.internal.Account;
import org.plenum.accounts.internal.AccountService;
import org.plenum.web.PageContext;
import org.plenum.web.PageController;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /admin/accounts}: admins manage every account, editors the correspondents (decision 0036): invite with a
 * role and bindings (the link is shown once here and e-mailed), rebind, send a new link, deactivate. Nobody
 * escalates: an editor may only invite correspondents; nobody changes their own account here. A refusal is a 403
 * page with the reason, a wrong value a 400 with the reason next to the form.
 */
@PageController
class AdminAccountsController {

    private final AccountService accounts;

    AdminAccountsController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/admin/accounts")
    String list(@ModelAttribute("page") PageContext page, @AuthenticationPrincipal Actor actor,
                @RequestParam(name = "done", required = false) String done, CsrfToken csrf, Model model,
                HttpServletRequest request) {
        Optional<String> notice = Optional.ofNullable(done).filter(d -> d.matches("rebound|deactivated"))
                .map(d -> page.t("accounts.admin.done." + d));
        return show(actor, request, Optional.empty(), notice, Optional.empty(), csrf, model);
    }

    @PostMapping("/admin/accounts")
    String invite(@ModelAttribute("page") PageContext page, @AuthenticationPrincipal Actor actor,
                  @RequestParam(name = "email", defaultValue = "") String email,
                  @RequestParam(name = "name", defaultValue = "") String name,
                  @RequestParam(name = "role", defaultValue = "correspondent") String role,
                  @RequestParam(name = "language", defaultValue = "en") String language,
                  @RequestParam(name = "parliaments", defaultValue = "") String parliaments,
                  @RequestParam(name = "chambers", defaultValue = "") String chambers,
                  CsrfToken csrf, Model model, HttpServletRequest request, HttpServletResponse response) {
        try {
            Role chosen = parseRole(role);
            Invitation invitation = accounts.invite(Initiator.person(actor, request.getRemoteAddr()), email, chosen, name,
                    language, codes(parliaments), codes(chambers));
            response.setStatus(201);
            return show(actor, request, Optional.of(invitation), Optional.empty(), Optional.empty(), csrf, model);
        } catch (AccountException e) {
            response.setStatus(FormError.status(e));
            return show(actor, request, Optional.empty(), Optional.empty(), FormError.of(e, page), csrf, model);
        }
    }

    @PostMapping("/admin/accounts/{id}/bindings")
    String rebind(@ModelAttribute("page") PageContext page, @AuthenticationPrincipal Actor actor, @PathVariable("id") long id,
                  @RequestParam(name = "parliaments", defaultValue = "") String parliaments,
                  @RequestParam(name = "chambers", defaultValue = "") String chambers,
                  CsrfToken csrf, Model model, HttpServletRequest request, HttpServletResponse response) {
        try {
            accounts.rebind(Initiator.person(actor, request.getRemoteAddr()), id, codes(parliaments), codes(chambers));
            return "redirect:/admin/accounts?done=rebound";
        } catch (AccountException e) {
            response.setStatus(FormError.status(e));
            return show(actor, request, Optional.empty(), Optional.empty(), FormError.of(e, page), csrf, model);
        }
    }

    @PostMapping("/admin/accounts/{id}/deactivate")
    String deactivate(@ModelAttribute("page") PageContext page, @AuthenticationPrincipal Actor actor, @PathVariable("id") long id,
                      CsrfToken csrf, Model model, HttpServletRequest request, HttpServletResponse response) {
        try {
            accounts.deactivate(Initiator.person(actor, request.getRemoteAddr()), id);
            return "redirect:/admin/accounts?done=deactivated";
        } catch (AccountException e) {
            response.setStatus(FormError.status(e));
            return show(actor, request, Optional.empty(), Optional.empty(), FormError.of(e, page), csrf, model);
        }
    }

    @PostMapping("/admin/accounts/{id}/invitation")
    String reinvite(@ModelAttribute("page") PageContext page, @AuthenticationPrincipal Actor actor, @PathVariable("id") long id,
                    CsrfToken csrf, Model model, HttpServletRequest request, HttpServletResponse response) {
        try {
            Invitation invitation = accounts.reinvite(Initiator.person(actor, request.getRemoteAddr()), id);
            return show(actor, request, Optional.of(invitation), Optional.empty(), Optional.empty(), csrf, model);
        } catch (AccountException e) {
            response.setStatus(FormError.status(e));
            return show(actor, request, Optional.empty(), Optional.empty(), FormError.of(e, page), csrf, model);
        }
    }

    private String show(Actor actor, HttpServletRequest request, Optional<Invitation> invitation, Optional<String> notice,
                        Optional<FormError> error, CsrfToken csrf, Model model) {
        Initiator initiator = Initiator.person(actor, request.getRemoteAddr());
        List<Role> invitable = Arrays.stream(Role.values()).filter(initiator::mayManage).toList();
        model.addAttribute("view", new AdminAccountsView(accounts.visibleTo(initiator), invitable, actor.accountId(),
                invitation, notice, error, FormToken.of(csrf)));
        return "accounts/admin-accounts";
    }

    private static Role parseRole(String role) {
        try {
            return Role.valueOf(role.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new AccountException("role", "accounts.error.role", "the role is correspondent, editor or admin, not '" + role + "'");
        }
    }

    private static Set<String> codes(String list) {
        return Arrays.stream(list.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }
}
