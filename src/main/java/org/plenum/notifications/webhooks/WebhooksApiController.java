package org.plenum.notifications.webhooks;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenum.web.ApiException;
import org.plenum.web.JsonApi;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Webhook subscriptions through the API, for admins (decision 0049): {@code GET /api/v1/webhooks},
 * {@code POST /api/v1/webhooks} with {@code {"data": {"type": "webhooks", "attributes": {"url": …, "country": …,
 * "secret": …}}}} (country and secret optional; the secret is given back once), {@code GET /api/v1/webhooks/{id}} with
 * its latest deliveries and their attempts, {@code DELETE /api/v1/webhooks/{id}} to stop it. Never cached.
 */
@RestController
@RequestMapping(value = "/api/v1/webhooks", produces = JsonApi.MEDIA_TYPE)
@Tag(name = "Webhooks", description = "Subscriptions to the changes of each publication, for admins")
class WebhooksApiController {

    private final WebhookSubscriptions subscriptions;
    private final WebhookDeliveries deliveries;

    WebhooksApiController(WebhookSubscriptions subscriptions, WebhookDeliveries deliveries) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
    }

    @Operation(summary = "Webhook subscriptions (admins)")
    @GetMapping
    ResponseEntity<Map<String, Object>> list(HttpServletRequest request) {
        Admins.require(request);
        List<Map<String, Object>> data = new ArrayList<>();
        for (WebhookSubscriptions.Subscription subscription : subscriptions.all()) {
            data.add(resource(subscription));
        }
        return answer(HttpStatus.OK, Map.of("data", data, "jsonapi", Map.of("version", "1.1")));
    }

    @Operation(summary = "One webhook subscription with its latest deliveries and their attempts (admins)")
    @GetMapping("/{id}")
    ResponseEntity<Map<String, Object>> one(@PathVariable long id, HttpServletRequest request) {
        Admins.require(request);
        WebhookSubscriptions.Subscription subscription = subscriptions.find(id)
                .orElseThrow(() -> ApiException.notFound("There is no webhook subscription " + id + "."));
        Map<String, Object> resource = resource(subscription);
        List<Map<String, Object>> log = new ArrayList<>();
        for (WebhookDeliveries.Delivery delivery : deliveries.deliveries(id, 50)) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", delivery.id());
            entry.put("publication", delivery.publication());
            entry.put("part", delivery.part());
            entry.put("parts", delivery.parts());
            entry.put("changes", delivery.changeCount());
            entry.put("status", delivery.status());
            entry.put("attempts", deliveries.attempts(delivery.id()).stream().map(a -> {
                Map<String, Object> attempt = new LinkedHashMap<>();
                attempt.put("at", a.at().toString());
                attempt.put("status_code", a.statusCode().orElse(null));
                attempt.put("error", a.error().orElse(null));
                attempt.put("duration_ms", a.durationMs());
                return attempt;
            }).toList());
            entry.put("next_attempt_at", delivery.status().equals("pending") ? delivery.nextAttemptAt().toString() : null);
            entry.put("delivered_at", delivery.deliveredAt().map(Object::toString).orElse(null));
            log.add(entry);
        }
        resource.put("meta", Map.of("deliveries", log));
        return answer(HttpStatus.OK, Map.of("data", resource, "jsonapi", Map.of("version", "1.1")));
    }

    @Operation(summary = "Subscribe an address to the changes of each publication (admins); the secret is shown once")
    @PostMapping(consumes = {JsonApi.MEDIA_TYPE, "application/json"})
    ResponseEntity<Map<String, Object>> create(@RequestBody JsonNode body, HttpServletRequest request) {
        String admin = Admins.require(request);
        JsonNode attributes = body.at("/data/attributes");
        if (!attributes.isObject()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_document", "Invalid document",
                    "The body must be a JSON:API document {\"data\": {\"type\": \"webhooks\", \"attributes\": {\"url\": …}}}.", "");
        }
        try {
            WebhookSubscriptions.Created created = subscriptions.create(attributes.path("url").asString(""),
                    text(attributes, "country"), text(attributes, "secret"), admin);
            Map<String, Object> resource = resource(created.subscription());
            resource.put("meta", Map.of("secret", created.secret(), "secret_detail", "Shown once: each delivery carries "
                    + WebhookSignature.SIGNATURE_HEADER + ": sha256=HMAC-SHA256(secret, timestamp + \".\" + body) and "
                    + WebhookSignature.TIMESTAMP_HEADER + ": timestamp."));
            return answer(HttpStatus.CREATED, Map.of("data", resource, "jsonapi", Map.of("version", "1.1")));
        } catch (WebhookSubscriptions.InvalidSubscriptionException e) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "invalid_" + e.field(), "Invalid subscription",
                    e.getMessage(), e.field());
        }
    }

    @Operation(summary = "Stop a webhook subscription (admins); its delivery log stays")
    @DeleteMapping("/{id}")
    ResponseEntity<Map<String, Object>> delete(@PathVariable long id, HttpServletRequest request) {
        Admins.require(request);
        if (!subscriptions.deactivate(id)) {
            throw ApiException.notFound("There is no webhook subscription " + id + ".");
        }
        return ResponseEntity.noContent().cacheControl(CacheControl.noStore()).build();
    }

    private static Optional<String> text(JsonNode attributes, String name) {
        JsonNode value = attributes.path(name);
        return value.isString() && !value.asString().isBlank() ? Optional.of(value.asString()) : Optional.empty();
    }

    private static Map<String, Object> resource(WebhookSubscriptions.Subscription subscription) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("url", subscription.url());
        attributes.put("country", subscription.country().orElse(null));
        attributes.put("active", subscription.active());
        attributes.put("created_at", subscription.createdAt().toString());
        attributes.put("created_by", subscription.createdBy());
        attributes.put("after_publication", subscription.afterPublication());
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("type", "webhooks");
        resource.put("id", Long.toString(subscription.id()));
        resource.put("attributes", attributes);
        resource.put("links", Map.of("self", "/api/v1/webhooks/" + subscription.id()));
        return resource;
    }

    private static ResponseEntity<Map<String, Object>> answer(HttpStatus status, Map<String, Object> document) {
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore()).contentType(JsonApi.MEDIA).body(document);
    }
}
