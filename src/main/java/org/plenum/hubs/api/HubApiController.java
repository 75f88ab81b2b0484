package org.plenum.hubs.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plenum.hubs.Hub;
import org.plenum.hubs.HubTables;
import org.plenum.hubs.Hubs;
import org.plenum.hubs.ParticipationYear;
import org.plenum.web.ApiException;
import org.plenum.web.JsonApi;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The innovation hubs under {@code /api/v1/} (decision 0064), as JSON:API documents: the hubs (filter by
 * {@code kind}), one hub with its hosts, memberships and activities, and the participation by year (Plenum's computed
 * share and IPU's published figure in separate attributes).
 */
@RestController
@Tag(name = "Innovation hubs", description = "IPU's Centre for Innovation in Parliament: hubs, members, participation")
class HubApiController {

    private final Hubs hubs;
    private final JsonMapper json;

    HubApiController(Hubs hubs, JsonMapper json) {
        this.hubs = hubs;
        this.json = json;
    }

    @Operation(summary = "The hubs (?kind=regional|thematic)")
    @GetMapping("/api/v1/hubs")
    ResponseEntity<byte[]> list(HttpServletRequest request) {
        ApiException.onlyParameters(request, List.of("kind"));
        String kind = request.getParameter("kind");
        if (kind != null && !List.of("regional", "thematic").contains(kind)) {
            throw ApiException.badParameter("kind", "invalid_kind", "kind is regional or thematic, not '" + kind + "'.");
        }
        List<Object> data = new ArrayList<>();
        for (Hub h : hubs.all()) {
            if (kind == null || h.kind().id().equals(kind)) {
                data.add(JsonApi.resource("hubs", h.code(), HubTables.hubRow(h), "/api/v1/hubs/" + h.code()));
            }
        }
        return send(JsonApi.document(data, "/api/v1/hubs" + (kind == null ? "" : "?kind=" + kind), Map.of("total", data.size())));
    }

    @Operation(summary = "The participation by year: Plenum's share computed from the memberships, and IPU's figures")
    @GetMapping("/api/v1/hubs/participation")
    ResponseEntity<byte[]> participation(HttpServletRequest request) {
        ApiException.onlyParameters(request, List.of());
        List<Object> data = new ArrayList<>();
        for (ParticipationYear y : hubs.participation()) {
            data.add(JsonApi.resource("hub-participation", String.valueOf(y.year()), HubTables.participationRow(y), null));
        }
        return send(JsonApi.document(data, "/api/v1/hubs/participation", Map.of("total", data.size(), "method",
                "docs/hubs-participation.md: a membership counts in a year when it began on or"
                        + " before 31 December and did not end before 1 January; n = distinct registry parliaments;"
                        + " denominator = the registry's parliaments that year")));
    }

    @Operation(summary = "One hub with its hosts over time, memberships and activities")
    @GetMapping("/api/v1/hubs/{code}")
    ResponseEntity<byte[]> hub(@PathVariable String code, HttpServletRequest request) {
        ApiException.onlyParameters(request, List.of());
        Hub h = hubs.find(code).orElseThrow(() -> ApiException.notFound("No hub '" + code + "'; see /api/v1/hubs."));
        Map<String, Object> attributes = HubTables.hubRow(h);
        List<Object> hosts = new ArrayList<>();
        h.hosts().forEach(x -> {
            Map<String, Object> host = new LinkedHashMap<>();
            host.put("parliament", x.parliament().orElse(null));
            host.put("name", x.name());
            host.put("role", x.role());
            host.put("from", x.from().map(Object::toString).orElse(null));
            host.put("to", x.to().map(Object::toString).orElse(null));
            host.put("source", x.source());
            host.put("note", x.note());
            hosts.add(host);
        });
        attributes.put("host_history", hosts);
        attributes.put("memberships", h.members().stream().map(HubTables::membershipRow).toList());
        attributes.put("activities", h.activities().stream().map(HubTables::activityRow).toList());
        return send(JsonApi.document(JsonApi.resource("hubs", h.code(), attributes, "/api/v1/hubs/" + h.code()), "/api/v1/hubs/" + code,
                Map.of()));
    }

    private ResponseEntity<byte[]> send(Map<String, Object> document) {
        return ResponseEntity.ok().contentType(JsonApi.MEDIA).cacheControl(CacheControl.noCache())
                .body(json.writeValueAsBytes(document));
    }

}
