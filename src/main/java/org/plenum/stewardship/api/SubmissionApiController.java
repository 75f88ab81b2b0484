package org.plenum.stewardship.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.plenum.accounts.Actor;
import org.plenum.registry.EntityRef;
import org.plenum.registry.EntityType;
import org.plenum.stewardship.Created;
import org.plenum.stewardship.Finding;
import org.plenum.stewardship.IdempotencyKeyReusedException;
import org.plenum.stewardship.ItemDraft;
import org.plenum.stewardship.NotAllowedException;
import org.plenum.stewardship.SourceReference;
import org.plenum.stewardship.Stewardship;
import org.plenum.stewardship.Submission;
import org.plenum.stewardship.SubmissionItem;
import org.plenum.stewardship.SubmissionNotFoundException;
import org.plenum.stewardship.SubmissionRefusedException;
import org.plenum.web.JsonApi;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Submissions through the API (decision 0046), with a personal token ({@code Authorization: Bearer …}): a
 * correspondent's program sends new values for its chambers as JSON; with an {@code Idempotency-Key} a retried
 * request returns the first answer and never makes a second submission. Errors are JSON:API error objects whose
 * {@code source.pointer} names the member at fault.
 */
@RestController
@Tag(name = "Submissions", description = "Correspondents' submissions of new values for their chambers (personal API token)")
class SubmissionApiController {

    private static final int MAX_ITEMS = 500;

    private final Stewardship stewardship;
    private final MessageSource messages;

    SubmissionApiController(Stewardship stewardship, MessageSource messages) {
        this.stewardship = stewardship;
        this.messages = messages;
    }

    @PostMapping(value = "/api/v1/submissions", produces = {JsonApi.MEDIA_TYPE, "application/json"})
    @Operation(summary = "Submit new values for a chamber (a draft with \"send\": false)", description = """
            Body: {"data": {"type": "submissions", "attributes": {"chamber": "RW-LC01", "send": true,
            "source": {"title": "Official Gazette no. 45", "url": "https://…", "gazette": "OG 45"},
            "items": [{"field": "current_women_number", "value": "52", "valid_from": "2026-11-20", "note": ""}]}}}.
            An item of an election or an election result names its entity: "entity": {"type": "election", "code":
            "RW-LC01-E20260915", "parent": {"type": "chamber", "code": "RW-LC01"}}; its facts hold for always (no
            valid_from). 201 with the submission; 200 and the same submission when the Idempotency-Key was used before
            with the same body; 409 when it was used with another body; 422 with an error per finding of the checks.""")
    ResponseEntity<Map<String, Object>> create(@AuthenticationPrincipal Actor actor, @RequestBody(required = false) String body,
                                               @Parameter(description = "Any unique text (e.g. a UUID): a retry with the same key and body makes no second submission")
                                               @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                               HttpServletRequest request) {
        if (actor == null) {
            return JsonApi.error(HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required",
                    "Send a personal API token: Authorization: Bearer <token> (made on your account page).", "");
        }
        if (key != null && (key.isBlank() || key.length() > 200)) {
            return JsonApi.error(HttpStatus.BAD_REQUEST, "invalid_idempotency_key", "Invalid Idempotency-Key",
                    "The Idempotency-Key header must hold 1 to 200 characters.", "");
        }
        JsonNode attributes;
        try {
            attributes = JsonApi.attributes(body, "{\"data\": {\"type\": \"submissions\", \"attributes\": {…}}}");
        } catch (JsonApi.Refused refused) {
            return refused.response();
        }
        List<Map<String, Object>> errors = new ArrayList<>();
        String chamber = attributes.path("chamber").asString("").strip();
        if (chamber.isEmpty()) {
            errors.add(JsonApi.error(422, "required", "Missing member", "Name the chamber, e.g. \"RW-LC01\".", "/data/attributes/chamber"));
        } else if (!actor.maySubmitFor(chamber)) {
            return JsonApi.error(HttpStatus.FORBIDDEN, "forbidden", "Not allowed", "You may not submit for " + chamber
                    + ": it is not bound to your account.", "/data/attributes/chamber");
        }
        SourceReference source = source(attributes.path("source"));
        JsonNode itemsNode = attributes.path("items");
        if (!itemsNode.isArray() || itemsNode.isEmpty() || itemsNode.size() > MAX_ITEMS) {
            errors.add(JsonApi.error(422, "invalid_items", "Invalid items", "Give 1 to " + MAX_ITEMS + " items in a list.",
                    "/data/attributes/items"));
        }
        List<ItemDraft> items = new ArrayList<>();
        if (errors.isEmpty()) {
            for (int i = 0; i < itemsNode.size(); i++) {
                item(chamber, itemsNode.get(i), i, source, items, errors);
            }
        }
        if (!errors.isEmpty()) {
            return JsonApi.errors(HttpStatus.UNPROCESSABLE_ENTITY, errors);
        }
        boolean send = attributes.path("send").asBoolean(true);
        try {
            Created created = stewardship.create(actor, request.getRemoteAddr(), chamber, items, send,
                    Optional.ofNullable(key), digest(body));
            return ResponseEntity.status(created.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                    .header("Content-Type", JsonApi.MEDIA_TYPE)
                    .header("Location", "/api/v1/submissions/" + created.submission().id())
                    .header("Idempotent-Replayed", Boolean.toString(created.replayed()))
                    .body(Map.of("data", resource(created.submission())));
        } catch (NotAllowedException e) {
            return JsonApi.error(HttpStatus.FORBIDDEN, "forbidden", "Not allowed", "You may not submit for " + chamber
                    + ": it is not bound to your account.", "/data/attributes/chamber");
        } catch (IdempotencyKeyReusedException e) {
            return JsonApi.error(HttpStatus.CONFLICT, "idempotency_key_reused", "Idempotency-Key used for another request",
                    e.getMessage() + "; use a new key for a new submission.", "");
        } catch (SubmissionRefusedException e) {
            List<Map<String, Object>> found = new ArrayList<>();
            for (Finding finding : e.findings()) {
                String pointer = finding.position() == 0 ? "/data/attributes/" + finding.field()
                        : "/data/attributes/items/" + (finding.position() - 1) + "/" + member(finding.field());
                found.add(JsonApi.error(422, finding.code().replace("stewardship.check.", ""),
                        finding.error() ? "Check failed" : "Warning to confirm with a note",
                        messages.getMessage(finding.code(), finding.args().toArray(), Locale.ENGLISH)
                                + (finding.error() ? "" : " (confirm it with a \"note\" on the item)"), pointer));
            }
            return JsonApi.errors(HttpStatus.UNPROCESSABLE_ENTITY, found);
        }
    }

    @GetMapping(value = "/api/v1/submissions", produces = {JsonApi.MEDIA_TYPE, "application/json"})
    @Operation(summary = "Your submissions and their fate (personal API token)")
    ResponseEntity<Map<String, Object>> mine(@AuthenticationPrincipal Actor actor) {
        if (actor == null) {
            return JsonApi.error(HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required",
                    "Send a personal API token: Authorization: Bearer <token>.", "");
        }
        return ResponseEntity.ok().header("Content-Type", JsonApi.MEDIA_TYPE).header("Cache-Control", "no-store")
                .body(Map.of("data", stewardship.mine(actor).stream().map(SubmissionApiController::resource).toList()));
    }

    @GetMapping(value = "/api/v1/submissions/{id}", produces = {JsonApi.MEDIA_TYPE, "application/json"})
    @Operation(summary = "One of your submissions (an editor: any)")
    ResponseEntity<Map<String, Object>> one(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
        if (actor == null) {
            return JsonApi.error(HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required",
                    "Send a personal API token: Authorization: Bearer <token>.", "");
        }
        try {
            return ResponseEntity.ok().header("Content-Type", JsonApi.MEDIA_TYPE).header("Cache-Control", "no-store")
                    .body(Map.of("data", resource(stewardship.get(actor, Long.parseLong(id)))));
        } catch (NumberFormatException | SubmissionNotFoundException e) {
            return JsonApi.error(HttpStatus.NOT_FOUND, "not_found", "Not found", "You have no submission " + id + ".", "");
        }
    }

    private static void item(String chamber, JsonNode node, int index, SourceReference source, List<ItemDraft> items,
                             List<Map<String, Object>> errors) {
        String at = "/data/attributes/items/" + index;
        if (!node.isObject()) {
            errors.add(JsonApi.error(422, "invalid_item", "Invalid item", "An item is an object {field, value, valid_from}.", at));
            return;
        }
        String field = node.path("field").asString("").strip();
        if (field.isEmpty()) {
            errors.add(JsonApi.error(422, "required", "Missing member", "Name the field, e.g. \"current_women_number\".", at + "/field"));
        }
        JsonNode valueNode = node.path("value");
        String value = valueNode.isNumber() || valueNode.isBoolean() ? valueNode.asString() : valueNode.asString("");
        if (value.length() > 20000) {
            errors.add(JsonApi.error(422, "too_long", "Value too long", "A value holds at most 20,000 characters.", at + "/value"));
            return;
        }
        Optional<LocalDate> from = Optional.empty();
        String date = node.path("valid_from").asString("").strip();
        if (!date.isEmpty()) {
            try {
                from = Optional.of(LocalDate.parse(date));
            } catch (DateTimeParseException e) {
                errors.add(JsonApi.error(422, "invalid_date", "Invalid date", "\"" + date + "\" is not a date YYYY-MM-DD.", at + "/valid_from"));
                return;
            }
        }
        EntityRef entity = EntityRef.chamber(chamber.isEmpty() ? "?" : chamber);
        Optional<EntityRef> parent = Optional.empty();
        JsonNode entityNode = node.path("entity");
        if (entityNode.isObject()) {
            Optional<EntityRef> ref = ref(entityNode);
            if (ref.isEmpty()) {
                errors.add(JsonApi.error(422, "invalid_entity", "Invalid entity",
                        "An entity is {\"type\": \"election\"|\"election_result\"|\"chamber\", \"code\": …}.", at + "/entity"));
                return;
            }
            entity = ref.get();
            if (entityNode.path("parent").isObject()) {
                parent = ref(entityNode.path("parent"));
                if (parent.isEmpty()) {
                    errors.add(JsonApi.error(422, "invalid_entity", "Invalid entity", "A parent is {\"type\": …, \"code\": …}.",
                            at + "/entity/parent"));
                    return;
                }
            }
        }
        SourceReference itemSource = node.path("source").isObject() ? source(node.path("source")) : source;
        items.add(new ItemDraft(entity, parent, field, from, value, itemSource, node.path("note").asString("")));
    }

    private static Optional<EntityRef> ref(JsonNode node) {
        Optional<EntityType> type = EntityType.byId(node.path("type").asString(""));
        String code = node.path("code").asString("").strip();
        if (type.isEmpty() || code.isEmpty() || code.length() > 80 || !code.matches("[A-Za-z0-9._-]+")) {
            return Optional.empty();
        }
        return Optional.of(new EntityRef(type.get(), code));
    }

    private static SourceReference source(JsonNode node) {
        return new SourceReference(limit(node.path("title").asString(""), 500), limit(node.path("url").asString(""), 1000),
                limit(node.path("gazette").asString(""), 500));
    }

    private static String limit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static String member(String field) {
        return switch (field) {
            case "valid_from" -> "valid_from";
            case "source_title" -> "source/title";
            case "source_url" -> "source/url";
            case "note" -> "note";
            default -> "value";
        };
    }

    static Map<String, Object> resource(Submission s) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("chamber", s.chamber());
        attributes.put("state", s.state().id());
        attributes.put("submitter", s.submitter());
        attributes.put("created_at", s.createdAt().toString());
        attributes.put("submitted_at", s.submittedAt().map(Object::toString).orElse(null));
        attributes.put("reviewed_at", s.reviewedAt().map(Object::toString).orElse(null));
        attributes.put("reviewer", s.reviewer().orElse(null));
        attributes.put("review_comment", s.reviewComment());
        attributes.put("publication", s.publication().isPresent() ? s.publication().getAsLong() : null);
        List<Map<String, Object>> items = new ArrayList<>();
        for (SubmissionItem item : s.items()) {
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("entity", Map.of("type", item.draft().entity().type().id(), "code", item.draft().entity().code()));
            i.put("field", item.draft().field());
            i.put("value", item.draft().value());
            i.put("valid_from", item.draft().validFrom().map(Object::toString).orElse(null));
            i.put("based_on", item.baseValue().orElse(null));
            i.put("source", Map.of("title", item.draft().source().title(), "url", item.draft().source().url(),
                    "gazette", item.draft().source().gazette()));
            i.put("note", item.draft().note());
            i.put("decision", item.decision().id());
            items.add(i);
        }
        attributes.put("items", items);
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("type", "submissions");
        resource.put("id", Long.toString(s.id()));
        resource.put("attributes", attributes);
        resource.put("links", Map.of("self", "/api/v1/submissions/" + s.id()));
        return resource;
    }

    static String digest(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((body == null ? "" : body).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
