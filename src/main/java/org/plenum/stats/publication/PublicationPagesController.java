package org.plenum.stats.publication;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenum.web.BadPageRequestException;
import org.plenum.web.PageContext;
import org.plenum.web.PageController;
import org.plenum.web.PageNotFoundException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The publications pages (decision 0012): {@code /publications} (every published month and a compare form),
 * {@code /publications/{report}/{YYYY-MM}[?revision=N | ?known_at=YYYY-MM-DD]} (a revision as frozen, every revision,
 * what it changed; with {@code known_at}, the revision in force on that day) and
 * {@code /publications/{report}/compare?from=YYYY-MM[&from_revision=N]&to=YYYY-MM[&to_revision=N]} (what changed
 * between two months or two revisions: rows entering and leaving, figures that moved).
 */
@PageController
class PublicationPagesController {

    private final ReportPublications publications;
    private final JsonMapper json;

    PublicationPagesController(ReportPublications publications, JsonMapper json) {
        this.publications = publications;
        this.json = json;
    }

    @org.plenum.web.CachedPage
    @GetMapping({"/publications", "/publications/"})
    String list(@ModelAttribute("page") PageContext page, Model model) {
        List<PublicationPages.Row> rows = new ArrayList<>();
        for (Publication publication : publications.list()) {
            if (page.knownAt().isPresent() && publication.publishedAt().isAfter(page.recordTime())) {
                Optional<Publication> then = publications.asPublishedOn(publication.report(), publication.month(), page.recordTime());
                if (then.isEmpty()) {
                    continue;
                }
                publication = then.get();
            }
            rows.add(row(publication, publication.revision()));
        }
        rows.sort(Comparator.comparing(PublicationPages.Row::month).reversed().thenComparing(PublicationPages.Row::report));
        model.addAttribute("publications", new PublicationPages.ListPage(rows,
                Arrays.stream(PublishedReport.values()).map(PublishedReport::id).toList()));
        return "stats/publication/list";
    }

    @org.plenum.web.CachedPage
    @GetMapping("/publications/{report}/{month}")
    String view(@PathVariable("report") String reportId, @PathVariable("month") String monthText,
                @RequestParam(name = "revision", required = false) String revisionText,
                @ModelAttribute("page") PageContext page, Model model) {
        PublishedReport report = report(reportId);
        YearMonth month = month("month", monthText);
        List<Publication> revisions = publications.revisions(report, month);
        if (revisions.isEmpty()) {
            throw new PageNotFoundException("publication " + report.id() + "/" + month);
        }
        Optional<Integer> revision = revision("revision", revisionText);
        Publication publication;
        if (revision.isPresent()) {
            publication = publications.revision(report, month, revision.get())
                    .orElseThrow(() -> new PageNotFoundException("revision " + revision.get() + " of " + report.id() + "/" + month));
        } else if (page.knownAt().isPresent()) {
            publication = publications.asPublishedOn(report, month, page.recordTime())
                    .orElseThrow(() -> new PageNotFoundException(report.id() + "/" + month + " as published on " + page.knownAt().get()));
        } else {
            publication = publications.latest(report, month).orElseThrow();
        }
        JsonNode content = json.readTree(publication.content().orElseThrow());
        Map<String, String> names = names(page, content);
        List<PublicationPages.ChangeRow> changes = new ArrayList<>();
        for (JsonNode change : publications.changes(publication)) {
            changes.add(changeRow(page, names, change.get("id").asString(), change.path("label").asString(""),
                    change.get("field").asString(), change.get("from"), change.get("to")));
        }
        List<PublicationPages.RankingRow> ranking = new ArrayList<>();
        List<PublicationPages.AverageRow> averages = new ArrayList<>();
        for (JsonNode resource : content) {
            JsonNode a = resource.get("attributes");
            if (report == PublishedReport.WOMEN_RANKING) {
                JsonNode lower = a.path("lower_chamber");
                JsonNode upper = a.path("upper_chamber");
                ranking.add(new PublicationPages.RankingRow(a.path("rank_label").asString(""),
                        names.getOrDefault(resource.get("id").asString(), resource.get("id").asString()),
                        value(page, lower.path("members")), value(page, lower.path("women")), value(page, a.path("women_percent")),
                        value(page, upper.path("members")), value(page, upper.path("women")), value(page, upper.path("women_percent"))));
            } else {
                averages.add(new PublicationPages.AverageRow(label(page, a.path("area").path("label")), a.path("chambers").asString(""),
                        value(page, a.path("chamber_count")), value(page, a.path("seats")), value(page, a.path("women")),
                        value(page, a.path("women_percent"))));
            }
        }
        model.addAttribute("publication", new PublicationPages.ViewPage(report.id(), month, publication.number(),
                publication.revision(), revisions.size(), publication.publishedAt(), publication.publishedBy(),
                publication.dataPublication(), publication.digest(), revisions.stream().map(r -> row(r, r.revision())).toList(),
                changes, ranking, averages));
        return "stats/publication/view";
    }

    @org.plenum.web.CachedPage
    @GetMapping("/publications/{report}/compare")
    String compare(@PathVariable("report") String reportId, @RequestParam(name = "from", required = false) String fromText,
                   @RequestParam(name = "from_revision", required = false) String fromRevision,
                   @RequestParam(name = "to", required = false) String toText,
                   @RequestParam(name = "to_revision", required = false) String toRevision,
                   @ModelAttribute("page") PageContext page, Model model) {
        PublishedReport report = report(reportId);
        Publication from = side(report, "from", fromText, fromRevision);
        Publication to = side(report, "to", toText, toRevision);
        Map<String, String> names = new HashMap<>(names(page, json.readTree(from.content().orElseThrow())));
        names.putAll(names(page, json.readTree(to.content().orElseThrow())));
        List<PublicationPages.ChangeRow> entered = new ArrayList<>();
        List<PublicationPages.ChangeRow> left = new ArrayList<>();
        List<PublicationPages.ChangeRow> changed = new ArrayList<>();
        for (PublicationDiff.Change change : publications.compare(from, to)) {
            PublicationPages.ChangeRow row = changeRow(page, names, change.id(), change.label(), change.field(), change.from(), change.to());
            if (change.field().equals(PublicationDiff.LISTED)) {
                (change.from().isNull() ? entered : left).add(row);
            } else {
                changed.add(row);
            }
        }
        String api = "/api/v1/publications/" + report.id() + "/compare?from=" + from.month() + "&from_revision="
                + from.revision() + "&to=" + to.month() + "&to_revision=" + to.revision();
        model.addAttribute("comparison", new PublicationPages.ComparePage(report.id(), row(from, from.revision()),
                from.revision(), row(to, to.revision()), to.revision(), entered, left, changed, Optional.of(api)));
        return "stats/publication/compare";
    }

    private Publication side(PublishedReport report, String name, String monthText, String revisionText) {
        if (monthText == null || monthText.isBlank()) {
            throw new BadPageRequestException(name, "a published month, YYYY-MM");
        }
        YearMonth month = month(name, monthText);
        Optional<Integer> revision = revision(name + "_revision", revisionText);
        return (revision.isPresent() ? publications.revision(report, month, revision.get()) : publications.latest(report, month))
                .orElseThrow(() -> new PageNotFoundException(report.id() + "/" + month
                        + revision.map(r -> " revision " + r).orElse("")));
    }

    private static PublicationPages.Row row(Publication publication, int revisions) {
        return new PublicationPages.Row(publication.report().id(), publication.month(), publication.number(), revisions,
                publication.publishedAt());
    }

    private static PublishedReport report(String id) {
        return PublishedReport.byId(id).orElseThrow(() -> new PageNotFoundException("report " + id));
    }

    private static YearMonth month(String parameter, String text) {
        try {
            if (text.matches("[0-9]{4}-[0-9]{2}")) {
                return YearMonth.parse(text);
            }
        } catch (DateTimeParseException e) {
            // refused below
        }
        throw new BadPageRequestException(parameter, "a month written YYYY-MM, e.g. 2025-11");
    }

    private static Optional<Integer> revision(String parameter, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (!text.matches("[1-9][0-9]{0,8}")) {
            throw new BadPageRequestException(parameter, "a revision number: 1, 2, …");
        }
        return Optional.of(Integer.parseInt(text));
    }

    /** Each row's name in the reader's language: the country's (French where the ranking has it) or the area's. */
    private static Map<String, String> names(PageContext page, JsonNode content) {
        Map<String, String> names = new HashMap<>();
        for (JsonNode resource : content) {
            JsonNode a = resource.get("attributes");
            JsonNode country = a.path("country_name");
            String name = country.isObject() ? label(page, country)
                    : label(page, a.path("area").path("label")) + " (" + a.path("chambers").asString("") + ")";
            names.put(resource.get("id").asString(), name);
        }
        return names;
    }

    private static String label(PageContext page, JsonNode labels) {
        JsonNode local = labels.path(page.lang());
        return local.isString() && !local.asString().isBlank() ? local.asString() : labels.path("en").asString("");
    }

    private static PublicationPages.ChangeRow changeRow(PageContext page, Map<String, String> names, String id, String label,
                                                        String field, JsonNode from, JsonNode to) {
        String name = names.getOrDefault(id, label.isEmpty() ? id : label);
        if (field.equals(PublicationDiff.LISTED)) {
            return new PublicationPages.ChangeRow(id, name, from == null || from.isNull() ? "entered" : "left", "", "");
        }
        if (field.equals(PublicationDiff.OTHER)) {
            return new PublicationPages.ChangeRow(id, name, field, "", "");
        }
        return new PublicationPages.ChangeRow(id, name, field, value(page, from), value(page, to));
    }

    /** A figure for the reader: numbers in the reader's format, text as it is, nothing as a dash. */
    private static String value(PageContext page, JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "–";
        }
        if (node.isIntegralNumber()) {
            return page.number(node.asLong());
        }
        if (node.isNumber()) {
            return page.decimal(node.asDouble(), 1);
        }
        return node.asString("");
    }
}
