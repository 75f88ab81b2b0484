package org.plenum.registry.changes;

import java.util.LinkedHashMap;
import java.util.Map;

/** A change as a JSON:API resource (type {@code changes}), the same in the change feed and the webhook payloads. */
public final class ChangeDocuments {

    private ChangeDocuments() {
    }

    /**
     * The resource: {@code id} is the fact's number; the attributes name the entity, the field, the kind of change, the
     * old and new values (canonical text, or the missing reason), the valid time, the record time and the source.
     */
    public static Map<String, Object> resource(Change change) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("entity_type", change.entity().type().id());
        attributes.put("entity_code", change.entity().code());
        attributes.put("country_code", change.country().orElse(null));
        attributes.put("field", change.field());
        attributes.put("kind", change.kind().id());
        attributes.put("old_value", change.previous().flatMap(p -> Change.text(p.value())).orElse(null));
        attributes.put("old_missing_reason", change.previous().flatMap(p -> Change.missingReason(p.value())).orElse(null));
        attributes.put("old_date_from", change.previous().flatMap(Change.Previous::validFrom).map(Object::toString).orElse(null));
        attributes.put("old_source", change.previous().map(Change.Previous::source).orElse(null));
        attributes.put("old_fact", change.previous().map(Change.Previous::factId).orElse(null));
        attributes.put("value", Change.text(change.value()).orElse(null));
        attributes.put("missing_reason", Change.missingReason(change.value()).orElse(null));
        attributes.put("annotation", change.annotation());
        attributes.put("date_from", change.validFrom().map(Object::toString).orElse(null));
        attributes.put("date_to", change.validTo().map(Object::toString).orElse(null));
        attributes.put("recorded_at", change.recordedAt().toString());
        attributes.put("publication", change.publication());
        attributes.put("source", change.source());
        attributes.put("superseded_at", change.supersededAt().map(Object::toString).orElse(null));
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("type", "changes");
        resource.put("id", Long.toString(change.id()));
        resource.put("attributes", attributes);
        resource.put("links", Map.of("entity", "/api/v1/" + change.entity().type().resource() + "/" + change.entity().code()));
        return resource;
    }
}
