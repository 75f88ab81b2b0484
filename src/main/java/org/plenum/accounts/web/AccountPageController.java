package org.plenum.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.plenum.accounts.AccountException;
import org.plenum.accounts.Actor;
import org.plenum.accounts.internal.AccountService;
import org.plenum.accounts.internal.TokenStore;
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
 * {@code /account}: the signed-in person's own account: who they are, their role and bindings, a form to change the
 * password, and their personal API tokens (create one, shown once; revoke one).
 */
@PageController
class AccountPageController {

    private final AccountService accounts;

    AccountPageController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account")
    String account(@ModelAttribute("page") PageContext page, @AuthenticationPrincipal Actor actor,
                   @RequestParam(name = "done", required = false) String done, CsrfToken csrf, Model model) {
        Optional<String> notice = Optional.ofNullable(done).filter(d -> d.matches("password|revoked"))
                .map(d -> page.t("accounts.account.done." + d));
        return show(actor, Optional.empty(), notice, Optional.empty(), csrf, model);
    }

    @PostMapping("/account/password")
    String changePassword(@ModelAttribute("page") PageContext page, @AuthenticationPrincipal Actor actor,
                          @RequestParam(name = "current", defaultValue = "") String current,
                          @RequestParam(name = "password", defaultValue = "") String password,
                          @RequestParam(name = "repeated", defaultValue = "") String repeated,
                          CsrfToken csrf, Model model, HttpServletRequest request, HttpServletResponse response) {
        try {
            accounts.changePassword(actor, current, password, repeated, request.getRemoteAddr());
            return "redirect:/account?done=password";
        } catch (AccountException e) {
            response.setStatus(FormError.status(e));
            return show(actor, Optional.empty(), Optional.empty(), FormError.of(e, page), csrf, model);
        }
    }

    @PostMapping("/account/tokens")
    String createToken(@ModelAttribute("page") PageContext page, @AuthenticationPrincipal Actor actor,
                       @RequestParam(name = "name", defaultValue = "") String name, CsrfToken csrf, Model model,
                       HttpServletRequest request, HttpServletResponse response) {
        try {
            String token = accounts.createToken(actor, name, request.getRemoteAddr());
            return show(actor, Optional.of(token), Optional.empty(), Optional.empty(), csrf, model);
        } catch (AccountException e) {
            response.setStatus(FormError.status(e));
            return show(actor, Optional.empty(), Optional.empty(), FormError.of(e, page), csrf, model);
        }
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@ModelAttribute("page") PageContext page, @AuthenticationPrincipal Actor actor,
                       @PathVariable("id") long id, CsrfToken csrf, Model model, HttpServletRequest request,
                       HttpServletResponse response) {
        try {
            accounts.revokeToken(actor, id, request.getRemoteAddr());
            return "redirect:/account?done=revoked";
        } catch (AccountException e) {
            response.setStatus(404);
            return show(actor, Optional.empty(), Optional.empty(), FormError.of(e, page), csrf, model);
        }
    }

    private String show(Actor actor, Optional<String> newToken, Optional<String> notice, Optional<FormError> error,
                        CsrfToken csrf, Model model) {
        model.addAttribute("view", new AccountView(actor, accounts.tokensOf(actor), newToken, notice, error, FormToken.of(csrf)));
        return "accounts/account";
    }
}
