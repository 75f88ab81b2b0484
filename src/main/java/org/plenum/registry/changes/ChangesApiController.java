package org.plenum.registry.changes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.plenum.registry.EntityType;
import org.plenum.registry.PublishedRegistry;
import org.plenum.registry.Snapshot;
import org.plenum.registry.api.ApiMeta;
import org.plenum.web.ApiException;
import org.plenum.web.CachedResponses;
import org.plenum.web.QueryValues;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/changes}: the change feed as JSON:API documents (decision 0047). A client reads it from the start
 * (no {@code since}) or from the cursor it kept ({@code since=} the {@code meta.cursor} of its last page), following
 * {@code links.next} while there is one; later it asks again with its last cursor and gets what was published since.
 * Cached and ETagged per data publication like every read of the API.
 */
@RestController
@Tag(name = "Changes", description = "Every published change, in order, resumable by a cursor")
class ChangesApiController {

    static final int DEFAULT_PAGE_SIZE = 1000;
    static final int MAX_PAGE_SIZE = 5000;
    private static final Set<String> PARAMETERS = Set.of("since", "page[size]", "filter[country]", "filter[entity_type]",
            "filter[field]");

    private final ChangeFeed feed;
    private final PublishedRegistry registry;
    private final CachedResponses responses;

    ChangesApiController(ChangeFeed feed, PublishedRegistry registry, CachedResponses responses) {
        this.feed = feed;
        this.registry = registry;
        this.responses = responses;
    }

    @Operation(summary = "Published changes, in order, from a cursor",
            description = "Every published fact as a change: entity, field, the value it replaced (old_value: for a "
                    + "correction the value it superseded, for an update the value in force before its date, none for an "
                    + "addition), the new value or missing reason, valid time, record time and source. Keep meta.cursor "
                    + "and pass it as since to get what was published after it; follow links.next while there is one.")
    @Parameter(name = "since", in = ParameterIn.QUERY, description = "Opaque cursor: meta.cursor of an earlier page (absent: from the first change)")
    @Parameter(name = "page[size]", in = ParameterIn.QUERY, description = "Changes per page, 1 to 5000 (default 1000)")
    @Parameter(name = "filter[country]", in = ParameterIn.QUERY, description = "Country codes, comma-separated (e.g. ES,FR): changes to these countries and everything that belongs to them")
    @Parameter(name = "filter[entity_type]", in = ParameterIn.QUERY, description = "Entity types, comma-separated (e.g. chamber,election)")
    @Parameter(name = "filter[field]", in = ParameterIn.QUERY, description = "Field ids, comma-separated (e.g. current_women_number)")
    @GetMapping("/api/v1/changes")
    ResponseEntity<byte[]> changes(HttpServletRequest request) {
        for (String name : request.getParameterMap().keySet()) {
            if (!PARAMETERS.contains(name)) {
                throw ApiException.badParameter(name, "unknown_parameter", "'" + name + "' is not a parameter of the change "
                        + "feed; it takes " + String.join(", ", new java.util.TreeSet<>(PARAMETERS)) + ".");
            }
        }
        String since = single(request, "since");
        ChangeCursor cursor = since == null ? ChangeCursor.START : ChangeCursor.parse(since).orElseThrow(() ->
                ApiException.badParameter("since", "invalid_cursor", "'since' must be a cursor given by the change feed "
                        + "(meta.cursor or the since of links.next); it is '" + since + "'."));
        String size = single(request, "page[size]");
        int pageSize = size == null ? DEFAULT_PAGE_SIZE : QueryValues.wholeNumber("page[size]", size, 1, MAX_PAGE_SIZE);
        ChangeFilter filter = new ChangeFilter(list(request, "filter[country]"), entityTypes(request),
                list(request, "filter[field]"));
        Snapshot snapshot = registry.current();
        return responses.jsonApi(request, snapshot.publication(), () -> document(request, snapshot,
                feed.after(cursor, filter, pageSize)));
    }

    private static Map<String, Object> document(HttpServletRequest request, Snapshot snapshot, ChangePage page) {
        List<Map<String, Object>> data = new ArrayList<>(page.changes().size());
        for (Change change : page.changes()) {
            data.add(ChangeDocuments.resource(change));
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("data", data);
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("self", request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
        if (page.more()) {
            links.put("next", withCursor(request, page.next()));
        }
        document.put("links", links);
        Map<String, Object> meta = ApiMeta.of(snapshot);
        meta.put("cursor", page.next().token());
        meta.put("count", page.changes().size());
        meta.put("more", page.more());
        meta.put("order", "by publication, then by fact number: the order in which Plenum published the changes");
        document.put("meta", meta);
        document.put("jsonapi", Map.of("version", "1.1"));
        return document;
    }

    /** The request's address with {@code since} set to the cursor (its other parameters kept as they were sent). */
    private static String withCursor(HttpServletRequest request, ChangeCursor cursor) {
        StringBuilder query = new StringBuilder("since=").append(URLEncoder.encode(cursor.token(), StandardCharsets.UTF_8));
        String sent = request.getQueryString();
        if (sent != null) {
            for (String pair : sent.split("&")) {
                if (!pair.isEmpty() && !pair.startsWith("since=")) {
                    query.append('&').append(pair);
                }
            }
        }
        return request.getRequestURI() + "?" + query;
    }

    private static String single(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        if (values == null) {
            return null;
        }
        if (values.length > 1) {
            throw ApiException.badParameter(name, "repeated_parameter", "'" + name + "' is given " + values.length
                    + " times; give it once.");
        }
        return values[0];
    }

    private static Set<String> list(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        Set<String> items = new LinkedHashSet<>();
        if (values != null) {
            for (String value : values) {
                for (String item : value.split(",")) {
                    if (!item.isBlank()) {
                        items.add(item.strip());
                    }
                }
            }
        }
        return items;
    }

    private static Set<EntityType> entityTypes(HttpServletRequest request) {
        Set<EntityType> types = new LinkedHashSet<>();
        for (String name : list(request, "filter[entity_type]")) {
            types.add(EntityType.byId(name).or(() -> EntityType.byResource(name)).orElseThrow(() -> ApiException.badParameter(
                    "filter[entity_type]", "unknown_entity_type", "'" + name + "' is not an entity type; the types are "
                            + String.join(", ", java.util.Arrays.stream(EntityType.values()).map(EntityType::id).toList()) + ".")));
        }
        return types;
    }
}
