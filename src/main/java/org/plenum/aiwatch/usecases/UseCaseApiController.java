package org.plenum.aiwatch.usecases;

import io.swagger.v3.oas.annotations.Operation;
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
 * The AI use-case library under {@code /api/v1/ai-use-cases} (issue 14): the search (words in Lucene's syntax, plain
 * words where the syntax is not valid; {@code lang} chooses the English or French text; facets {@code category},
 * {@code country}, {@code status}, {@code year}) with each hit's highlights and score, the facets' counts, and one
 * use case by id.
 */
@RestController
@Tag(name = "AI use cases", description = "The library of AI use cases in parliaments, its full-text search")
class UseCaseApiController {

    static final List<String> SEARCH_PARAMETERS;

    static {
        List<String> names = new ArrayList<>(List.of("q", "lang"));
        names.addAll(UseCaseSearch.FACETS);
        SEARCH_PARAMETERS = List.copyOf(names);
    }

    private final JdbcUseCases store;
    private final UseCaseIndex index;
    private final UseCaseCategories categories;
    private final JsonMapper json;

    UseCaseApiController(JdbcUseCases store, UseCaseIndex index, UseCaseCategories categories, JsonMapper json) {
        this.store = store;
        this.index = index;
        this.categories = categories;
        this.json = json;
    }

    @Operation(summary = "Search the AI use cases (q, lang=en|fr, category, country, status, year): hits in order of "
            + "relevance with highlighted passages (escaped HTML with <mark>), and the facets' counts")
    @GetMapping("/api/v1/ai-use-cases")
    ResponseEntity<byte[]> search(HttpServletRequest request) {
        UseCaseSearch.Result result = index.search(query(request));
        List<Object> data = new ArrayList<>();
        for (UseCaseSearch.Hit hit : result.hits()) {
            Map<String, Object> resource = resource(hit.entry());
            if (result.query().hasText()) {
                Map<String, Object> meta = new LinkedHashMap<>();
                meta.put("score", hit.score());
                meta.put("language", hit.language());
                meta.put("title_html", hit.titleHtml());
                meta.put("highlights", hit.snippets().stream()
                        .map(s -> Map.of("field", s.field(), "html", s.html())).toList());
                resource.put("meta", meta);
            }
            data.add(resource);
        }
        Map<String, Object> facets = new LinkedHashMap<>();
        result.facets().forEach((facet, counts) -> facets.put(facet, counts.stream()
                .map(c -> Map.of("value", c.value(), "count", c.count())).toList()));
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("total", result.total());
        meta.put("query", result.query().text());
        meta.put("language", result.query().language());
        meta.put("searched_as_plain_words", result.escaped());
        meta.put("facets", facets);
        meta.put("categories", categories.list().stream().map(c -> Map.of("code", c.code(), "name_en",
                c.nameEnglish(), "name_fr", c.nameFrench(), "named_by", c.nameByIpu() ? "ipu" : "plenum")).toList());
        return send(JsonApi.document(data, "/api/v1/ai-use-cases", meta));
    }

    @Operation(summary = "One AI use case: every field in English and French, category, country, chamber, status, "
            + "related AI-policy actions, source and licence")
    @GetMapping("/api/v1/ai-use-cases/{id}")
    ResponseEntity<byte[]> one(@PathVariable("id") String id, HttpServletRequest request) {
        for (String name : request.getParameterMap().keySet()) {
            throw ApiException.badParameter(name, "unknown_parameter", "Unknown query parameter '" + name
                    + "'; this endpoint takes none.");
        }
        LibraryEntry entry = store.entry(id).orElseThrow(() -> ApiException.notFound("There is no AI use case '" + id
                + "'; see /api/v1/ai-use-cases."));
        return send(JsonApi.document(resource(entry), "/api/v1/ai-use-cases/" + id, Map.of()));
    }

    /** The search a request asks for, or a JSON:API error naming the parameter. */
    static UseCaseSearch.Query query(HttpServletRequest request) {
        for (String name : request.getParameterMap().keySet()) {
            if (!SEARCH_PARAMETERS.contains(name)) {
                throw ApiException.badParameter(name, "unknown_parameter", "Unknown query parameter '" + name
                        + "'; this endpoint takes " + String.join(", ", SEARCH_PARAMETERS) + ".");
            }
        }
        String q = value(request, "q");
        if (q.length() > UseCaseIndex.MAX_QUERY_LENGTH) {
            throw ApiException.badParameter("q", "invalid_parameter", "q has " + q.length() + " characters; at most "
                    + UseCaseIndex.MAX_QUERY_LENGTH + " are searched.");
        }
        String lang = value(request, "lang");
        if (lang.isEmpty()) {
            lang = "en";
        }
        if (!lang.equals("en") && !lang.equals("fr")) {
            throw ApiException.badParameter("lang", "invalid_parameter", "lang is en or fr, not '" + lang + "'.");
        }
        Map<String, String> filters = new LinkedHashMap<>();
        for (String facet : UseCaseSearch.FACETS) {
            String value = value(request, facet);
            if (!value.isEmpty()) {
                filters.put(facet, value);
            }
        }
        return new UseCaseSearch.Query(q, lang, filters);
    }

    private static String value(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        if (values == null) {
            return "";
        }
        if (values.length > 1) {
            throw ApiException.badParameter(name, "invalid_parameter", name + " is given " + values.length
                    + " times; give it once.");
        }
        return values[0].strip();
    }

    private Map<String, Object> resource(LibraryEntry entry) {
        Map<String, Object> attributes = UseCaseRows.row(entry, categories);
        attributes.remove("id");
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("type", "ai-use-cases");
        resource.put("id", entry.id());
        resource.put("attributes", attributes);
        resource.put("links", Map.of("self", "/api/v1/ai-use-cases/" + entry.id(), "page",
                "/ai/use-cases/" + entry.id()));
        return resource;
    }

    private ResponseEntity<byte[]> send(Map<String, Object> document) {
        return ResponseEntity.ok().contentType(JsonApi.MEDIA).cacheControl(CacheControl.noCache())
                .body(json.writeValueAsBytes(document));
    }
}
