package org.plenum.aiwatch.actions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plenum.web.ApiException;
import org.plenum.web.JsonApi;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tracker's actions under {@code /api/v1/ai-actions} (decision 0065): the filtered list (the list page's filters)
 * and one action with its change history. JSON:API documents; a bad filter is a JSON:API error naming the parameter.
 */
@RestController
@Tag(name = "AI in parliaments", description = "Parliamentary actions on AI policy (IPU's and other publishers', kept apart)")
class ActionsApiController {

    private final ActionStore store;
    private final ActionCountries countries;
    private final JsonMapper json;

    ActionsApiController(ActionStore store, ActionCountries countries, JsonMapper json) {
        this.store = store;
        this.countries = countries;
        this.json = json;
    }

    @Operation(summary = "Parliamentary actions on AI policy, newest first; filter by country, region, income group, "
            + "type, status, year and publisher (ipu or other)")
    @GetMapping("/api/v1/ai-actions")
    ResponseEntity<byte[]> list(
            @Parameter(description = "ISO 3166-1 alpha-2 code, or EU") @org.springframework.web.bind.annotation.RequestParam(name = "country", required = false) String country,
            @Parameter(description = "IPU region (taxonomy ipu_region)") @org.springframework.web.bind.annotation.RequestParam(name = "region", required = false) String region,
            @Parameter(description = "World Bank income group") @org.springframework.web.bind.annotation.RequestParam(name = "income_group", required = false) String incomeGroup,
            @Parameter(description = "law, bill, resolution, report, inquiry, committee, guideline, debate, other") @org.springframework.web.bind.annotation.RequestParam(name = "type", required = false) String type,
            @Parameter(description = "introduced, ongoing, adopted, in-force, completed, lapsed, unknown") @org.springframework.web.bind.annotation.RequestParam(name = "status", required = false) String status,
            @Parameter(description = "a year of any of the action's dates") @org.springframework.web.bind.annotation.RequestParam(name = "year", required = false) String year,
            @Parameter(description = "ipu or other") @org.springframework.web.bind.annotation.RequestParam(name = "publisher", required = false) String publisher,
            HttpServletRequest request) {
        for (String name : request.getParameterMap().keySet()) {
            if (!ActionFilter.PARAMETERS.contains(name)) {
                throw ApiException.badParameter(name, "unknown_parameter", "Unknown query parameter '" + name
                        + "'; this endpoint takes " + String.join(", ", ActionFilter.PARAMETERS) + ".");
            }
        }
        ActionFilter filter;
        try {
            filter = ActionFilter.parse(request.getParameterMap(), countries);
        } catch (ActionFilter.BadFilter e) {
            throw ApiException.badParameter(e.parameter(), "invalid_parameter", e.getMessage() + ".");
        }
        List<Object> data = new ArrayList<>();
        for (ActionRecord r : store.all()) {
            if (filter.matches(r, countries)) {
                data.add(resource(r, false));
            }
        }
        String query = filter.queryString();
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("total", data.size());
        meta.put("filters", filter.query());
        return send(JsonApi.document(data, "/api/v1/ai-actions" + (query.isEmpty() ? "" : "?" + query), meta));
    }

    @Operation(summary = "One action on AI policy, with every version it had (who, when, what changed)")
    @GetMapping("/api/v1/ai-actions/{id}")
    ResponseEntity<byte[]> one(@PathVariable("id") String id, HttpServletRequest request) {
        if (!request.getParameterMap().isEmpty()) {
            String name = request.getParameterMap().keySet().iterator().next();
            throw ApiException.badParameter(name, "unknown_parameter", "Unknown query parameter '" + name
                    + "'; this endpoint takes none.");
        }
        ActionRecord r = store.record(id).orElseThrow(() -> ApiException.notFound("There is no AI-policy action '" + id
                + "'; see /api/v1/ai-actions."));
        return send(JsonApi.document(resource(r, true), "/api/v1/ai-actions/" + id, Map.of()));
    }

    private Map<String, Object> resource(ActionRecord r, boolean history) {
        Map<String, Object> attributes = ActionDocument.values(r);
        attributes.remove("id");
        attributes.put("version", r.version());
        attributes.put("country_name", countries.name(r.action().country(), "en"));
        attributes.put("region", countries.region(r.action().country()).orElse(null));
        attributes.put("income_group", countries.incomeGroup(r.action().country()).orElse(null));
        if (history) {
            List<Map<String, Object>> versions = new ArrayList<>();
            for (ActionVersion v : store.versions(r.id())) {
                Map<String, Object> version = new LinkedHashMap<>();
                version.put("version", v.version());
                version.put("kind", v.kind());
                version.put("changed_at", v.changedAt().toString());
                version.put("changed_by", v.changedBy());
                version.put("origin", v.origin());
                version.put("changes", v.changes().stream().map(c -> Map.of("field", c.field(), "before", c.before(),
                        "after", c.after())).toList());
                versions.add(version);
            }
            attributes.put("history", versions);
        }
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("type", "ai-actions");
        resource.put("id", r.id());
        resource.put("attributes", attributes);
        resource.put("links", Map.of("self", "/api/v1/ai-actions/" + r.id(), "page", "/ai/actions/" + r.id()));
        return resource;
    }

    private ResponseEntity<byte[]> send(Map<String, Object> document) {
        return ResponseEntity.ok().contentType(JsonApi.MEDIA).cacheControl(CacheControl.noCache())
                .body(json.writeValueAsBytes(document));
    }
}
