package org.plenum.accounts.web;

import org.plenum.accounts.Actor;
import org.plenum.web.PageContext;
import org.plenum.web.PageController;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /login}: the sign-in form (Spring Security handles its POST). A failure shows one message whatever the
 * reason, so the page never tells whether an account exists (decision 0042).
 */
@PageController
class LoginPageController {

    @GetMapping("/login")
    String login(@ModelAttribute("page") PageContext page, @AuthenticationPrincipal Actor actor,
                 @RequestParam(name = "error", required = false) String error,
                 @RequestParam(name = "activated", required = false) String activated,
                 @RequestParam(name = "reset", required = false) String reset, CsrfToken csrf, Model model) {
        if (actor != null) {
            return "redirect:/account";
        }
        model.addAttribute("csrf", FormToken.of(csrf));
        model.addAttribute("failed", error != null);
        model.addAttribute("notice", activated != null ? page.t("accounts.login.activated")
                : reset != null ? page.t("accounts.login.reset") : "");
        return "accounts/login";
    }
}
