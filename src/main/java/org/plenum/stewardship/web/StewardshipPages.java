package org.plenum.stewardship.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.plenum.accounts.Actor;
import org.plenum.registry.DataType;
import org.plenum.registry.EntityRecord;
import org.plenum.registry.EntityRef;
import org.plenum.registry.EntityType;
import org.plenum.registry.FactValue;
import org.plenum.registry.Field;
import org.plenum.registry.FieldCatalogue;
import org.plenum.registry.PublishedRegistry;
import org.plenum.registry.Snapshot;
import org.plenum.registry.StoredFact;
import org.plenum.registry.TimedValue;
import org.plenum.stewardship.Conflict;
import org.plenum.stewardship.Finding;
import org.plenum.stewardship.ItemDecision;
import org.plenum.stewardship.ItemDraft;
import org.plenum.stewardship.SourceReference;
import org.plenum.stewardship.Stewardship;
import org.plenum.stewardship.Submission;
import org.plenum.stewardship.SubmissionItem;
import org.plenum.stewardship.SubmissionState;
import org.plenum.web.PageContext;
import org.plenum.web.chart.LineChart;
import org.plenum.web.chart.ValueFormat;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Builds the models of the stewardship pages from the published data and the submissions. */
@Component
public class StewardshipPages {

    /** The fields of a chamber a correspondent keeps current, in the order the pages show them. */
    public static final List<String> CHAMBER_FIELDS = List.of("statutory_members_number", "current_members_number",
            "current_women_number", "last_election", "parliamentary_term", "electoral_system", "eligibility_age",
            "age_average", "total_younger_30_percentage", "total_younger_40_percentage", "total_younger_45_percentage");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PublishedRegistry registry;
    private final FieldCatalogue catalogue;
    private final Stewardship stewardship;

    StewardshipPages(PublishedRegistry registry, FieldCatalogue catalogue, Stewardship stewardship) {
        this.registry = registry;
        this.catalogue = catalogue;
        this.stewardship = stewardship;
    }

    // ---- my parliament

    /** The chambers bound to the actor: one by one, and every chamber of the parliaments bound to them. */
    public List<String> chambersOf(Actor actor) {
        Snapshot snapshot = registry.current();
        Set<String> codes = new LinkedHashSet<>();
        for (String parliament : actor.parliaments().stream().sorted().toList()) {
            snapshot.children(EntityRef.parliament(parliament), EntityType.CHAMBER).forEach(c -> codes.add(c.code()));
        }
        actor.chambers().stream().sorted().forEach(codes::add);
        return List.copyOf(codes);
    }

    public List<ChamberView> myParliament(Actor actor, PageContext page) {
        List<Submission> mine = stewardship.mine(actor);
        List<ChamberView> views = new ArrayList<>();
        for (String code : chambersOf(actor)) {
            Optional<EntityRecord> chamber = registry.current().get(EntityRef.chamber(code));
            if (chamber.isEmpty()) {
                continue;
            }
            List<FieldRow> fields = new ArrayList<>();
            for (String id : CHAMBER_FIELDS) {
                Optional<Field> field = catalogue.field(EntityType.CHAMBER, id);
                if (field.isEmpty()) {
                    continue;
                }
                Optional<TimedValue> latest = chamber.get().latest(id, EntityRecord.LATEST);
                fields.add(new FieldRow(id, field.get().label().get(page.lang()),
                        latest.map(v -> display(field.get(), v.value(), page)).orElse(""),
                        latest.flatMap(TimedValue::from).map(page::date).orElse(""),
                        latest.map(TimedValue::source).orElse("")));
            }
            List<SubmissionRow> recent = rows(page, mine.stream().filter(s -> s.chamber().equals(code)).limit(5).toList());
            views.add(new ChamberView(code, chamberName(code, page), country(code), "/parliament/" + country(code), fields, recent));
        }
        return views;
    }

    // ---- lists

    public List<SubmissionRow> rows(PageContext page, List<Submission> submissions) {
        return submissions.stream().map(s -> new SubmissionRow(s.id(), s.chamber(), chamberName(s.chamber(), page),
                s.submitterName(), page.date(LocalDate.ofInstant(s.submittedAt().orElse(s.updatedAt()), ZoneOffset.UTC)),
                page.t("stewardship.state." + s.state().id()), s.state().id(),
                s.items().stream().map(i -> label(i.draft(), page)).distinct().collect(Collectors.joining(", ")),
                "/my/submissions/" + s.id())).toList();
    }

    /** The same rows, opening on the review page. */
    public List<SubmissionRow> reviewRows(PageContext page, List<Submission> submissions) {
        return rows(page, submissions).stream().map(r -> new SubmissionRow(r.id(), r.chamber(), r.chamberName(),
                r.submitter(), r.date(), r.state(), r.stateId(), r.fields(), "/review/submissions/" + r.id())).toList();
    }

    // ---- the form

    /** What the form posted, by parameter name. */
    public record FormInput(Map<String, String> values) {
        public String get(String name) {
            return values.getOrDefault(name, "").strip();
        }
    }

    /** The form's input as items (a field with nothing entered is no item), with the dates that could not be read. */
    public record ParsedForm(List<ItemDraft> items, Map<String, String> badDates, SourceReference source) {
    }

    public ParsedForm parse(String chamber, FormInput input) {
        SourceReference source = new SourceReference(limit(input.get("source_title"), 500), limit(input.get("source_url"), 1000),
                limit(input.get("source_gazette"), 500));
        List<ItemDraft> items = new ArrayList<>();
        Map<String, String> badDates = new LinkedHashMap<>();
        for (String field : CHAMBER_FIELDS) {
            String value = limit(input.get("value." + field), 2000);
            String from = input.get("from." + field);
            String note = limit(input.get("note." + field), 4000);
            if (value.isEmpty() && from.isEmpty() && note.isEmpty()) {
                continue;
            }
            Optional<LocalDate> date = Optional.empty();
            if (!from.isEmpty()) {
                try {
                    date = Optional.of(LocalDate.parse(from));
                } catch (DateTimeParseException e) {
                    badDates.put(field, from);
                }
            }
            items.add(new ItemDraft(EntityRef.chamber(chamber), Optional.empty(), field, date, value, source, note));
        }
        return new ParsedForm(items, badDates, source);
    }

    public SubmissionForm emptyForm(PageContext page, String chamber) {
        return form(page, chamber, Optional.empty(), List.of(), Map.of(), SourceReference.none(), List.of(), false);
    }

    public SubmissionForm form(PageContext page, Submission submission, List<Finding> findings, boolean saved) {
        SourceReference source = submission.items().isEmpty() ? SourceReference.none() : submission.items().get(0).draft().source();
        return form(page, submission.chamber(), Optional.of(submission), submission.drafts(), Map.of(), source, findings, saved);
    }

    public SubmissionForm form(PageContext page, String chamber, Optional<Submission> submission, List<ItemDraft> items,
                               Map<String, String> badDates, SourceReference source, List<Finding> findings, boolean saved) {
        EntityRecord record = registry.current().get(EntityRef.chamber(chamber)).orElseThrow();
        List<FormRow> rows = new ArrayList<>();
        List<Message> sourceMessages = new ArrayList<>();
        List<Message> general = new ArrayList<>();
        for (Finding finding : findings) {
            if (finding.field().startsWith("source_")) {
                Message message = message(finding, page);
                if (!sourceMessages.contains(message)) {
                    sourceMessages.add(message);
                }
            } else if (finding.position() == 0 || finding.position() > items.size()) {
                general.add(message(finding, page));
            }
        }
        for (String id : CHAMBER_FIELDS) {
            Optional<Field> field = catalogue.field(EntityType.CHAMBER, id);
            if (field.isEmpty()) {
                continue;
            }
            Optional<ItemDraft> item = items.stream().filter(i -> i.field().equals(id)).findFirst();
            int position = item.map(i -> items.indexOf(i) + 1).orElse(-1);
            List<Message> messages = new ArrayList<>();
            if (badDates.containsKey(id)) {
                messages.add(new Message("error", page.t("stewardship.check.date", badDates.get(id))));
            }
            findings.stream().filter(f -> f.position() == position && !f.field().startsWith("source_"))
                    .forEach(f -> messages.add(message(f, page)));
            Optional<TimedValue> latest = record.latest(id, EntityRecord.LATEST);
            String value = item.map(ItemDraft::value).orElse("");
            List<Option> options = field.get().dataType() == DataType.TAXONOMY_TERM
                    ? field.get().taxonomy().flatMap(catalogue::taxonomy).map(t -> t.terms().stream()
                            .map(term -> new Option(term.id(), term.label().get(page.lang()), term.id().equals(value))).toList())
                            .orElse(List.of())
                    : List.of();
            rows.add(new FormRow(id, field.get().label().get(page.lang()), field.get().unit(),
                    latest.map(v -> display(field.get(), v.value(), page)).orElse(""),
                    latest.flatMap(TimedValue::from).map(page::date).orElse(""), value,
                    badDates.getOrDefault(id, item.flatMap(ItemDraft::validFrom).map(LocalDate::toString).orElse("")),
                    item.map(ItemDraft::note).orElse(""), messages, options));
        }
        String action = submission.map(s -> "/my/submissions/" + s.id()).orElse("/my/chambers/" + chamber + "/submissions");
        return new SubmissionForm(chamber, chamberName(chamber, page), action, submission.map(Submission::id),
                submission.map(Submission::version).orElse(0), rows, source.title(), source.url(), source.gazette(),
                sourceMessages, general, submission.map(Submission::reviewComment).filter(c -> !c.isEmpty()), saved);
    }

    // ---- review

    public ReviewView review(Actor actor, PageContext page, Submission submission, List<Finding> extra,
                             List<Conflict> conflicts) {
        Snapshot snapshot = registry.current();
        List<Finding> findings = new ArrayList<>(submission.state() == SubmissionState.SUBMITTED || submission.state().editable()
                ? stewardship.check(submission.chamber(), submission.drafts()) : List.of());
        findings.addAll(extra);
        List<ReviewRow> rows = new ArrayList<>();
        for (SubmissionItem item : submission.items()) {
            ItemDraft d = item.draft();
            Optional<Field> field = catalogue.field(d.entity().type(), d.field());
            Optional<EntityRecord> entity = snapshot.get(d.entity());
            Optional<TimedValue> before = entity.flatMap(e -> d.validFrom().isPresent()
                    ? e.valueAt(d.field(), d.validFrom().get().minusDays(1), EntityRecord.LATEST)
                    : e.latest(d.field(), EntityRecord.LATEST));
            String oldValue = item.baseValue().map(v -> field.map(f -> display(f, FactValue.of(v), page)).orElse(v))
                    .or(() -> before.map(v -> field.map(f -> display(f, v.value(), page)).orElse("")))
                    .orElse("");
            String oldFrom = before.flatMap(TimedValue::from).map(page::date).orElse("");
            List<Message> messages = findings.stream().filter(f -> f.position() == item.position())
                    .map(f -> message(f, page)).toList();
            Optional<String> conflict = conflicts.stream().filter(c -> c.position() == item.position()).findFirst()
                    .map(c -> page.t("stewardship.review.conflict", c.value(), c.source(),
                            page.date(LocalDate.ofInstant(c.recordedAt(), ZoneOffset.UTC)), c.basedOn().orElse("—")));
            List<String> others = entity.map(e -> otherSources(e, d.field(), page)).orElse(List.of());
            Optional<org.plenum.web.chart.RenderedChart> chart = entity.filter(e -> field.map(f -> f.dataType() == DataType.INTEGER
                    || f.dataType() == DataType.DECIMAL).orElse(false)).flatMap(e -> history(e, d, field.get(), page));
            String decision = item.decision() == ItemDecision.PENDING ? "" : page.t("stewardship.decision." + item.decision().id());
            rows.add(new ReviewRow(item.position(), d.field(), label(d, page), oldValue, oldFrom,
                    field.map(f -> display(f, FactValue.of(d.value()), page)).orElse(d.value()),
                    d.validFrom().map(page::date).orElse(""), d.source().describe(), d.note(), messages, conflict, others,
                    decision + (item.decisionNote().isEmpty() ? "" : " (" + item.decisionNote() + ")"), item.decision().id(), chart));
        }
        List<Message> general = findings.stream().filter(f -> f.position() == 0).map(f -> message(f, page)).toList();
        return new ReviewView(submission.id(), submission.version(), submission.chamber(), chamberName(submission.chamber(), page),
                "/parliament/" + country(submission.chamber()), submission.submitterName() + " (" + submission.submitter() + ")",
                submission.submittedAt().map(t -> page.date(LocalDate.ofInstant(t, ZoneOffset.UTC))).orElse(""),
                page.t("stewardship.state." + submission.state().id()), submission.state().id(),
                submission.reviewer().orElse(""), submission.reviewComment(), rows, general, !conflicts.isEmpty(),
                actor.mayReview() && submission.state() == SubmissionState.SUBMITTED,
                submission.submitterId() == actor.accountId() && submission.state().editable(),
                "/my/submissions/" + submission.id() + "/edit");
    }

    /** The latest value of each other source of the field (an imported ranking, a harvest), newest first. */
    private List<String> otherSources(EntityRecord entity, String field, PageContext page) {
        Map<String, StoredFact> bySource = new LinkedHashMap<>();
        List<StoredFact> facts = new ArrayList<>(entity.facts(field));
        facts.sort((a, b) -> b.recordedAt().compareTo(a.recordedAt()));
        for (StoredFact fact : facts) {
            if (fact.source().startsWith("Plenum submission")) {
                continue;
            }
            String family = fact.source().replaceAll(" row [0-9]+$", "").replaceAll("#.*$", "");
            bySource.putIfAbsent(family, fact);
        }
        Optional<Field> definition = catalogue.field(entity.ref().type(), field);
        return bySource.values().stream().limit(3).map(f -> page.t("stewardship.review.otherSource",
                definition.map(d -> display(d, f.value(), page)).orElse(""),
                f.validFrom().map(page::date).orElse("—"), f.source())).toList();
    }

    /** The field's published history with the proposed value, as a step chart. */
    private Optional<org.plenum.web.chart.RenderedChart> history(EntityRecord entity, ItemDraft item, Field field, PageContext page) {
        List<LineChart.Point> published = new ArrayList<>();
        for (TimedValue step : entity.timeline(item.field(), EntityRecord.LATEST)) {
            if (step.from().isEmpty() || !(step.value() instanceof FactValue.Present p)) {
                continue;
            }
            try {
                published.add(LineChart.Point.of(step.from().get(), Double.parseDouble(p.value())));
            } catch (NumberFormatException e) {
                // not a number: left out of the chart
            }
        }
        if (published.isEmpty() || item.validFrom().isEmpty()) {
            return Optional.empty();
        }
        List<LineChart.Point> proposed = new ArrayList<>();
        try {
            double value = Double.parseDouble(item.value());
            entity.valueAt(item.field(), item.validFrom().get().minusDays(1), EntityRecord.LATEST)
                    .filter(v -> v.value() instanceof FactValue.Present)
                    .ifPresent(v -> proposed.add(LineChart.Point.of(item.validFrom().get().minusDays(1),
                            Double.parseDouble(((FactValue.Present) v.value()).value()))));
            proposed.add(LineChart.Point.of(item.validFrom().get(), value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        String label = field.label().get(page.lang());
        ValueFormat format = field.dataType() == DataType.INTEGER ? ValueFormat.WHOLE_NUMBER : new ValueFormat(field.unit().equals("percent") ? "%" : "", 1);
        LineChart chart = new LineChart(page.t("stewardship.review.chart", label), page.t("stewardship.review.chartDescription", label),
                label, format, List.of(new LineChart.Series(page.t("stewardship.review.published"), published),
                        new LineChart.Series(page.t("stewardship.review.proposed"), proposed)), LineChart.Shape.STEP);
        try {
            return Optional.of(chart.render(page.locale()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    // ---- words

    public Message message(Finding finding, PageContext page) {
        return new Message(finding.severity().id(), page.t(finding.code(), finding.args().toArray()));
    }

    public String label(ItemDraft item, PageContext page) {
        String label = catalogue.field(item.entity().type(), item.field()).map(f -> f.label().get(page.lang())).orElse(item.field());
        return item.entity().type() == EntityType.CHAMBER ? label : label + " (" + item.entity().code() + ")";
    }

    String display(Field field, FactValue value, PageContext page) {
        if (!(value instanceof FactValue.Present present)) {
            return ((FactValue.Missing) value).reason();
        }
        String text = present.value();
        try {
            return switch (field.dataType()) {
                case INTEGER -> page.number(Long.parseLong(text));
                case TAXONOMY_TERM -> field.taxonomy().flatMap(catalogue::taxonomy).flatMap(t -> t.term(text))
                        .map(term -> term.label().get(page.lang())).orElse(text);
                case BOOLEAN -> page.t(text.equals("true") ? "stewardship.yes" : "stewardship.no");
                default -> text;
            };
        } catch (NumberFormatException e) {
            return text;
        }
    }

    public String chamberName(String code, PageContext page) {
        return registry.current().chamberTitle(code, page.lang());
    }

    public static String country(String chamber) {
        return EntityRef.countryOf(chamber);
    }

    static String limit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    static Instant now() {
        return Instant.now();
    }
}
