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

    /**
     * Plenum's series fields that Parline shows as one value: the value on {@code as_of}, or the latest; with
     * {@code history=all} (Plenum's addition, for harvesters: decision 0027) as Plenum's series, like every field.
     */
    static final java.util.Set<String> SINGLE_ON_PARLINE = java.util.Set.of("chamber.struct_parl_status");

    private final FieldCatalogue catalogue;
    private final ValueRenderer values;
    private final FilterEvaluator filters;
    private final ParlineCatalogue parline;
    private final ParlineView view;

    Documents(FieldCatalogue catalogue, ValueRenderer values, FilterEvaluator filters, ParlineCatalogue parline,
              ParlineView view) {
        this.catalogue = catalogue;
        this.values = values;
        this.filters = filters;
        this.parline = parline;
        this.view = view;
    }

    Map<String, Object> collection(Snapshot snapshot, EntityType type, List<EntityRecord> candidates, ApiQuery query,
                                   String path) {
        return collection(snapshot, type, candidates, query, path, true);
    }

    /** @param topLevel a top-level collection, where Parline's default list applies; not a country's own chambers */
    Map<String, Object> collection(Snapshot snapshot, EntityType type, List<EntityRecord> candidates, ApiQuery query,
                                   String path, boolean topLevel) {
        boolean defaultList = topLevel && !query.history() && ParlineView.defaultListApplies(type, query.filters());
        List<EntityRecord> matching = new ArrayList<>(candidates.stream()
                .filter(e -> e.knownAt(query.knownAt()))
                .filter(e -> !defaultList || view.inDefaultList(e, snapshot, query.asOf(), query.knownAt()))
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
        query.requestedPageSize().ifPresent(requested -> meta.put("page_size_clamped", Map.of("requested", requested,
                "maximum", ApiQuery.MAX_PAGE_SIZE, "detail", "page[size] " + requested + " is above the maximum; pages of "
                        + ApiQuery.MAX_PAGE_SIZE + " are given: follow links.next or page to meta.total.")));
        if (defaultList) {
            meta.put("list", type == EntityType.COUNTRY
                    ? "Parline's list: the " + view.unMemberCount() + " UN member states" + (query.asOf().isPresent()
                    ? " and the former countries that existed on as_of" : "") + "; other countries and territories by their code or a filter on it"
                    : "Parline's list: those of the UN member states" + (query.asOf().isPresent() ? " and of the former countries that existed on as_of" : "")
                    + "; others by their code or a filter on country_code");
        }
        finish(meta, query);
        document.put("meta", meta);
        document.put("jsonapi", Map.of("version", "1.1"));
        return document;
    }

    private static void finish(Map<String, Object> meta, ApiQuery query) {
        if (query.history()) {
            meta.put("history", ApiQuery.HISTORY_ALL);
            meta.put("history_detail", "Every record, and every field as a series of the values as recorded, each with its "
                    + "valid time (date_from, date_to; null: open); no value derived at read time (decision 0027).");
        }
        query.asOf().ifPresent(d -> meta.put("as_of", d.toString()));
        if (!query.knownAt().equals(EntityRecord.LATEST)) {
            meta.put("known_at", query.knownAt().toString());
        }
        if (!query.ignoredFields().isEmpty()) {
            meta.put("ignored_fields", query.ignoredFields());
        }
        query.rangeFrom().ifPresent(d -> meta.put("date_range_from", d.toString()));
        query.rangeTo().ifPresent(d -> meta.put("date_range_to", d.toString()));
    }

    Map<String, Object> single(Snapshot snapshot, EntityRecord entity, ApiQuery query) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("data", resource(snapshot, entity, query));
        document.put("links", Map.of("self", self(entity.ref())));
        Map<String, Object> meta = ApiMeta.of(snapshot);
        finish(meta, query);
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
            attributes.put(field.id(), attribute(snapshot, entity, field, query));
        }
        for (ParlineCatalogue.ParlineField field : parline.fields(type)) {
            if (query.fields().isPresent() && !query.fields().get().contains(field.id())) {
                continue;
            }
            attributes.put(field.id(), field.source().kind() == ParlineCatalogue.SourceKind.ALIAS
                    ? attribute(snapshot, entity, catalogue.field(type, field.source().argument()).orElseThrow(), query)
                    : view.value(field, entity, snapshot, query.asOf(), query.knownAt()));
        }
        Map<String, Object> resource = new LinkedHashMap<>();
        if (type == EntityType.POLITICAL_PARTY || type == EntityType.PERSON) {
            resource.putAll(flatRow(entity, query));
        }
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

    /**
     * Parline's flat row of a political party or a person, beside its JSON:API members: Parline serves these two as
     * flat rows ({@code political_party_code}, {@code party_name {en, fr}}, {@code political_party_country};
     * {@code person_code}, {@code first_name}, {@code family_name}, {@code gender}, {@code dob_year}, ...).
     */
    private Map<String, Object> flatRow(EntityRecord entity, ApiQuery query) {
        Instant knownAt = query.knownAt();
        Map<String, Object> row = new LinkedHashMap<>();
        if (entity.ref().type() == EntityType.POLITICAL_PARTY) {
            row.put("political_party_code", entity.code());
            Map<String, Object> name = new LinkedHashMap<>();
            Optional<String> original = ParlineView.text(entity, "party_name", knownAt);
            name.put("en", ParlineView.text(entity, "party_name_english", knownAt).or(() -> original).orElse(null));
            name.put("fr", null);
            row.put("party_name", name);
            row.put("party_name_original", original.orElse(null));
            row.put("party_abbreviation", ParlineView.text(entity, "party_abbreviation", knownAt).orElse(null));
            row.put("political_party_country", entity.parent().map(EntityRef::code)
                    .or(() -> ParlineView.text(entity, "country_code", knownAt)).orElse(null));
        } else {
            row.put("person_code", entity.code());
            row.put("title_salutation", null);
            row.put("first_name", ParlineView.text(entity, "first_name", knownAt).orElse(null));
            row.put("family_name", ParlineView.text(entity, "family_name", knownAt).orElse(null));
            row.put("person_name", ParlineView.text(entity, "person_name", knownAt).orElse(null));
            row.put("gender", ParlineView.text(entity, "gender", knownAt).orElse(null));
            row.put("dob_year", ParlineView.birthPart(entity, "year", knownAt).orElse(null));
            row.put("dob_month", ParlineView.birthPart(entity, "month", knownAt).orElse(null));
            row.put("dob_day", ParlineView.birthPart(entity, "day", knownAt).orElse(null));
            row.put("person_country", ParlineView.membershipCountry(entity, query.asOf(), knownAt).orElse(null));
        }
        return row;
    }

    private Object attribute(Snapshot snapshot, EntityRecord entity, Field field, ApiQuery query) {
        Optional<LocalDate> asOf = query.asOf();
        Instant knownAt = query.knownAt();
        if (!query.history() && (field.seriesKind() == SeriesKind.SINGLE
                || SINGLE_ON_PARLINE.contains(field.entity().id() + "." + field.id()))) {
            Optional<TimedValue> step = asOf.isPresent() ? entity.valueAt(field.id(), asOf.get(), knownAt)
                    : entity.latest(field.id(), knownAt);
            if (step.isEmpty() && field.id().equals("country_code")) {
                Optional<String> code = ParlineView.countryCode(entity);
                if (code.isPresent()) {
                    Map<String, Object> derived = new LinkedHashMap<>();
                    derived.put("value", code.get());
                    derived.put("missing_reason", null);
                    derived.put("annotation", null);
                    return derived;
                }
            }
            return values.single(field, step);
        }
        List<TimedValue> steps = asOf.isPresent()
                ? entity.valueAt(field.id(), asOf.get(), knownAt).map(List::of).orElse(List.of())
                : entity.timeline(field.id(), knownAt);
        List<Map<String, Object>> series = new ArrayList<>(steps.size());
        boolean lastElection = !query.history() && field.entity() == EntityType.CHAMBER && field.id().equals(LAST_ELECTION);
        for (TimedValue step : steps) {
            if (query.inRange(step.from(), step.to())) {
                Map<String, Object> rendered = values.step(field, step);
                if (lastElection) {
                    electionDay(snapshot, entity, rendered, knownAt);
                }
                series.add(rendered);
            }
        }
        return series;
    }

    static final String LAST_ELECTION = "last_election";

    /**
     * A chamber's {@code last_election} given to the month ({@code 2021-09}, IPU's monthly ranking) shown to the day
     * when the chamber has exactly one election recorded in that month ({@code 2021-09-26}, ParlGov's): the day is
     * the source's, not a guess, and a client that builds the election's code from it ({@code ES-LC01-E20191110},
     * fbalino/civica) finds the election. Otherwise the month stays as recorded (decision 0027).
     */
    @SuppressWarnings("unchecked")
    private static void electionDay(Snapshot snapshot, EntityRecord chamber, Map<String, Object> step, Instant knownAt) {
        if (!(step.get("value") instanceof Map<?, ?> value) || !(value.get("from") instanceof String month)
                || !month.matches("\\d{4}-\\d{2}")) {
            return;
        }
        java.util.Set<String> days = new java.util.TreeSet<>();
        for (EntityRecord election : snapshot.children(chamber.ref(), EntityType.ELECTION)) {
            if (election.knownAt(knownAt)) {
                ParlineView.text(election, "election_date", knownAt).filter(d -> d.startsWith(month + "-") && d.length() == 10)
                        .ifPresent(days::add);
            }
        }
        if (days.size() == 1) {
            ((Map<String, Object>) value).put("from", days.iterator().next());
        }
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
