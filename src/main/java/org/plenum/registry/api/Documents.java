package org.plenum.registry.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenum.registry.EntityRecord;
import org.plenum.registry.EntityRef;
import org.plenum.registry.EntityType;
import org.plenum.registry.Field;
import org.plenum.registry.FieldCatalogue;
import org.plenum.registry.SeriesKind;
import org.plenum.registry.Snapshot;
import org.plenum.registry.TimedValue;
import org.springframework.stereotype.Component;

/** Builds the JSON:API documents of the registry's read API from a snapshot. */
@Component
class Documents {

    static final String BASE = "/api/v1/";

    private final FieldCatalogue catalogue;
    private final ValueRenderer values;
    private final FilterEvaluator filters;

    Documents(FieldCatalogue catalogue, ValueRenderer values, FilterEvaluator filters) {
        this.catalogue = catalogue;
        this.values = values;
        this.filters = filters;
    }

    Map<String, Object> collection(Snapshot snapshot, EntityType type, List<EntityRecord> candidates, ApiQuery query,
                                   String path) {
        List<EntityRecord> matching = new ArrayList<>(candidates.stream()
                .filter(e -> e.knownAt(query.knownAt()))
                .filter(filters.predicate(type, query.filters(), query.asOf(), query.knownAt()))
                .toList());
        matching.sort(filters.comparator(type, query.sort(), query.asOf(), query.knownAt()));
        int total = matching.size();
        // in long: page[number] up to Integer.MAX_VALUE times page[size] up to 5000 overflows an int
        int from = (int) Math.min(total, (query.pageNumber() - 1L) * query.pageSize());
        int to = Math.min(total, from + query.pageSize());
        List<Map<String, Object>> data = new ArrayList<>();
        for (EntityRecord entity : matching.subList(from, to)) {
            data.add(resource(snapshot, entity, query));
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("data", data);
        document.put("links", pageLinks(path, query, total));
        Map<String, Object> meta = ApiMeta.of(snapshot);
        meta.put("total", total);
        meta.put("page", Map.of("number", query.pageNumber(), "size", query.pageSize()));
        query.asOf().ifPresent(d -> meta.put("as_of", d.toString()));
        if (!query.knownAt().equals(EntityRecord.LATEST)) {
            meta.put("known_at", query.knownAt().toString());
        }
        document.put("meta", meta);
        document.put("jsonapi", Map.of("version", "1.1"));
        return document;
    }

    Map<String, Object> single(Snapshot snapshot, EntityRecord entity, ApiQuery query) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("data", resource(snapshot, entity, query));
        document.put("links", Map.of("self", self(entity.ref())));
        Map<String, Object> meta = ApiMeta.of(snapshot);
        query.asOf().ifPresent(d -> meta.put("as_of", d.toString()));
        if (!query.knownAt().equals(EntityRecord.LATEST)) {
            meta.put("known_at", query.knownAt().toString());
        }
        document.put("meta", meta);
        document.put("jsonapi", Map.of("version", "1.1"));
        return document;
    }

    Map<String, Object> resource(Snapshot snapshot, EntityRecord entity, ApiQuery query) {
        EntityType type = entity.ref().type();
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (Field field : catalogue.fields(type)) {
            if (query.fields().isPresent() && !query.fields().get().contains(field.id())) {
                continue;
            }
            attributes.put(field.id(), attribute(entity, field, query.asOf(), query.knownAt()));
        }
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("type", type.resource());
        resource.put("id", entity.code());
        resource.put("attributes", attributes);
        Map<String, Object> relationships = relationships(snapshot, entity);
        if (!relationships.isEmpty()) {
            resource.put("relationships", relationships);
        }
        resource.put("links", Map.of("self", self(entity.ref())));
        return resource;
    }

    private Object attribute(EntityRecord entity, Field field, Optional<LocalDate> asOf, Instant knownAt) {
        if (field.seriesKind() == SeriesKind.SINGLE) {
            Optional<TimedValue> step = asOf.isPresent() ? entity.valueAt(field.id(), asOf.get(), knownAt)
                    : entity.latest(field.id(), knownAt);
            return values.single(field, step);
        }
        List<TimedValue> steps = asOf.isPresent()
                ? entity.valueAt(field.id(), asOf.get(), knownAt).map(List::of).orElse(List.of())
                : entity.timeline(field.id(), knownAt);
        List<Map<String, Object>> series = new ArrayList<>(steps.size());
        for (TimedValue step : steps) {
            series.add(values.step(field, step));
        }
        return series;
    }

    private Map<String, Object> relationships(Snapshot snapshot, EntityRecord entity) {
        Map<String, Object> relationships = new LinkedHashMap<>();
        entity.parent().ifPresent(parent -> relationships.put(parent.type().id(), Map.of("data", identifier(parent))));
        if (entity.ref().type() == EntityType.CHAMBER) {
            entity.parent().flatMap(snapshot::get).flatMap(EntityRecord::parent)
                    .ifPresent(country -> relationships.put("country", Map.of("data", identifier(country))));
        }
        for (EntityType childType : EntityType.values()) {
            List<EntityRecord> children = snapshot.children(entity.ref(), childType);
            if (!children.isEmpty()) {
                relationships.put(childType.resource(), Map.of("data", children.stream().map(c -> identifier(c.ref())).toList()));
            }
        }
        if (entity.ref().type() == EntityType.COUNTRY) {
            List<Map<String, Object>> chambers = new ArrayList<>();
            for (EntityRecord parliament : snapshot.children(entity.ref(), EntityType.PARLIAMENT)) {
                snapshot.children(parliament.ref(), EntityType.CHAMBER).forEach(c -> chambers.add(identifier(c.ref())));
            }
            if (!chambers.isEmpty()) {
                relationships.put("chambers", Map.of("data", chambers));
            }
        }
        return relationships;
    }

    private static Map<String, Object> identifier(EntityRef ref) {
        Map<String, Object> id = new LinkedHashMap<>();
        id.put("type", ref.type().resource());
        id.put("id", ref.code());
        return id;
    }

    static String self(EntityRef ref) {
        return BASE + ref.type().resource() + "/" + ref.code();
    }

    private static Map<String, Object> pageLinks(String path, ApiQuery query, int total) {
        int last = Math.max(1, (total + query.pageSize() - 1) / query.pageSize());
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("self", page(path, query.pageNumber(), query.pageSize()));
        links.put("first", page(path, 1, query.pageSize()));
        links.put("prev", query.pageNumber() > 1 ? page(path, Math.min(last, query.pageNumber() - 1), query.pageSize()) : null);
        links.put("next", query.pageNumber() < last ? page(path, query.pageNumber() + 1, query.pageSize()) : null);
        links.put("last", page(path, last, query.pageSize()));
        return links;
    }

    /** A page link: the request's own query with only the page replaced (already encoded in {@code path}). */
    private static String page(String path, int number, int size) {
        return path + (path.contains("?") ? "&" : "?") + "page[number]=" + number + "&page[size]=" + size;
    }
}
