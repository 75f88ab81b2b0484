package org.plenum.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;
import org.plenum.accounts.AccountException;
import org.plenum.accounts.internal.Account;
import org.plenum.accounts.internal.AccountService;
import org.plenum.web.AttemptLimiter;
import org.plenum.web.PageContext;
import org.plenum.web.PageController;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The one-time links (decision 0042): {@code /invitation/{token}} sets the first password of an invited person,
 * {@code /password-reset/{token}} a new one after a request at {@code /password-reset}, whose answer is the same
 * whether an account has that address or not. A used, expired or replaced link says so (410), without saying whose.
 */
@PageController
class PasswordLinkController {

    private final AccountService accounts;
    private final AttemptLimiter resetRequests = new AttemptLimiter(5, Duration.ofMinutes(10));

    PasswordLinkController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/invitation/{token}")
    String invitation(@ModelAttribute("page") PageContext page, @PathVariable("token") String token, CsrfToken csrf,
                      Model model, HttpServletResponse response) {
        return form("invitation", "/invitation/" + token, accounts.linkAccount(token, "invitation"), Optional.empty(),
                csrf, model, response);
    }

    @PostMapping("/invitation/{token}")
    String acceptInvitation(@ModelAttribute("page") PageContext page, @PathVariable("token") String token,
                            @RequestParam(name = "password", defaultValue = "") String password,
                            @RequestParam(name = "repeated", defaultValue = "") String repeated, CsrfToken csrf,
                            Model model, HttpServletRequest request, HttpServletResponse response) {
        return setPassword(page, "invitation", token, password, repeated, csrf, model, request, response);
    }

    @GetMapping("/password-reset")
    String resetRequest(@ModelAttribute("page") PageContext page, CsrfToken csrf, Model model) {
        model.addAttribute("csrf", FormToken.of(csrf));
        model.addAttribute("sent", false);
        return "accounts/reset-request";
    }

    @PostMapping("/password-reset")
    String requestReset(@ModelAttribute("page") PageContext page, @RequestParam(name = "email", defaultValue = "") String email,
                        CsrfToken csrf, Model model, HttpServletRequest request) {
        String origin = request.getRemoteAddr();
        if (!email.isBlank() && email.length() <= 254 && resetRequests.tryAcquire(origin)) {
            accounts.requestReset(email, origin);
        }
        model.addAttribute("csrf", FormToken.of(csrf));
        model.addAttribute("sent", true);
        return "accounts/reset-request";
    }

    @GetMapping("/password-reset/{token}")
    String reset(@ModelAttribute("page") PageContext page, @PathVariable("token") String token, CsrfToken csrf,
                 Model model, HttpServletResponse response) {
        return form("reset", "/password-reset/" + token, accounts.linkAccount(token, "reset"), Optional.empty(), csrf,
                model, response);
    }

    @PostMapping("/password-reset/{token}")
    String setNewPassword(@ModelAttribute("page") PageContext page, @PathVariable("token") String token,
                          @RequestParam(name = "password", defaultValue = "") String password,
                          @RequestParam(name = "repeated", defaultValue = "") String repeated, CsrfToken csrf,
                          Model model, HttpServletRequest request, HttpServletResponse response) {
        return setPassword(page, "reset", token, password, repeated, csrf, model, request, response);
    }

    private String setPassword(PageContext page, String purpose, String token, String password, String repeated,
                               CsrfToken csrf, Model model, HttpServletRequest request, HttpServletResponse response) {
        try {
            accounts.setPasswordFromLink(token, purpose, password, repeated, request.getRemoteAddr());
            return "redirect:/login?" + (purpose.equals("invitation") ? "activated" : "reset");
        } catch (AccountException e) {
            String action = (purpose.equals("invitation") ? "/invitation/" : "/password-reset/") + token;
            Optional<Account> account = accounts.linkAccount(token, purpose);
            response.setStatus(account.isEmpty() ? 410 : 400);
            return form(purpose, action, account, FormError.of(e, page), csrf, model, response);
        }
    }

    private String form(String purpose, String action, Optional<Account> account, Optional<FormError> error,
                        CsrfToken csrf, Model model, HttpServletResponse response) {
        if (account.isEmpty()) {
            response.setStatus(410);
        }
        model.addAttribute("view", new SetPasswordView(purpose, action, account.map(Account::username), error, FormToken.of(csrf)));
        return "accounts/set-password";
    }
}
