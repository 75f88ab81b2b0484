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
        PublishedReport report = report(reportId);
        YearMonth month = month("month", monthText);
        Optional<Integer> revision = revisionParameter("revision", request.getParameter("revision"));
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

    @Operation(summary = "What changed between two publications of a report: two months, or two revisions of one month",
            description = "Per country (ranking) or area (averages): the figures that differ (standing, rank, share, "
                    + "members, women, election month; chamber count, seats, women, share), rows newly listed and rows no "
                    + "longer listed. Each side is a month and an optional revision (default: the latest).")
    @Parameter(name = "report", in = ParameterIn.PATH, description = "women-ranking or women-averages")
    @Parameter(name = "from", in = ParameterIn.QUERY, required = true, description = "The earlier month, YYYY-MM")
    @Parameter(name = "from_revision", in = ParameterIn.QUERY, description = "Its revision (default: the latest)")
    @Parameter(name = "to", in = ParameterIn.QUERY, required = true, description = "The later month, YYYY-MM (may be the same month)")
    @Parameter(name = "to_revision", in = ParameterIn.QUERY, description = "Its revision (default: the latest)")
    @GetMapping("/{report}/compare")
    ResponseEntity<byte[]> compare(@PathVariable("report") String reportId, HttpServletRequest request) {
        noParameters(request, List.of("from", "from_revision", "to", "to_revision"));
        PublishedReport report = report(reportId);
        Publication from = side(report, request, "from");
        Publication to = side(report, request, "to");
        List<Object> data = new ArrayList<>();
        for (PublicationDiff.Change change : publications.compare(from, to)) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", change.id());
            item.put("label", change.label());
            item.put("field", change.field());
            item.put("from", change.from());
            item.put("to", change.to());
            item.put("text", PublicationDiff.describe(change));
            data.add(item);
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("from", attributes(from));
        meta.put("to", attributes(to));
        meta.put("total", data.size());
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("data", data);
        document.put("meta", meta);
        document.put("links", Map.of("from", BASE + "/" + from.id() + "?revision=" + from.revision(),
                "to", BASE + "/" + to.id() + "?revision=" + to.revision()));
        return send(document);
    }

    static PublishedReport report(String reportId) {
        return PublishedReport.byId(reportId).orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND,
                "unknown_report", "Unknown report", "There is no report '" + reportId + "'; the published reports are "
                + PublishedReport.ids() + ".", "report"));
    }

    private Publication side(PublishedReport report, HttpServletRequest request, String name) {
        String monthText = request.getParameter(name);
        if (monthText == null) {
            throw ApiException.badParameter(name, "missing_parameter", "The parameter '" + name
                    + "' (a month, YYYY-MM) is required.");
        }
        YearMonth month = month(name, monthText);
        Optional<Integer> revision = revisionParameter(name + "_revision", request.getParameter(name + "_revision"));
        Optional<Publication> publication = revision.isPresent() ? publications.revision(report, month, revision.get())
                : publications.latest(report, month);
        return publication.orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "not_published", "Not published",
                "The " + report.id() + " of " + month + (revision.isPresent() ? " has no revision " + revision.get()
                : " has not been published") + ".", revision.isPresent() ? name + "_revision" : name));
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

    static YearMonth month(String parameter, String text) {
        try {
            if (text.matches("[0-9]{4}-[0-9]{2}")) {
                return YearMonth.parse(text);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw ApiException.badParameter(parameter, "invalid_month", "'" + parameter + "': the month must be written YYYY-MM, e.g. 2025-11; it is '"
                + text + "'.");
    }

    static Optional<Integer> revisionParameter(String parameter, String value) {
        if (value == null) {
            return Optional.empty();
        }
        if (!value.matches("[1-9][0-9]{0,8}")) {
            throw ApiException.badParameter(parameter, "invalid_revision", "'" + parameter + "' must be a revision number (1, 2, …); it is '"
                    + value + "'.");
        }
        return Optional.of(Integer.parseInt(value));
    }
}
