package org.plenum.aiwatch.actions;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;
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
 * Subscribing to the monthly digest by e-mail, without an account (decision 0066): {@code /ai/digest/subscribe}
 * (address and language; the answer is the same whether the address was known, so nobody learns who subscribed),
 * {@code /ai/digest/confirm/{token}} (the confirmation mail's link) and {@code /ai/digest/unsubscribe/{token}} (every
 * mail's link: one click unsubscribes).
 */
@PageController
class DigestSubscriptionPages {

    private final DigestSubscriptions subscriptions;
    /** Subscription requests per client address (this node): beyond, the same answer and no mail, as for a reset link. */
    private final AttemptLimiter requests = new AttemptLimiter(5, Duration.ofMinutes(10));

    DigestSubscriptionPages(DigestSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @GetMapping("/ai/digest/subscribe")
    String form(@ModelAttribute("page") PageContext page, CsrfToken csrf, Model model) {
        return form(model, csrf, "", page.lang(), "");
    }

    @PostMapping("/ai/digest/subscribe")
    String subscribe(@RequestParam(name = "email", defaultValue = "") String email,
                     @RequestParam(name = "language", defaultValue = "") String language,
                     @ModelAttribute("page") PageContext page, CsrfToken csrf, HttpServletRequest request,
                     HttpServletResponse response, Model model) {
        if (!DigestSubscriptions.plausibleAddress(email.strip())) {
            response.setStatus(422);
            return form(model, csrf, email, language, "aitracker.subscribe.badAddress");
        }
        if (!language.equals("en") && !language.equals("fr")) {
            response.setStatus(422);
            return form(model, csrf, email, page.lang(), "aitracker.subscribe.badLanguage");
        }
        if (requests.tryAcquire(request.getRemoteAddr())) {
            subscriptions.subscribe(email, language);
        }
        model.addAttribute("state", "sent");
        model.addAttribute("email", email.strip());
        return "aiwatch/actions/subscription";
    }

    @GetMapping("/ai/digest/confirm/{token}")
    String confirm(@PathVariable("token") String token, HttpServletResponse response, Model model) {
        Optional<DigestSubscriptions.Subscriber> s = subscriptions.confirm(token);
        return answer(s, "confirmed", response, model);
    }

    @GetMapping("/ai/digest/unsubscribe/{token}")
    String unsubscribe(@PathVariable("token") String token, HttpServletResponse response, Model model) {
        return answer(subscriptions.unsubscribe(token), "unsubscribed", response, model);
    }

    private static String answer(Optional<DigestSubscriptions.Subscriber> s, String state, HttpServletResponse response,
                                 Model model) {
        if (s.isEmpty()) {
            response.setStatus(404);
        }
        model.addAttribute("state", s.isPresent() ? state : "unknown");
        model.addAttribute("email", s.map(DigestSubscriptions.Subscriber::email).orElse(""));
        return "aiwatch/actions/subscription";
    }

    private static String form(Model model, CsrfToken csrf, String email, String language, String problem) {
        model.addAttribute("email", email);
        model.addAttribute("language", language);
        model.addAttribute("problem", problem);
        model.addAttribute("csrfName", csrf.getParameterName());
        model.addAttribute("csrfToken", csrf.getToken());
        return "aiwatch/actions/subscribe";
    }
}
