package org.plenum.registry.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plenum.registry.Field;
import org.plenum.registry.FieldCatalogue;
import org.plenum.registry.Taxonomy;
import org.plenum.web.ApiException;
import org.plenum.web.CachedResponses;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The data dictionary: fields and taxonomies, from the versioned field catalogue. */
@RestController
@RequestMapping("/api/v1/metadata")
@Tag(name = "Metadata", description = "The data dictionary")
class MetadataController {

    private final FieldCatalogue catalogue;
    private final CachedResponses responses;

    MetadataController(FieldCatalogue catalogue, CachedResponses responses) {
        this.catalogue = catalogue;
        this.responses = responses;
    }

    @Operation(summary = "Every field, with its entity, data type, unit, time-series kind and labels")
    @GetMapping("/fields")
    ResponseEntity<byte[]> fields(HttpServletRequest request) {
        noParameters(request);
        return responses.jsonApi(request, 0, () -> document(catalogue.fields().stream().map(this::field).toList()));
    }

    @Operation(summary = "One field, e.g. current_women_percent")
    @GetMapping("/fields/{id}")
    ResponseEntity<byte[]> field(@PathVariable String id, HttpServletRequest request) {
        noParameters(request);
        List<Field> matching = catalogue.fields().stream().filter(f -> f.id().equals(id)).toList();
        if (matching.isEmpty()) {
            throw ApiException.notFound("There is no field '" + id + "' in the catalogue.");
        }
        return responses.jsonApi(request, 0, () -> document(matching.stream().map(this::field).toList()));
    }

    @Operation(summary = "Every taxonomy with its terms")
    @GetMapping("/taxonomies")
    ResponseEntity<byte[]> taxonomies(HttpServletRequest request) {
        noParameters(request);
        return responses.jsonApi(request, 0, () -> document(catalogue.taxonomies().stream().map(MetadataController::taxonomy).toList()));
    }

    private static void noParameters(HttpServletRequest request) {
        request.getParameterMap().keySet().stream().findFirst().ifPresent(name -> {
            throw ApiException.badParameter(name, "unknown_parameter", "The metadata endpoints take no parameter; '" + name + "' was given.");
        });
    }

    private Map<String, Object> document(List<Map<String, Object>> data) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("data", data);
        document.put("meta", Map.of("catalogue_version", catalogue.version(), "total", data.size()));
        document.put("jsonapi", Map.of("version", "1.1"));
        return document;
    }

    private Map<String, Object> field(Field field) {
        Map<String, Object> attributes = new LinkedHashMap<>();
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
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("type", "fields");
        resource.put("id", field.entity().id() + "." + field.id());
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("name", field.id());
        all.putAll(attributes);
        resource.put("attributes", all);
        return resource;
    }

    private static Map<String, Object> taxonomy(Taxonomy taxonomy) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("label", taxonomy.label());
        attributes.put("terms", taxonomy.terms().stream().map(t -> Map.of("term", t.id(), "label", t.label())).toList());
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("type", "taxonomies");
        resource.put("id", taxonomy.id());
        resource.put("attributes", attributes);
        return resource;
    }
}
