package org.plenum.registry.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.plenum.registry.DataType;
import org.plenum.registry.Field;
import org.plenum.registry.FieldCatalogue;
import org.plenum.registry.SeriesKind;
import org.plenum.registry.Taxonomy;
import org.plenum.web.ApiException;
import org.plenum.web.CachedResponses;
import org.plenum.web.QueryValues;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The data dictionary: fields, groups of fields and taxonomies, from the versioned field catalogue and Parline's
 * field names ({@link ParlineCatalogue}). Each row is both a JSON:API resource ({@code type}, {@code id},
 * {@code attributes}) and Parline's flat row ({@code field_id}, {@code entity_type}, {@code taxonomy_key}, ...;
 * {@code group_name}, {@code group_fields}, ...; {@code key}, {@code terms}); pages as on the collections.
 */
@RestController
@RequestMapping("/api/v1/metadata")
@Tag(name = "Metadata", description = "The data dictionary")
class MetadataController {

    private final FieldCatalogue catalogue;
    private final ParlineCatalogue parline;
    private final CachedResponses responses;

    MetadataController(FieldCatalogue catalogue, ParlineCatalogue parline, CachedResponses responses) {
        this.catalogue = catalogue;
        this.parline = parline;
        this.responses = responses;
    }

    record Page(int number, int size, Optional<Integer> requested) {
    }

    @Operation(summary = "Every field, with its entity, data type, taxonomy, group, unit, time-series kind and definition")
    @Parameter(name = "page[number]", in = ParameterIn.QUERY, description = "Page number, from 1")
    @Parameter(name = "page[size]", in = ParameterIn.QUERY, description = "Page size (default and maximum 5000; larger sizes are clamped)")
    @GetMapping("/fields")
    ResponseEntity<byte[]> fields(HttpServletRequest request) {
        Page page = page(request);
        return responses.jsonApi(request, 0, () -> document(allFields(), page, request));
    }

    @Operation(summary = "One field, by its id as /metadata/fields lists it (e.g. chamber.current_women_percent) or by its name (current_women_percent)")
    @GetMapping("/fields/{id}")
    ResponseEntity<byte[]> field(@PathVariable String id, HttpServletRequest request) {
        page(request);
        List<Map<String, Object>> all = allFields();
        List<Map<String, Object>> matching = all.stream().filter(f -> f.get("id").equals(id)).toList();
        if (matching.isEmpty()) {
            matching = all.stream().filter(f -> f.get("field_id").equals(id)).toList();
        }
        if (matching.isEmpty()) {
            throw ApiException.notFound("There is no field '" + id + "' in the catalogue (see /api/v1/metadata/fields).");
        }
        List<Map<String, Object>> found = matching;
        return responses.jsonApi(request, 0, () -> {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("data", found.get(0));
            Map<String, Object> meta = new LinkedHashMap<>();
            meta.put("catalogue_version", catalogue.version());
            if (found.size() > 1) {
                meta.put("other_entities", found.subList(1, found.size()).stream().map(f -> f.get("id")).toList());
            }
            document.put("meta", meta);
            document.put("jsonapi", Map.of("version", "1.1"));
            return document;
        });
    }

    @Operation(summary = "The groups of fields, each with its fields")
    @Parameter(name = "page[number]", in = ParameterIn.QUERY, description = "Page number, from 1")
    @Parameter(name = "page[size]", in = ParameterIn.QUERY, description = "Page size (default and maximum 5000; larger sizes are clamped)")
    @GetMapping("/groups")
    ResponseEntity<byte[]> groups(HttpServletRequest request) {
        Page page = page(request);
        return responses.jsonApi(request, 0, () -> {
            List<Map<String, Object>> rows = new ArrayList<>();
            int order = 0;
            for (ParlineCatalogue.Group group : parline.groups()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("type", "groups");
                row.put("id", group.name());
                row.put("group_name", group.name());
                row.put("group_label", group.label());
                row.put("group_description", group.description());
                row.put("group_parent", null);
                row.put("group_type", "fields");
                row.put("group_sort_order", ++order);
                row.put("group_fields", group.fields());
                rows.add(row);
            }
            return document(rows, page, request);
        });
    }

    @Operation(summary = "Every taxonomy with its terms")
    @Parameter(name = "page[number]", in = ParameterIn.QUERY, description = "Page number, from 1")
    @Parameter(name = "page[size]", in = ParameterIn.QUERY, description = "Page size (default and maximum 5000; larger sizes are clamped)")
    @GetMapping("/taxonomies")
    ResponseEntity<byte[]> taxonomies(HttpServletRequest request) {
        Page page = page(request);
        return responses.jsonApi(request, 0, () -> {
            List<Map<String, Object>> rows = new ArrayList<>();
            catalogue.taxonomies().forEach(t -> rows.add(taxonomy(t)));
            Set<String> withoutTerms = new LinkedHashSet<>();
            parline.fields().forEach(f -> f.taxonomy().filter(t -> catalogue.taxonomy(t).isEmpty()).ifPresent(withoutTerms::add));
            for (String key : withoutTerms) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("type", "taxonomies");
                row.put("id", key);
                row.put("attributes", Map.of("label", Map.of(), "terms", List.of()));
                row.put("key", key);
                row.put("name", key);
                row.put("description", "Parline's taxonomy of a field that no source Plenum reads fills: its terms are not known.");
                row.put("terms", List.of());
                rows.add(row);
            }
            return document(rows, page, request);
        });
    }

    /** {@code page[number]} and {@code page[size]}, as on the collections; any other parameter is refused. */
    private static Page page(HttpServletRequest request) {
        int number = 1;
        int size = ApiQuery.MAX_PAGE_SIZE;
        Optional<Integer> requested = Optional.empty();
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            String value = parameter.getValue()[0];
            if (name.equals("page[number]")) {
                number = QueryValues.wholeNumber(name, value, 1, Integer.MAX_VALUE);
            } else if (name.equals("page[size]")) {
                int asked = QueryValues.wholeNumber(name, value, 1, Integer.MAX_VALUE);
                size = Math.min(asked, ApiQuery.MAX_PAGE_SIZE);
                requested = asked > ApiQuery.MAX_PAGE_SIZE ? Optional.of(asked) : Optional.empty();
            } else {
                throw ApiException.badParameter(name, "unknown_parameter", "The metadata endpoints take only page[number] and page[size]; '"
                        + name + "' was given.");
            }
        }
        return new Page(number, size, requested);
    }

    private Map<String, Object> document(List<Map<String, Object>> all, Page page, HttpServletRequest request) {
        int total = all.size();
        int from = Math.min(total, (page.number() - 1) * page.size());
        int to = Math.min(total, from + page.size());
        int last = Math.max(1, (total + page.size() - 1) / page.size());
        String path = request.getRequestURI() + "?";
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("self", path + "page[number]=" + page.number() + "&page[size]=" + page.size());
        links.put("first", path + "page[number]=1&page[size]=" + page.size());
        links.put("prev", page.number() > 1 ? path + "page[number]=" + Math.min(last, page.number() - 1) + "&page[size]=" + page.size() : null);
        links.put("next", page.number() < last ? path + "page[number]=" + (page.number() + 1) + "&page[size]=" + page.size() : null);
        links.put("last", path + "page[number]=" + last + "&page[size]=" + page.size());
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("data", all.subList(from, to));
        document.put("links", links);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("catalogue_version", catalogue.version());
        meta.put("total", total);
        meta.put("page", Map.of("number", page.number(), "size", page.size()));
        page.requested().ifPresent(r -> meta.put("page_size_clamped", Map.of("requested", r, "maximum", ApiQuery.MAX_PAGE_SIZE)));
        if (request.getRequestURI().endsWith("/fields") || request.getRequestURI().endsWith("/fields/")) {
            Map<String, Object> parlineFields = new LinkedHashMap<>();
            parlineFields.put("named_by_public_sources", parline.namedCount());
            parlineFields.put("in_parline_catalogue", "about 505 (subsetsio/connectors, tests/inter-parliamentary-union-fields.yaml)");
            parlineFields.put("detail", "Every field of Parline's catalogue that a public source names is here (parline_field: true, "
                    + "named_by); Parline's other field ids are published nowhere Plenum could read them, and none is made up. "
                    + "Fields with has_data false answer Parline's shape with no value. Plenum's own fields keep their names.");
            parlineFields.put("sources", parline.publicSources());
            meta.put("parline_fields", parlineFields);
        }
        document.put("meta", meta);
        document.put("jsonapi", Map.of("version", "1.1"));
        return document;
    }

    private List<Map<String, Object>> allFields() {
        List<Map<String, Object>> rows = new ArrayList<>();
        catalogue.fields().forEach(f -> rows.add(field(f)));
        parline.fields().forEach(f -> rows.add(parlineField(f)));
        return rows;
    }

    private Map<String, Object> field(Field field) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("name", field.id());
        attributes.put("entity", field.entity().id());
        attributes.put("data_type", field.dataType().name().toLowerCase());
        attributes.put("unit", field.unit());
        attributes.put("precision", field.precision());
        attributes.put("taxonomy", field.taxonomy().orElse(null));
        attributes.put("time_series", field.seriesKind().name().toLowerCase());
        attributes.put("update_frequency", field.updateFrequency());
        attributes.put("computed", field.computed());
        attributes.put("formula", field.formula().orElse(null));
        attributes.put("label", field.label());
        attributes.put("definition", field.definition());
        boolean single = field.seriesKind() == SeriesKind.SINGLE || Documents.SINGLE_ON_PARLINE.contains(field.entity().id() + "." + field.id());
        return row(field.entity().id(), field.id(), field.dataType(), single, field.taxonomy(), parline.group(field), field.label(),
                field.definition(), field.unit(), field.precision(), field.updateFrequency(), field.computed(), true, "plenum", attributes);
    }

    private Map<String, Object> parlineField(ParlineCatalogue.ParlineField field) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("name", field.id());
        attributes.put("entity", field.entity().id());
        attributes.put("data_type", field.dataType().name().toLowerCase());
        attributes.put("taxonomy", field.taxonomy().orElse(null));
        attributes.put("time_series", field.seriesKind().name().toLowerCase());
        attributes.put("label", field.label());
        attributes.put("definition", field.definition());
        attributes.put("filled_from", fill(field));
        Optional<Field> alias = field.source().kind() == ParlineCatalogue.SourceKind.ALIAS
                ? catalogue.field(field.entity(), field.source().argument()) : Optional.empty();
        boolean single = alias.map(a -> a.seriesKind() == SeriesKind.SINGLE).orElse(field.seriesKind() == SeriesKind.SINGLE);
        return row(field.entity().id(), field.id(), field.dataType(), single, field.taxonomy(), field.group(), field.label(),
                field.definition(), alias.map(Field::unit).orElse(""), alias.map(Field::precision).orElse(0),
                alias.map(Field::updateFrequency).orElse(null), alias.map(Field::computed).orElse(false), field.hasData(),
                fill(field), attributes);
    }

    private static String fill(ParlineCatalogue.ParlineField field) {
        return switch (field.source().kind()) {
            case CODE -> "the entity's code";
            case PARENT -> "the code of the entity's " + switch (field.entity()) {
                case CHAMBER -> "parliament";
                case ELECTION -> "chamber";
                default -> "country";
            };
            case ALIAS -> "Plenum's field " + field.source().argument();
            case BIRTH -> "the " + field.source().argument() + " of birth_date";
            case MEMBERSHIP_COUNTRY -> "the country of the chamber of the latest chamber_membership";
            case SEATS_PER_PARTIES -> "the election's election_results";
            case NONE -> "no source Plenum reads: the value is always missing";
        };
    }

    private Map<String, Object> row(String entity, String name, DataType dataType, boolean single, Optional<String> taxonomy,
                                    String group, Map<String, String> label, Map<String, String> definition, String unit,
                                    int precision, String updateFrequency, boolean computed, boolean hasData, String filledFrom,
                                    Map<String, Object> attributes) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("type", "fields");
        row.put("id", entity + "." + name);
        row.put("attributes", attributes);
        row.put("field_id", name);
        row.put("entity_type", entity);
        row.put("data_type", dataType.name().toLowerCase());
        row.put("field_name", name);
        row.put("label", label);
        row.put("description", definition);
        row.put("short_description", label);
        row.put("taxonomy_key", taxonomy.orElse(null));
        row.put("group", group);
        row.put("is_timeseries", !single);
        row.put("timeseries_type", single ? null : "steps");
        row.put("timeseries_update_frequency", updateFrequency);
        row.put("is_translated", dataType == DataType.TRANSLATED_TEXT);
        row.put("is_computed", computed);
        row.put("is_multiple", false);
        row.put("unit", unit.isEmpty() ? null : unit);
        row.put("decimals_precision", dataType == DataType.DECIMAL ? precision : null);
        row.put("has_data", hasData);
        row.put("filled_from", filledFrom);
        org.plenum.registry.EntityType.byId(entity).ifPresent(type -> {
            List<String> named = parline.namedBy(type, name);
            row.put("parline_field", !named.isEmpty());
            row.put("named_by", named);
        });
        return row;
    }

    private static Map<String, Object> taxonomy(Taxonomy taxonomy) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("label", taxonomy.label());
        attributes.put("terms", taxonomy.terms().stream()
                .map(t -> Map.of("term", ParlineView.parlineTerm(taxonomy.id(), t.id()), "label", t.label())).toList());
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("type", "taxonomies");
        row.put("id", taxonomy.id());
        row.put("attributes", attributes);
        row.put("key", taxonomy.id());
        row.put("name", taxonomy.label());
        row.put("description", null);
        List<Map<String, Object>> terms = new ArrayList<>();
        for (Taxonomy.Term term : taxonomy.terms()) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("key", ParlineView.parlineTerm(taxonomy.id(), term.id()));
            t.put("value", term.label());
            terms.add(t);
        }
        row.put("terms", terms);
        return row;
    }
}
