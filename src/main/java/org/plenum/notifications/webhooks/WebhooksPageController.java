package org.plenum.notifications.webhooks;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.plenum.audit.AuditEntry;
import org.plenum.audit.AuditLog;
import org.plenum.web.PageContext;
import org.plenum.web.PageController;
import org.plenum.web.PageNotFoundException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /admin/webhooks} (admins, decision 0049): the subscriptions, a form to add one (its secret shown once), a
 * button to stop one; {@code /admin/webhooks/{id}}: its delivery log with every attempt. The security configuration
 * lets only admins here; each write is audited.
 */
@PageController
class WebhooksPageController {

    private final WebhookSubscriptions subscriptions;
    private final WebhookDeliveries deliveries;
    private final AuditLog audit;

    WebhooksPageController(WebhookSubscriptions subscriptions, WebhookDeliveries deliveries, AuditLog audit) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.audit = audit;
    }

    @GetMapping("/admin/webhooks")
    String list(@ModelAttribute("page") PageContext page, @RequestParam(name = "stopped", required = false) Long stopped,
                CsrfToken csrf, Model model) {
        Optional<String> notice = Optional.ofNullable(stopped).map(id -> page.t("notifications.webhooks.stopped", id));
        return show(model, csrf, notice, Optional.empty(), Optional.empty(), Optional.empty(), "", "");
    }

    @PostMapping("/admin/webhooks")
    String create(@ModelAttribute("page") PageContext page, @RequestParam(name = "url", defaultValue = "") String url,
                  @RequestParam(name = "country", defaultValue = "") String country,
                  @RequestParam(name = "secret", defaultValue = "") String secret, CsrfToken csrf, Model model,
                  HttpServletRequest request, HttpServletResponse response) {
        try {
            WebhookSubscriptions.Created created = subscriptions.create(url, Optional.of(country), Optional.of(secret),
                    Admins.require(request));
            audit.record(new AuditEntry(Admins.require(request), "webhook.created", "webhook:" + created.subscription().id(),
                    request.getRemoteAddr(), created.subscription().url()
                    + created.subscription().country().map(c -> " country " + c).orElse("")));
            return show(model, csrf, Optional.of(page.t("notifications.webhooks.newSecret", created.subscription().id())),
                    Optional.of(created.secret()), Optional.empty(), Optional.empty(), "", "");
        } catch (WebhookSubscriptions.InvalidSubscriptionException e) {
            response.setStatus(400);
            return show(model, csrf, Optional.empty(), Optional.empty(), Optional.of(e.field()),
                    Optional.of("notifications.webhooks.error." + e.field()), url, country);
        }
    }

    @PostMapping("/admin/webhooks/{id}/deactivate")
    String deactivate(@PathVariable("id") long id, HttpServletRequest request) {
        if (!subscriptions.deactivate(id)) {
            throw new PageNotFoundException("webhook subscription " + id);
        }
        audit.record(new AuditEntry(Admins.require(request), "webhook.deactivated", "webhook:" + id, request.getRemoteAddr(), ""));
        return "redirect:/admin/webhooks?stopped=" + id;
    }

    @GetMapping("/admin/webhooks/{id}")
    String one(@ModelAttribute("page") PageContext page, @PathVariable("id") long id, Model model) {
        WebhookSubscriptions.Subscription subscription = subscriptions.find(id)
                .orElseThrow(() -> new PageNotFoundException("webhook subscription " + id));
        List<WebhookPage.Row> rows = new ArrayList<>();
        for (WebhookDeliveries.Delivery delivery : deliveries.deliveries(id, 100)) {
            rows.add(new WebhookPage.Row(delivery, deliveries.attempts(delivery.id())));
        }
        model.addAttribute("webhook", new WebhookPage(subscription, rows));
        return "notifications/webhook";
    }

    private String show(Model model, CsrfToken csrf, Optional<String> notice, Optional<String> secret,
                        Optional<String> errorField, Optional<String> errorKey, String url, String country) {
        model.addAttribute("webhooks", new WebhooksPage(subscriptions.all(), notice, secret, errorField, errorKey, url, country,
                csrf.getParameterName(), csrf.getToken()));
        return "notifications/webhooks";
    }
}
