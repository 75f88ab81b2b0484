package org.plenum.stats.publication;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenum.web.ApiException;
import org.plenum.web.JsonApi;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/publications}: the monthly publications of the women ranking and averages, each revision as it was
 * frozen, with the changes a correction made. Read from the database on each request (they are few and small
 * to look up) and sent with {@code Cache-Control: no-cache}, so that a new revision is never hidden.
 */
@RestController
@RequestMapping("/api/v1/publications")
@Tag(name = "Publications", description = "Monthly publications of the statistics, their revisions and changes")
class PublicationsController {

    private static final String BASE = "/api/v1/publications";

    private final ReportPublications publications;
    private final JsonMapper json;

    PublicationsController(ReportPublications publications, JsonMapper json) {
        this.publications = publications;
        this.json = json;
    }

    @Operation(summary = "Every monthly publication, at its latest revision")
    @GetMapping
    ResponseEntity<byte[]> list(HttpServletRequest request) {
        noParameters(request, List.of());
        List<Object> data = new ArrayList<>();
        for (Publication publication : publications.list()) {
            Map<String, Object> resource = resource(publication);
            resource.put("links", Map.of("self", BASE + "/" + publication.id()));
            data.add(resource);
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("data", data);
        document.put("meta", Map.of("total", data.size()));
        document.put("links", Map.of("self", BASE));
        return send(document);
    }

    @Operation(summary = "A report of a month as published: the latest revision, or the one asked for, with its changes")
    @Parameter(name = "report", in = ParameterIn.PATH, description = "women-ranking or women-averages")
    @Parameter(name = "month", in = ParameterIn.PATH, description = "The month, YYYY-MM")
    @Parameter(name = "revision", in = ParameterIn.QUERY, description = "A revision number (default: the latest)")
    @GetMapping("/{report}/{month}")
    ResponseEntity<byte[]> publication(@PathVariable("report") String reportId, @PathVariable("month") String monthText,
                                       HttpServletRequest request) {
        noParameters(request, List.of("revision"));
        PublishedReport report = PublishedReport.byId(reportId).orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND,
                "unknown_report", "Unknown report", "There is no report '" + reportId + "'; the published reports are "
                + PublishedReport.ids() + ".", "report"));
        YearMonth month = month(monthText);
        Optional<Integer> revision = revisionParameter(request.getParameter("revision"));
        List<Publication> revisions = publications.revisions(report, month);
        if (revisions.isEmpty()) {
            throw new ApiException(HttpStatus.NOT_FOUND, "not_published", "Not published", "The " + report.id() + " of "
                    + month + " has not been published.", "month");
        }
        Publication publication = (revision.isPresent() ? publications.revision(report, month, revision.get())
                : publications.latest(report, month)).orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND,
                "unknown_revision", "Unknown revision", "The " + report.id() + " of " + month + " has revisions 1 to "
                + revisions.size() + "; there is no revision " + revision.orElseThrow() + ".", "revision"));

        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("id", publication.id());
        meta.putAll(attributes(publication));
        meta.put("title", report.title());
        meta.put("latest_revision", revisions.size());
        meta.put("changes", publications.changes(publication));
        Map<String, Object> links = new LinkedHashMap<>();
        String self = BASE + "/" + publication.id();
        links.put("self", self + "?revision=" + publication.revision());
        links.put("latest", self);
        links.put("previous_revision", publication.revision() > 1 ? self + "?revision=" + (publication.revision() - 1) : null);
        links.put("revisions", revisions.stream().map(r -> self + "?revision=" + r.revision()).toList());
        links.put("report", "/api/v1/reports/" + report.id() + "?year=" + month.getYear() + "&month=" + month.getMonthValue());
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("data", json.readTree(publication.content().orElseThrow()));
        document.put("links", links);
        document.put("meta", meta);
        return send(document);
    }

    private static Map<String, Object> resource(Publication publication) {
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("type", "publications");
        resource.put("id", publication.id());
        resource.put("attributes", attributes(publication));
        return resource;
    }

    private static Map<String, Object> attributes(Publication publication) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("report", publication.report().id());
        attributes.put("month", publication.month().toString());
        attributes.put("number", publication.number());
        attributes.put("revision", publication.revision());
        attributes.put("published_at", publication.publishedAt().toString());
        attributes.put("published_by", publication.publishedBy());
        attributes.put("data_publication", publication.dataPublication());
        attributes.put("digest", publication.digest());
        return attributes;
    }

    private ResponseEntity<byte[]> send(Map<String, Object> document) {
        return ResponseEntity.ok().contentType(JsonApi.MEDIA).cacheControl(CacheControl.noCache())
                .body(json.writeValueAsBytes(document));
    }

    private static void noParameters(HttpServletRequest request, List<String> allowed) {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (!allowed.contains(parameter.getKey())) {
                throw ApiException.badParameter(parameter.getKey(), "unknown_parameter", "Unknown query parameter '"
                        + parameter.getKey() + "'" + (allowed.isEmpty() ? "; this endpoint takes none." : "; this endpoint takes "
                        + String.join(", ", allowed) + "."));
            }
            if (parameter.getValue().length > 1) {
                throw ApiException.badParameter(parameter.getKey(), "repeated_parameter", "The parameter '"
                        + parameter.getKey() + "' is given " + parameter.getValue().length + " times; give it once.");
            }
        }
    }

    private static YearMonth month(String text) {
        try {
            if (text.matches("[0-9]{4}-[0-9]{2}")) {
                return YearMonth.parse(text);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw ApiException.badParameter("month", "invalid_month", "The month must be written YYYY-MM, e.g. 2025-11; it is '"
                + text + "'.");
    }

    private static Optional<Integer> revisionParameter(String value) {
        if (value == null) {
            return Optional.empty();
        }
        if (!value.matches("[1-9][0-9]{0,8}")) {
            throw ApiException.badParameter("revision", "invalid_revision", "'revision' must be a revision number (1, 2, …); it is '"
                    + value + "'.");
        }
        return Optional.of(Integer.parseInt(value));
    }
}
